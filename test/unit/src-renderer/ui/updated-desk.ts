import type { CaseRecord } from '../../../../src-renderer/domain/cases/case';
import { contactKeysBackfilled } from '../../../../src-renderer/store/core/backfill';
import { CONTACT_KEYS_PENDING, type DeskDb } from '../../../../src-renderer/store/db';
import { readFixture } from '../../../fixtures/db/format';

const DAY = 86_400_000;

export interface UpdatedDesk {
  /** The version 6 fixture's cases, received in the last days (the first one day ago, the next two…). */
  cases: CaseRecord[];
  /** For `renderWithStore`: writes them as the version 7 upgrade leaves them, and starts their backfill. */
  prepare(db: DeskDb): Promise<void>;
  /** Lets the backfill go on past its first slice of two. */
  release(): void;
}

/**
 * A desk on its first start after the update to schema 7: the cases have no contact keys yet and the
 * database is marked. The backfill is started before the store host (which then waits on this run),
 * and holds after its first slice of two until `release()`, so a window sees it in progress.
 */
export function updatedDesk(): UpdatedDesk {
  const cases = (readFixture(6).tables.cases as CaseRecord[]).map((record, i) => ({ ...record, receivedAt: Date.now() - (i + 1) * DAY }));
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  return {
    cases,
    release: () => release(),
    async prepare(db) {
      await db.open();
      await db.cases.bulkAdd(cases);
      await db.counters.put({ key: CONTACT_KEYS_PENDING, value: 1 });
      void contactKeysBackfilled(db, 2, () => held);
    },
  };
}
