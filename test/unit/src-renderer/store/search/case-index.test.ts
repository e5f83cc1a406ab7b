import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../src-renderer/domain/cases/case';
import { CATEGORIES, CHANNELS, SEVERITIES } from '../../../../../src-renderer/domain/cases/vocabulary';
import { CASE_STATUSES } from '../../../../../src-renderer/domain/lifecycle/machine';
import { ROLES } from '../../../../../src-renderer/domain/users/roles';
import {
  ARCHIVE_FILTERS,
  CLOCK_FILTERS,
  SORT_KEYS,
  TrackingQuerySchema,
  type TrackingQuery,
} from '../../../../../src-renderer/domain/tracking/query';
import { answerByScan, type Asker } from '../../../../../src-renderer/domain/tracking/reference';
import { satisfactionPoints, surveyDeclinedOf } from '../../../../../src-renderer/domain/tracking/row';
import { DeskDb } from '../../../../../src-renderer/store/db';
import { caseIndexFor } from '../../../../../src-renderer/store/search/case-index';
import { loadComplaintTexts } from '../../../../fixtures/reviews';
import { HOUR, NOW } from '../fixtures';
import { DEPARTMENTS, OWNERS, randomCases, SUB_CATEGORIES, withReferrals, withReturningCustomers } from './random-cases';
import { REFERRAL_FILTERS } from '../../../../../src-renderer/domain/cases/referral-standing';
import { CLOCK_OUTCOMES, RATED_CLOCKS } from '../../../../../src-renderer/domain/dashboard/facts';

const TERMS = ['配送', '客服态度', '退款', '质量', '慢', '没有 收到', 'ts-2026', 'alice', '138', '@example', 'DD1', '不存在的词语'];

const subset = <T>(items: readonly T[]) => fc.subarray([...items], { maxLength: 3 });
const queryArb: fc.Arbitrary<TrackingQuery> = fc
  .record({
    statuses: subset(CASE_STATUSES),
    open: fc.boolean(),
    severities: subset(SEVERITIES),
    categories: subset(CATEGORIES),
    uncategorized: fc.constantFrom(false, false, true),
    subCategories: subset([...SUB_CATEGORIES, '不存在的子类']),
    reopened: fc.boolean(),
    unreached: fc.boolean(),
    chased: fc.constantFrom(false, false, true),
    held: fc.constantFrom(false, false, true),
    repeated: fc.constantFrom(false, false, true),
    clockCompleted: fc.option(
      fc.record({
        clock: fc.constantFrom(...RATED_CLOCKS),
        from: fc.integer({ min: -800, max: 0 }).map((h) => NOW + h * HOUR),
        to: fc.integer({ min: 1, max: 800 }).map((h) => NOW + h * HOUR),
        outcomes: fc.subarray([...CLOCK_OUTCOMES], { minLength: 1 }),
      }),
    ),
    surveyedFrom: fc.option(fc.integer({ min: -800, max: 0 }).map((h) => NOW + h * HOUR)),
    surveyedTo: fc.option(fc.integer({ min: 1, max: 800 }).map((h) => NOW + h * HOUR)),
    channels: subset(CHANNELS),
    departments: subset([...DEPARTMENTS, '不存在的部门']),
    ownerIds: subset([...OWNERS.map((o) => o.id), 'u-nobody']),
    mine: fc.boolean(),
    clock: subset(CLOCK_FILTERS),
    // Mostly none: the referrals are a few of the cases, and every other filter should keep matching many.
    referral: fc.oneof({ arbitrary: fc.constant([]), weight: 3 }, { arbitrary: fc.subarray([...REFERRAL_FILTERS], { minLength: 1 }), weight: 1 }),
    dueSoonHours: fc.constantFrom(1, 4, 48),
    receivedFrom: fc.option(fc.integer({ min: -1000, max: 1000 }).map((h) => NOW + h * HOUR)),
    receivedTo: fc.option(fc.integer({ min: 1001, max: 1500 }).map((h) => NOW + h * HOUR)),
    satisfactionMin: fc.option(fc.constantFrom(1, 2.5, 3.75, 5)),
    satisfactionMax: fc.option(fc.constantFrom(5)),
    archived: fc.constantFrom(...ARCHIVE_FILTERS),
    awaitingMyApproval: fc.boolean(),
    text: fc.oneof(fc.constant(''), fc.constantFrom(...TERMS)),
  })
  .chain((filter) =>
    fc.record({ key: fc.constantFrom(...SORT_KEYS), dir: fc.constantFrom('asc' as const, 'desc' as const) }).map((sort) =>
      TrackingQuerySchema.parse({ filter, sort }),
    ),
  );
// Sparse filters mostly match nothing; these keep a good share of the runs returning many rows.
const broadQueryArb = queryArb.map((q) => ({
  ...q,
  filter: {
    ...q.filter,
    statuses: [],
    severities: [],
    categories: [],
    subCategories: q.filter.subCategories.slice(0, 1),
    channels: [],
    departments: [],
    ownerIds: [],
    clock: q.filter.clock.slice(0, 1),
  },
}));
// The 待审批 queue with little else, so that askers often meet approvals they asked for themselves.
const approvalQueryArb = broadQueryArb.map((q) => ({
  ...q,
  filter: {
    ...q.filter,
    awaitingMyApproval: true,
    ...{ uncategorized: false, reopened: false, unreached: false, repeated: false, clockCompleted: null, subCategories: [], clock: [] },
    ...{ receivedFrom: null, receivedTo: null, surveyedFrom: null, surveyedTo: null, satisfactionMin: null, satisfactionMax: null },
  },
}));
const askerArb: fc.Arbitrary<Asker> = fc.record({ id: fc.constantFrom(...OWNERS.map((o) => o.id)), role: fc.constantFrom(...ROLES) });

let texts: string[];
beforeAll(() => {
  texts = loadComplaintTexts();
});

async function storeWith(records: CaseRecord[]): Promise<DeskDb> {
  const db = new DeskDb(`index-${crypto.randomUUID()}`);
  await db.open();
  await db.cases.bulkAdd(records);
  return db;
}

/** Counts the case reads (bulkGet and primary-key-ordered chunks) made from now on. */
function countReads(db: DeskDb): () => number {
  let reads = 0;
  const bulkGet = db.cases.bulkGet.bind(db.cases);
  db.cases.bulkGet = ((keys: string[]) => {
    reads += keys.length;
    return bulkGet(keys);
  }) as typeof db.cases.bulkGet;
  return () => reads;
}

/** The windows the property tests draw for repeat complaints (the received instants span about 80 days). */
const windowArb = fc.constantFrom(1, 7, 30, 90);

async function answerIds(db: DeskDb, query: TrackingQuery, asker: Asker, now: number, repeatWindowDays?: number): Promise<string[]> {
  const index = caseIndexFor(db);
  const snapshot = await index.answer(query, asker, now, { repeatWindowDays });
  return index.rows(snapshot, 0, snapshot.ordinals.length, asker).map((row) => row.id);
}

describe('the tracking index', () => {
  it('answers every query exactly as a scan of all records does (filters, search, count, sort and ties)', async () => {
    const records = withReferrals(withReturningCustomers(randomCases(3000, texts, 7)));
    const db = await storeWith(records);
    await fc.assert(
      fc.asyncProperty(fc.oneof(queryArb, broadQueryArb, approvalQueryArb), askerArb, windowArb, async (query, asker, days) => {
        const expected = answerByScan(records, query, asker, NOW, days).map((r) => r.id);
        expect(await answerIds(db, query, asker, NOW, days)).toEqual(expected);
      }),
      { numRuns: 250 },
    );
    db.close();
  }, 60_000);

  it('lists the repeat complaints of each window, exactly as a scan finds them', async () => {
    const records = withReturningCustomers(randomCases(1200, texts, 17));
    const db = await storeWith(records);
    const asker: Asker = { id: 'u-agent', role: 'director' };
    const query = TrackingQuerySchema.parse({ filter: { archived: 'all', repeated: true } });
    const counts: number[] = [];
    for (const days of [1, 7, 30, 90]) {
      const expected = answerByScan(records, query, asker, NOW, days).map((r) => r.id);
      expect(await answerIds(db, query, asker, NOW, days)).toEqual(expected);
      counts.push(expected.length);
    }
    // A wider window finds more repeats, and never every case.
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(counts[0]).toBeLessThan(counts[3]!);
    expect(counts[3]).toBeLessThan(records.length);
    await expect(caseIndexFor(db).answer(query, asker, NOW)).rejects.toThrow(/repeat window/);
    db.close();
  });

  it('stays exact after cases change, appear and vanish', async () => {
    const records = withReturningCustomers(randomCases(1500, texts, 11));
    const db = await storeWith(records);
    const index = caseIndexFor(db);
    await index.prepare();
    const changed = randomCases(300, texts, 12).map((r, n) => ({ ...r, id: records[n * 5]!.id, no: records[n * 5]!.no }));
    const added = randomCases(200, texts, 13).map((r) => ({ ...r, id: `new-${r.id}` }));
    await db.cases.bulkPut([...changed, ...added]);
    await db.cases.bulkDelete([records[1]!.id, records[2]!.id]);
    index.markChanged([...changed, ...added].map((r) => r.id).concat(records[1]!.id, records[2]!.id));
    const current = await db.cases.toArray();
    await fc.assert(
      fc.asyncProperty(fc.oneof(broadQueryArb, approvalQueryArb), askerArb, windowArb, async (query, asker, days) => {
        expect(await answerIds(db, query, asker, NOW, days)).toEqual(answerByScan(current, query, asker, NOW, days).map((r) => r.id));
      }),
      { numRuns: 60 },
    );
    db.close();
  });

  it('keeps a user’s own extension requests out of their 待审批, as the scan does, and everyone else’s in', async () => {
    const records = randomCases(1200, texts, 61);
    const db = await storeWith(records);
    const query = TrackingQuerySchema.parse({ filter: { archived: 'all', awaitingMyApproval: true } });
    const asker: Asker = { id: 'u-supervisor', role: 'supervisor' };
    const found = new Set(await answerIds(db, query, asker, NOW));
    expect([...found]).toEqual(answerByScan(records, query, asker, NOW).map((r) => r.id));
    const pending = records.filter((r) => r.status === 'executing' && r.extensions.some((e) => e.decision === 'pending'));
    const own = pending.filter((r) => r.extensions[0]!.requestedBy.id === asker.id);
    const others = pending.filter((r) => r.extensions[0]!.requestedBy.id !== asker.id);
    expect(own.length).toBeGreaterThan(0);
    expect(own.filter((r) => found.has(r.id))).toEqual([]);
    expect(others.every((r) => found.has(r.id))).toBe(true);
    // A director sees the supervisor's requests.
    const director = new Set(await answerIds(db, query, { id: 'u-director', role: 'director' }, NOW));
    expect(own.every((r) => director.has(r.id))).toBe(true);
    db.close();
  });

  it('sorts by satisfaction with the surveys a customer declined after the scored ones and before the cases never surveyed', async () => {
    const records = randomCases(3000, texts, 7);
    const db = await storeWith(records);
    const asker: Asker = { id: OWNERS[0]!.id, role: 'admin' };
    for (const dir of ['asc', 'desc'] as const) {
      const query = TrackingQuerySchema.parse({ filter: {}, sort: { key: 'satisfaction', dir } });
      const ids = await answerIds(db, query, asker, NOW);
      const answered = answerByScan(records, query, asker, NOW);
      expect(ids).toEqual(answered.map((r) => r.id));
      const scored = answered.filter((r) => satisfactionPoints(r) > 0).length;
      const declined = new Set(answered.filter(surveyDeclinedOf).map((r) => r.id));
      expect(declined.size).toBeGreaterThan(10);
      // Scored first, then every declined survey, then the rest.
      expect(ids.slice(scored, scored + declined.size).every((id) => declined.has(id))).toBe(true);
    }
    db.close();
  });

  it('re-reads everything after a bulk change marked as "*"', async () => {
    const db = await storeWith(randomCases(500, texts, 21));
    const index = caseIndexFor(db);
    const all = TrackingQuerySchema.parse({ filter: { archived: 'all' } });
    const asker: Asker = { id: 'u-agent', role: 'agent' };
    expect((await index.answer(all, asker, NOW)).ordinals.length).toBe(500);
    await db.cases.bulkAdd(randomCases(700, texts, 22).map((r) => ({ ...r, id: `bulk-${r.id}` })));
    // Without a change notice the index keeps its answer …
    expect((await index.answer(all, asker, NOW)).ordinals.length).toBe(500);
    index.markChanged(['*']);
    expect((await index.answer(all, asker, NOW)).ordinals.length).toBe(1200);
    db.close();
  });

  it('takes cases a writer hands over whole without reading them back, and a later change notice wins', async () => {
    const records = randomCases(400, texts, 41);
    const db = await storeWith(records.slice(0, 200));
    const index = caseIndexFor(db);
    const all = TrackingQuerySchema.parse({ filter: { archived: 'all' } });
    const asker: Asker = { id: 'u-agent', role: 'agent' };
    // Before the index is built, and once it is: both batches count.
    await db.cases.bulkAdd(records.slice(200, 300));
    index.markWritten(records.slice(200, 300));
    expect((await index.answer(all, asker, NOW)).ordinals.length).toBe(300);
    await db.cases.bulkAdd(records.slice(300));
    const reads = countReads(db);
    index.markWritten(records.slice(300));
    expect(await answerIds(db, all, asker, NOW)).toEqual(answerByScan(records, all, asker, NOW).map((r) => r.id));
    expect(reads()).toBe(0);
    // A case changed after it was handed over is read again; a stale hand-over after a change notice is ignored.
    const renamed = { ...records[350]!, customerName: '后来改名' };
    await db.cases.put(renamed);
    index.markChanged([renamed.id]);
    index.markWritten([records[350]!]);
    const current = await db.cases.toArray();
    const byName = TrackingQuerySchema.parse({ filter: { archived: 'all', text: '后来改名' } });
    expect(await answerIds(db, byName, asker, NOW)).toEqual(answerByScan(current, byName, asker, NOW).map((r) => r.id));
    expect(await answerIds(db, byName, asker, NOW)).toEqual([renamed.id]);
    db.close();
  });

  it('builds again on the next query after a build failed', async () => {
    const db = await storeWith(randomCases(300, texts, 51));
    const index = caseIndexFor(db);
    const all = TrackingQuerySchema.parse({ filter: { archived: 'all' } });
    const asker: Asker = { id: 'u-agent', role: 'agent' };
    const count = db.cases.count.bind(db.cases);
    db.cases.count = (() => Promise.reject(new Error('database closing'))) as unknown as typeof db.cases.count;
    await expect(index.answer(all, asker, NOW)).rejects.toThrow('database closing');
    db.cases.count = count;
    expect((await index.answer(all, asker, NOW)).ordinals.length).toBe(300);
    db.close();
  });

  it('serves a pinned snapshot unchanged while the data moves on, and a fresh one otherwise', async () => {
    const records = randomCases(400, texts, 31);
    const db = await storeWith(records);
    const index = caseIndexFor(db);
    const query = TrackingQuerySchema.parse({ filter: { archived: 'all' } });
    const asker: Asker = { id: 'u-agent', role: 'agent' };
    const first = await index.answer(query, asker, NOW);
    await db.cases.add({ ...records[0]!, id: 'late', no: 'TS-20261123-9999', receivedAt: NOW + 9999 * HOUR });
    index.markChanged(['late']);
    const pinned = await index.answer(query, asker, NOW, { snapshot: first.id });
    expect(pinned.ordinals.length).toBe(400);
    const fresh = await index.answer(query, asker, NOW);
    expect(fresh.ordinals.length).toBe(401);
    expect(index.rows(fresh, 0, 1, asker)[0]!.no).toBe('TS-20261123-9999');
    db.close();
  });

  it('keeps a snapshot that is still being paged through while many newer answers come and go', async () => {
    const db = await storeWith(randomCases(300, texts, 51));
    const index = caseIndexFor(db);
    const asker: Asker = { id: 'u-agent', role: 'agent' };
    const query = (text: string) => TrackingQuerySchema.parse({ filter: { archived: 'all', text } });
    const exported = await index.answer(query(''), asker, NOW);
    // Sixty other answers (colleagues typing searches) over thirty seconds, the export reading a window now and then.
    for (let n = 1; n <= 60; n += 1) {
      await index.answer(query(`词${n}`), asker, NOW + n * 500);
      if (n % 30 === 0) expect((await index.answer(query(''), asker, NOW + n * 500, { snapshot: exported.id })).id).toBe(exported.id);
    }
    // Left alone for over a minute, it gives way to newer answers.
    for (let n = 0; n < 40; n += 1) await index.answer(query(`字${n}`), asker, NOW + 90_000 + n);
    expect((await index.answer(query(''), asker, NOW + 91_000, { snapshot: exported.id })).id).not.toBe(exported.id);
    db.close();
  });

  it('masks phone numbers for roles that may not see them and does not let them search by phone', async () => {
    const [record] = randomCases(1, texts, 41);
    const db = await storeWith([{ ...record!, phone: '13812345678', archived: 0 }]);
    const index = caseIndexFor(db);
    const byPhone = TrackingQuerySchema.parse({ filter: { text: '12345678', archived: 'all' } });
    const agent: Asker = { id: 'u-agent', role: 'agent' };
    const director: Asker = { id: 'u-director', role: 'director' };
    const forAgent = await index.answer(byPhone, agent, NOW);
    expect(index.rows(forAgent, 0, 1, agent)[0]!.phone).toBe('13812345678');
    expect((await index.answer(byPhone, director, NOW)).ordinals.length).toBe(0);
    const all = await index.answer(TrackingQuerySchema.parse({ filter: { archived: 'all' } }), director, NOW);
    expect(index.rows(all, 0, 1, director)[0]!.phone).toBe('138****5678');
    db.close();
  });

  it('finds a number or address written in the description only for roles that may see contacts', async () => {
    const [record] = randomCases(1, texts, 43);
    const description = '冰箱漏水，请回电139-0000-2222或１３７００００１１１１，或发邮件 Zhang.San@Example.com，周末在家';
    const db = await storeWith([{ ...record!, phone: '', email: '', description, archived: 0 }]);
    const index = caseIndexFor(db);
    const found = async (text: string, asker: Asker) => (await index.answer(TrackingQuerySchema.parse({ filter: { text, archived: 'all' } }), asker, NOW)).ordinals.length;
    const supervisor: Asker = { id: 'u-supervisor', role: 'supervisor' };
    const director: Asker = { id: 'u-director', role: 'director' };
    for (const text of ['13900002222', '139-0000-2222', '2222', '13700001111', 'zhang.san@example.com']) {
      expect(await found(text, supervisor), text).toBe(1);
      expect(await found(text, director), text).toBe(0);
    }
    // The rest of the description is found by anyone.
    expect(await found('周末在家', director)).toBe(1);
    db.close();
  });
});
