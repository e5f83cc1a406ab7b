import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../src-renderer/domain/cases/case';
import { SEVERITIES } from '../../../../../src-renderer/domain/cases/vocabulary';
import { TrackingQuerySchema } from '../../../../../src-renderer/domain/tracking/query';
import { answerByScan, type Asker } from '../../../../../src-renderer/domain/tracking/reference';
import { ROLES } from '../../../../../src-renderer/domain/users/roles';
import { DeskDb } from '../../../../../src-renderer/store/db';
import { caseIndexFor } from '../../../../../src-renderer/store/search/case-index';
import { loadComplaintTexts } from '../../../../fixtures/reviews';
import { NOW } from '../fixtures';
import { OWNERS, randomCases } from './random-cases';

// Words of the texts, of the names, numbers and phones (138…: a contact, found only by roles that see contacts).
const TERMS = ['配送', '退款', '质量', '慢', '张三', 'alice', 'ts-2026', '138', '@example', 'DD1', '不存在的词语'];

let texts: string[];
beforeAll(() => {
  texts = loadComplaintTexts();
});

async function storeWith(records: CaseRecord[]): Promise<DeskDb> {
  const db = new DeskDb(`archived-${crypto.randomUUID()}`);
  await db.open();
  await db.cases.bulkAdd(records);
  return db;
}

describe('the archived cases a query leaves out', () => {
  it('are counted exactly as a scan of the archive finds them, with the same filters and the same contacts rule', async () => {
    const records = randomCases(1500, texts, 71);
    expect(records.filter((r) => r.archived === 1).length).toBeGreaterThan(50);
    const db = await storeWith(records);
    const index = caseIndexFor(db);
    const askerArb = fc.record({ id: fc.constantFrom(...OWNERS.map((o) => o.id)), role: fc.constantFrom(...ROLES) });
    const filterArb = fc.record({
      text: fc.constantFrom(...TERMS),
      severities: fc.subarray([...SEVERITIES], { maxLength: 2 }),
      mine: fc.constantFrom(false, false, true),
    });
    let counted = 0;
    await fc.assert(
      fc.asyncProperty(filterArb, askerArb, async (filter, asker: Asker) => {
        const active = TrackingQuerySchema.parse({ filter });
        const all = TrackingQuerySchema.parse({ filter: { ...filter, archived: 'all' } });
        const expected = answerByScan(records, all, asker, NOW).length - answerByScan(records, active, asker, NOW).length;
        const answer = await index.answer(active, asker, NOW);
        expect(answer.archivedMatches).toBe(expected);
        expect(answer.ordinals.length).toBe(answerByScan(records, active, asker, NOW).length);
        counted += expected;
      }),
      { numRuns: 120 },
    );
    expect(counted).toBeGreaterThan(0);
    db.close();
  }, 60_000);

  it('are counted for a date range or any other condition without a text, exactly as a scan finds them', async () => {
    const records = randomCases(1500, texts, 79);
    const db = await storeWith(records);
    const index = caseIndexFor(db);
    const times = records.map((r) => r.receivedAt).sort((a, b) => a - b);
    const instantArb = fc.constantFrom(...[0.1, 0.3, 0.5, 0.7, 0.9].map((q) => times[Math.floor(q * (times.length - 1))]!));
    const askerArb = fc.record({ id: fc.constantFrom(...OWNERS.map((o) => o.id)), role: fc.constantFrom(...ROLES) });
    const filterArb = fc
      .record({
        receivedFrom: fc.option(instantArb, { nil: null }),
        receivedTo: fc.option(instantArb, { nil: null }),
        severities: fc.subarray([...SEVERITIES], { maxLength: 2 }),
        mine: fc.constantFrom(false, false, true),
        reopened: fc.constantFrom(false, false, true),
      })
      .filter((f) => f.receivedFrom === null || f.receivedTo === null || f.receivedFrom < f.receivedTo);
    let counted = 0;
    await fc.assert(
      fc.asyncProperty(filterArb, askerArb, async (filter, asker: Asker) => {
        const active = TrackingQuerySchema.parse({ filter });
        const all = TrackingQuerySchema.parse({ filter: { ...filter, archived: 'all' } });
        const shown = answerByScan(records, active, asker, NOW).length;
        const narrowed = filter.receivedFrom !== null || filter.receivedTo !== null || filter.severities.length > 0 || filter.mine || filter.reopened;
        const answer = await index.answer(active, asker, NOW);
        expect(answer.ordinals.length).toBe(shown);
        expect(answer.archivedMatches).toBe(narrowed ? answerByScan(records, all, asker, NOW).length - shown : 0);
        counted += answer.archivedMatches;
      }),
      { numRuns: 120 },
    );
    expect(counted).toBeGreaterThan(0);
    db.close();
  }, 60_000);

  it('are not counted without any condition, nor when the filter already asks for the archive', async () => {
    const records = randomCases(600, texts, 73);
    const db = await storeWith(records);
    const index = caseIndexFor(db);
    const asker: Asker = { id: 'u-supervisor', role: 'supervisor' };
    const archived = records.filter((r) => r.archived === 1).length;
    expect(archived).toBeGreaterThan(0);
    expect((await index.answer(TrackingQuerySchema.parse({ filter: {} }), asker, NOW)).archivedMatches).toBe(0);
    // Blank words are no search.
    expect((await index.answer(TrackingQuerySchema.parse({ filter: { text: '   ' } }), asker, NOW)).archivedMatches).toBe(0);
    for (const archive of ['all', 'archived'] as const) {
      const answer = await index.answer(TrackingQuerySchema.parse({ filter: { text: '138', archived: archive } }), asker, NOW);
      expect(answer.ordinals.length).toBeGreaterThan(0);
      expect(answer.archivedMatches).toBe(0);
    }
    db.close();
  });
});
