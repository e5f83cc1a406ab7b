import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { DeskDb } from '../../../../../../src-renderer/store/db';
import { lessonOf, packEntry, unpackEntry } from '../../../../../../src-renderer/store/assist/model-lessons';
import { assistModelsFor } from '../../../../../../src-renderer/store/assist/models';
import { noteChanges } from '../../../../../../src-renderer/store/search/changes';
import { openTestStore, register, type TestStore } from '../../fixtures';

let store: TestStore;
let other: DeskDb | null = null;
afterEach(async () => {
  other?.close();
  other = null;
  await store?.close();
});

const perLabel = async (db: DeskDb) => {
  const { category, severity } = await assistModelsFor(db).views('');
  return { category: category.perLabel, severity: severity.perLabel };
};

/** The same database opened again: its models are built from scratch, the reference for incremental updates. */
async function freshModels(text: string) {
  other = new DeskDb(store.db.name);
  await other.open();
  return assistModelsFor(other).views(text);
}

/** A copy of a case written straight to the database, as an import or demo seeding does (they announce '*'). */
const copyOf = (record: CaseRecord, n: number, patch: Partial<CaseRecord> = {}): CaseRecord => ({
  ...record,
  id: `${record.id}-copy-${n}`,
  no: `${record.no}-${n}`,
  ...patch,
});

describe('the store host’s suggestion models', () => {
  it('are built from every case already in the database on first use', async () => {
    store = await openTestStore();
    const first = await register(store, { category: 'billing', description: '会员费被多扣了' });
    // Written directly: no change event; the first build reads them anyway.
    await store.db.cases.bulkAdd([copyOf(first, 1, { category: 'logistics' }), copyOf(first, 2, { category: null })]);
    expect(await perLabel(store.db)).toEqual({ category: { billing: 1, logistics: 1 }, severity: {} });
  });

  it('read everything again after a bulk change (`*`)', async () => {
    store = await openTestStore();
    const first = await register(store, { category: 'billing', description: '会员费被多扣了' });
    expect((await perLabel(store.db)).category).toEqual({ billing: 1 });
    const closed = copyOf(first, 1, { status: 'closed', severity: 'major', category: 'product_quality', closedAt: store.now() });
    await store.db.cases.bulkAdd([closed, copyOf(first, 2, { category: 'policy' })]);
    noteChanges(store.db, [{ area: 'cases', ids: ['*'] }]);
    // A closed case without a grading (imported history) teaches its final severity too.
    expect(await perLabel(store.db)).toEqual({ category: { billing: 1, product_quality: 1, policy: 1 }, severity: { major: 1 } });
  });

  it('forget what a changed text taught (anonymisation) and end up as a fresh build would', async () => {
    store = await openTestStore();
    for (let i = 0; i < 3; i++) await register(store, { category: 'logistics', description: `快递第${i}天没到，联系我13900001111` });
    const target = await register(store, { category: 'billing', description: '王先生说会员费被多扣，电话13900002222' });
    await assistModelsFor(store.db).views('');
    await store.db.cases.update(target.id, { description: '***说会员费被多扣，电话***', anonymisedAt: store.now() });
    noteChanges(store.db, [{ area: 'cases', ids: [target.id] }]);
    const text = '电话13900002222会员费';
    const incremental = await assistModelsFor(store.db).views(text);
    expect(incremental.category.examples).toBe(4);
    expect(incremental).toEqual(await freshModels(text));
  });

  it('forget a case that is gone', async () => {
    store = await openTestStore();
    const kept = await register(store, { category: 'logistics', description: '快递没到' });
    const gone = await register(store, { category: 'billing', description: '多扣了钱' });
    expect((await perLabel(store.db)).category).toEqual({ logistics: 1, billing: 1 });
    await store.db.cases.delete(gone.id);
    noteChanges(store.db, [{ area: 'cases', ids: [gone.id, kept.id] }]);
    expect((await perLabel(store.db)).category).toEqual({ logistics: 1 });
  });

  it('count exactly how many learned cases hold each built-in phrase: re-categorised, cleared, a case asking about itself', async () => {
    store = await openTestStore();
    const heater = await register(store, { category: 'product_quality', description: '热水器漏电了' });
    const socket = await register(store, { category: 'after_sales', description: '插座漏电，上门维修' });
    await register(store, { description: '又漏电了' }); // no category: not learned
    const count = async (phrases: string[], exclude?: CaseRecord) => (await assistModelsFor(store.db).views('', exclude, phrases)).category.phraseExamples;
    expect(await count(['漏电', '维修', '起火'])).toEqual({ 漏电: 2, 维修: 1, 起火: 0 });
    // Asked about itself (grading), a case does not count its own phrases.
    expect(await count(['漏电'], heater)).toEqual({ 漏电: 1 });
    expect(await count(['漏电'])).toEqual({ 漏电: 2 });
    // Another category: still one case; no category any more: not counted.
    await store.db.cases.update(heater.id, { category: 'other' });
    await store.db.cases.update(socket.id, { category: null });
    noteChanges(store.db, [{ area: 'cases', ids: [heater.id, socket.id] }]);
    expect(await count(['漏电', '维修'])).toEqual({ 漏电: 1, 维修: 0 });
    expect((await freshModels('')).category.perLabel).toEqual({ other: 1 });
  });

  it('keep one model pair per database, so a restored database gets its own', async () => {
    store = await openTestStore();
    await register(store, { category: 'billing', description: '多扣了钱' });
    other = new DeskDb(`${store.db.name}-restored`);
    await other.open();
    expect(assistModelsFor(other)).not.toBe(assistModelsFor(store.db));
    expect((await assistModelsFor(other).status()).category.examples).toBe(0);
    expect((await assistModelsFor(store.db).status()).category.examples).toBe(1);
    await other.delete();
  });
});

describe('what a case teaches', () => {
  it('takes the grading’s category and severity, else the agent’s category and no severity', async () => {
    store = await openTestStore();
    const record = await register(store, { category: 'logistics', severity: 'major', description: '快递没到' });
    expect(lessonOf(record)).toEqual({ text: '快递没到', category: 'logistics', severity: null });
    const graded: CaseRecord = { ...record, grading: { ...gradingOf(record), category: 'after_sales', severity: 'serious' } };
    expect(lessonOf(graded)).toEqual({ text: '快递没到', category: 'after_sales', severity: 'serious' });
  });

  it('packs a text hash and both labels into one number and back', () => {
    for (const entry of [
      { hash: 0xffffffff, category: 'other' as const, severity: 'major' as const },
      { hash: 0, category: null, severity: 'general' as const },
      { hash: 123456789, category: 'product_quality' as const, severity: null },
    ]) {
      expect(unpackEntry(packEntry(entry))).toEqual(entry);
    }
  });
});

function gradingOf(record: CaseRecord): NonNullable<CaseRecord['grading']> {
  return {
    category: 'other',
    subCategory: '',
    severity: 'general',
    rationale: '',
    department: '',
    submittedAt: record.registeredAt,
    submittedBy: record.intakeAgent,
    approvedAt: null,
    approvedBy: null,
    returnReason: '',
  };
}
