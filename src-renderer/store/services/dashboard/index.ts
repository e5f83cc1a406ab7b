import type { CaseFacts } from '../../../domain/dashboard/facts';
import { computeFigures, DashboardQuerySchema, type DashboardFigures } from '../../../domain/dashboard/figures';
import { createContactIndex, updateContacts, type ContactIndex } from '../../../domain/dashboard/repeat-contacts';
import { repeatFigures } from '../../../domain/dashboard/repeats';
import { readSettings } from '../../core/settings';
import type { DeskDb } from '../../db';
import { query, type ServiceModule } from '../../rpc/define';
import { caseIndexFor } from '../../search/case-index';

/** Each case's customer's previous case, kept beside the case index and brought up to date when its version moved. */
const contacts = new WeakMap<DeskDb, { version: number; index: ContactIndex; previous: Int32Array }>();

/** Call right after `facts()` resolved, before anything else is awaited: the version is then the facts'. */
function previousOf(db: DeskDb, facts: readonly (CaseFacts | undefined)[]): Int32Array {
  const { version } = caseIndexFor(db).stats();
  let kept = contacts.get(db);
  if (!kept) contacts.set(db, (kept = { version: -1, index: createContactIndex(), previous: new Int32Array(0) }));
  if (kept.version !== version) {
    kept.previous = updateContacts(kept.index, facts);
    kept.version = version;
  }
  return kept.previous;
}

/** Every figure of the dashboard for a period and departments, computed here from the case index; the UI receives figures only. */
const figures = query(DashboardQuerySchema, async ({ db, now }, input): Promise<DashboardFigures> => {
  const { assist } = await readSettings(db);
  const facts = await caseIndexFor(db).facts();
  const repeat = repeatFigures(facts, previousOf(db, facts), input, assist.repeatWindowDays);
  return { ...computeFigures(facts, input, now()), repeat };
});

/** 看板: figures for managers. */
export const dashboardService = {
  'dashboard.figures': figures,
} satisfies ServiceModule;
