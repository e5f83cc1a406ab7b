import type { TFunction } from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MonthlyReport } from '../../../../../../../src-renderer/domain/reports/monthly';
import { reportSections } from '../../../../../../../src-renderer/ui/features/reports/model/tables';
import { ok, openTestStore, register, type TestStore } from '../../../../store/fixtures';
import { translator } from '../../../../ui/i18n/translator';

let zh: TFunction;
beforeAll(async () => {
  zh = await translator('zh-CN');
});
let store: TestStore;
afterEach(() => store?.close());

describe('the report’s columns on paper', () => {
  it('keeps a figure’s name, a hotspot and the case numbers whole, breaking only between words', async () => {
    store = await openTestStore();
    await register(store);
    const report = ok<MonthlyReport>(await store.send('reports.monthly', { year: 2026, month: 11 }, 'director'));
    const tables = new Map(reportSections(zh, report).flatMap((section) => section.tables.map((table) => [table.id, table] as const)));
    expect(tables.get('kpis')!.columns[0]).toMatchObject({ header: '指标', keepWords: true });
    const hotspots = tables.get('hotspots')!.columns;
    for (const header of ['苗头', '投诉单编号']) {
      const column = hotspots.find((one) => one.header === header);
      expect(column, header).toMatchObject({ keepWords: true });
      expect(column!.flows, header).toBeUndefined();
    }
  });
});
