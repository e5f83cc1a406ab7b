// @vitest-environment jsdom
// jsdom for its strict DOMParser: every part must be well-formed XML, as Excel demands.
import { describe, expect, it } from 'vitest';
import type { Sheet } from '../../../../../src-renderer/ui/export/sheet';
import { encodeXlsxWorkbook, uniqueSheetNames } from '../../../../../src-renderer/ui/export/xlsx';
import { NS_MAIN, firstByTag, readXlsx, sheetCells } from './helpers';

const KPIS: Sheet = {
  name: '主要指标',
  columns: [{ header: '指标', width: 20 }, { header: '本月' }, { header: '上月' }],
  rows: [[['受理投诉量', 12, 9], ['响应按时率', 91.7, 88.9]]],
};
const CHANNELS: Sheet = { name: '按投诉渠道', columns: [{ header: '投诉渠道' }, { header: '数量' }], rows: [[['电话', 7]], [['邮件', 5]]] };
const EMPTY: Sheet = { name: '重大投诉', columns: [{ header: '投诉单编号' }, { header: '受理时间' }], rows: [] };

describe('encodeXlsxWorkbook', () => {
  it('writes one worksheet per sheet, each typed, linked and named in order', async () => {
    const book = readXlsx(await encodeXlsxWorkbook([KPIS, CHANNELS, EMPTY]));
    expect(Object.keys(book.files).filter((f) => f.startsWith('xl/worksheets/')).sort()).toEqual([
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml',
    ]);
    const workbook = book.xml('xl/workbook.xml');
    const sheets = Array.from(workbook.getElementsByTagNameNS(NS_MAIN, 'sheet')).map((s) => [
      s.getAttribute('name'),
      s.getAttribute('sheetId'),
      s.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id'),
    ]);
    expect(sheets).toEqual([
      ['主要指标', '1', 'rId1'],
      ['按投诉渠道', '2', 'rId2'],
      ['重大投诉', '3', 'rId3'],
    ]);
    const rels = Array.from(book.xml('xl/_rels/workbook.xml.rels').getElementsByTagName('Relationship')).map((r) => [
      r.getAttribute('Id'),
      r.getAttribute('Target'),
    ]);
    expect(rels).toEqual([
      ['rId1', 'worksheets/sheet1.xml'],
      ['rId2', 'worksheets/sheet2.xml'],
      ['rId3', 'worksheets/sheet3.xml'],
      ['rId4', 'styles.xml'],
    ]);
    const overrides = Array.from(book.xml('[Content_Types].xml').getElementsByTagName('Override')).map((o) => o.getAttribute('PartName'));
    expect(overrides).toEqual([
      '/xl/workbook.xml',
      '/xl/worksheets/sheet1.xml',
      '/xl/worksheets/sheet2.xml',
      '/xl/worksheets/sheet3.xml',
      '/xl/styles.xml',
    ]);
  });

  it('keeps every sheet’s rows, header and filter to itself; only the first tab is selected', async () => {
    const book = readXlsx(await encodeXlsxWorkbook([KPIS, CHANNELS, EMPTY]));
    const first = sheetCells(book, 1);
    expect([first.get('A1')?.value, first.get('A2')?.value, first.get('B2')?.value, first.get('C3')?.value]).toEqual(['指标', '受理投诉量', '12', '88.9']);
    const second = sheetCells(book, 2);
    expect([second.get('A2')?.value, second.get('B3')?.value, second.get('A4')]).toEqual(['电话', '5', undefined]);
    const third = sheetCells(book, 3);
    expect([...third.keys()]).toEqual(['A1', 'B1']);

    const filters = Array.from(book.xml('xl/workbook.xml').getElementsByTagNameNS(NS_MAIN, 'definedName')).map((d) => [
      d.getAttribute('localSheetId'),
      d.textContent,
    ]);
    expect(filters).toEqual([
      ['0', "'主要指标'!$A$1:$C$3"],
      ['1', "'按投诉渠道'!$A$1:$B$3"],
      ['2', "'重大投诉'!$A$1:$B$1"],
    ]);
    const selected = [1, 2, 3].map((n) => firstByTag(book.xml(`xl/worksheets/sheet${n}.xml`), 'sheetView').getAttribute('tabSelected'));
    expect(selected).toEqual(['1', null, null]);
    expect(firstByTag(book.xml('xl/worksheets/sheet2.xml'), 'autoFilter').getAttribute('ref')).toBe('A1:B3');
  });

  it('makes repeated sheet names unique, as Excel requires', async () => {
    const book = readXlsx(await encodeXlsxWorkbook([CHANNELS, { ...EMPTY, name: '按投诉渠道' }]));
    const names = Array.from(book.xml('xl/workbook.xml').getElementsByTagNameNS(NS_MAIN, 'sheet')).map((s) => s.getAttribute('name'));
    expect(names).toEqual(['按投诉渠道', '按投诉渠道 (2)']);
    expect(uniqueSheetNames(['Sheet', 'sheet', 'SHEET', 'a/b', 'a_b'])).toEqual(['Sheet', 'sheet (2)', 'SHEET (3)', 'a_b', 'a_b (2)']);
    const long = 'x'.repeat(40);
    expect(uniqueSheetNames([long, long])).toEqual(['x'.repeat(31), `${'x'.repeat(27)} (2)`]);
  });

  it('refuses a workbook without sheets', async () => {
    await expect(encodeXlsxWorkbook([])).rejects.toThrow('at least one sheet');
  });
});
