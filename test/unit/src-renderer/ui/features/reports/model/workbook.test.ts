import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { score, rate } from '../../../../../../../src-renderer/ui/features/reports/model/values';
import { tableSheet } from '../../../../../../../src-renderer/ui/features/reports/model/workbook';
import { translator } from '../../../../ui/i18n/translator';

let zh: TFunction;
let en: TFunction;
beforeAll(async () => {
  zh = await translator('zh-CN');
  en = await translator('en');
});

describe('a report table as a sheet', () => {
  it('names the unit in the header, unless the header names its scale in brackets already', () => {
    const table = (t: TFunction) => ({
      id: 'satisfaction',
      title: '',
      columns: [
        { header: t('reports.columns.average'), numeric: true },
        { header: t('reports.columns.rate'), numeric: true },
      ],
      rows: [[score(4.5), rate(0.9)]],
    });
    expect(tableSheet(en, table(en)).columns.map((c) => c.header)).toEqual(['Average (of 5)', 'On-time rate (%)']);
    expect(tableSheet(zh, table(zh)).columns.map((c) => c.header)).toEqual(['平均分（5 分制）', '按时率 (%)']);
  });
});
