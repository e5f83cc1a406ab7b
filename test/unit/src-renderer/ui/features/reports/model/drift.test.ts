import type { TFunction } from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MonthlyReport } from '../../../../../../../src-renderer/domain/reports/monthly';
import { caseIndexFor } from '../../../../../../../src-renderer/store/search/case-index';
import { changedTables, changedTableText, shownDrift } from '../../../../../../../src-renderer/ui/features/reports/model/tables';
import { ok, openTestStore, register, type TestStore } from '../../../../store/fixtures';
import { translator } from '../../../../ui/i18n/translator';

let zh: TFunction;
beforeAll(async () => {
  zh = await translator('zh-CN');
});

describe('定稿后数据有变动', () => {
  it('lists a headline figure only when it reads otherwise than when finalised', () => {
    const drift = shownDrift(zh, [
      // 9/195 and 9/196: both 4.6%.
      { id: 'reopenRate', final: 9 / 195, live: 9 / 196 },
      { id: 'received', final: 195, live: 196 },
      { id: 'satisfaction', final: 4.4251, live: 4.4349 },
      { id: 'responseRate', final: 0.5, live: null },
      { id: 'repeatRate', final: 0.1, live: 0.1005 },
    ]);
    expect(drift).toEqual([
      { id: 'received', final: '195', live: '196' },
      { id: 'responseRate', final: '50.0%', live: '—' },
      { id: 'repeatRate', final: '10.0%', live: '10.1%' },
    ]);
  });
});

describe('以下表格与定稿时不同', () => {
  let store: TestStore;
  afterEach(() => store?.close());
  const NOVEMBER = { year: 2026, month: 11 };
  const DECEMBER_2 = new Date(2026, 11, 2, 10).getTime();
  const report = async () => ok<MonthlyReport>(await store.send('reports.monthly', NOVEMBER, 'director'));

  it('names the tables of the edition that read otherwise after a grading, with their changed rows', async () => {
    store = await openTestStore();
    store.clock.now = new Date(2026, 10, 10, 10).getTime();
    const major = await register(store, { severity: 'major', customerName: '重大客户' });
    await register(store);
    store.clock.now = DECEMBER_2;
    ok(await store.send('reports.finalise', NOVEMBER, 'director'));
    const unchanged = await report();
    expect(changedTables(zh, unchanged)).toEqual([]);

    // Graded since: the category table and the 重大 line read otherwise; the headline figures do not.
    const stored = (await store.db.cases.get(major.id))!;
    await store.db.cases.put({ ...stored, category: 'logistics', subCategory: '配送延误' });
    caseIndexFor(store.db).markChanged([major.id]);
    const after = await report();
    expect(shownDrift(zh, after.edition.drift)).toEqual([]);
    const tables = changedTables(zh, after);
    expect(tables.map((table) => table.id)).toEqual(['byCategory', 'topIssues', 'major']);
    expect(tables.find((table) => table.id === 'byCategory')!.rows).toEqual(['物流配送 / 配送延误', '未定级 / —']);
    expect(tables.find((table) => table.id === 'major')!.rows).toEqual([major.no]);
    expect(changedTableText(zh, tables.find((table) => table.id === 'major')!)).toBe(`重大投诉：${major.no}`);
  });
});
