import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { similarIndexFor } from '../../../../../../src-renderer/store/assist/similar-index';
import { DeskDb } from '../../../../../../src-renderer/store/db';
import { noteChanges } from '../../../../../../src-renderer/store/search/changes';
import { loadComplaintTexts } from '../../../../../fixtures/reviews';
import { ok, openTestStore, type TestStore } from '../../fixtures';

let store: TestStore;
let second: DeskDb | null = null;
afterEach(async () => {
  second?.close();
  second = null;
  await store.close();
});

const TEXTS = loadComplaintTexts().slice(300, 700);

/** Writes cases as an import would, and announces them the way every writer does. */
async function write(records: CaseRecord[]) {
  await store.db.cases.bulkPut(records);
  noteChanges(store.db, [{ area: 'cases', ids: records.map((r) => r.id) }]);
}

describe('the similar-cases index under change', { timeout: 120_000 }, () => {
  it('answers after reopenings, new closings and edited texts as an index built afresh does', async () => {
    store = await openTestStore();
    ok(await store.send('demo.seed', { count: 400, startIndex: 0, seed: 3, texts: TEXTS }, 'admin'));
    const index = similarIndexFor(store.db);
    // In the order they were received, not of their ids (random): the same cases are reopened, edited… at every run.
    const closed = (await store.db.cases.where('status').equals('closed').toArray()).sort((a, b) => a.receivedAt - b.receivedAt || a.description.localeCompare(b.description));
    expect(closed.length).toBeGreaterThan(200);
    await index.prepare();
    expect(index.stats().cases).toBe(closed.length);

    // Forty sent back for re-handling.
    const reopened = closed.slice(0, 40).map((r): CaseRecord => ({ ...r, status: 'planning', closedAt: null }));
    await write(reopened);
    // Two hundred new closed cases (enough postings to overflow into a repack), with texts of their own.
    const added = closed.slice(40, 240).map((r, i): CaseRecord => ({ ...r, id: `added-${i}`, no: `TS-20200101-${String(i).padStart(4, '0')}`, description: `${TEXTS[(i * 7) % TEXTS.length]}（补充${i}）` }));
    await write(added);
    // Twenty whose texts were redacted.
    const edited = closed.slice(240, 260).map((r): CaseRecord => ({ ...r, description: r.description.slice(0, Math.floor(r.description.length / 2)) }));
    await write(edited);
    // Archiving changes no text: the case stays as it was indexed.
    await write(closed.slice(260, 300).map((r) => ({ ...r, archived: 1 })));

    const queries = [...reopened.slice(0, 10), ...added.slice(0, 20), ...edited.slice(0, 10), ...closed.slice(300, 310)].map((r) => r.description);
    const incremental = await Promise.all(queries.map((q) => index.search(q, 5)));
    expect(index.stats().cases).toBe(closed.length - 40 + 200);

    second = new DeskDb(store.db.name);
    await second.open();
    const fresh = similarIndexFor(second);
    for (const [i, q] of queries.entries()) {
      const [expected, actual] = [await fresh.search(q, 5), incremental[i]!];
      for (const hit of actual) expect(reopened.some((r) => r.id === hit.id)).toBe(false);
      const [top] = actual;
      const [best] = expected;
      expect(top === undefined, q).toBe(best === undefined);
      if (!top || !best) continue;
      // The same best match, up to a near-tie: the document frequencies moved since the incremental
      // index was built, and case ids (random) decide the order of equal scores.
      const same = expected.find((hit) => hit.id === top.id);
      expect(same, q).toBeDefined();
      expect(best.score - same!.score).toBeLessThan(0.02);
      expect(Math.abs(top.score - best.score)).toBeLessThan(0.02);
    }
    // A new case is found by its own text; an edited one by what is left of it.
    expect((await index.search(added[5]!.description, 1))[0]).toMatchObject({ id: 'added-5' });
    // (Not exactly 1: the document frequencies moved with the changes since the case was indexed, and
    // the shorter the text the more that weighs: the longest of the edited texts is asked.)
    const longest = edited.reduce((a, b) => (b.description.length > a.description.length ? b : a));
    const [best] = await index.search(longest.description, 1);
    expect(best?.score).toBeGreaterThan(0.95);
    expect((await store.db.cases.get(best!.id))?.description).toBe(longest.description);
  });

  it('rebuilds from the database when told everything changed', async () => {
    store = await openTestStore();
    ok(await store.send('demo.seed', { count: 120, startIndex: 0, seed: 5, texts: TEXTS }, 'admin'));
    const index = similarIndexFor(store.db);
    await index.prepare();
    const before = index.stats().cases;
    const [one] = await store.db.cases.where('status').equals('closed').limit(1).toArray();
    // Written without naming the case (as a restore does): only '*' makes the index look again.
    await store.db.cases.put({ ...one!, status: 'planning', closedAt: null });
    await index.prepare();
    expect(index.stats().cases).toBe(before);
    noteChanges(store.db, [{ area: 'cases', ids: ['*'] }]);
    await index.prepare();
    expect(index.stats().cases).toBe(before - 1);
  });
});
