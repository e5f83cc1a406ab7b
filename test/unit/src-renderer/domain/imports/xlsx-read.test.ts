import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DeskError } from '../../../../../src-renderer/domain/common/errors';
import { readTable } from '../../../../../src-renderer/domain/imports/table';
import { formatCodeKind, formatNumber, formatSerialDate } from '../../../../../src-renderer/domain/imports/xlsx-cells';
import { columnIndex, readXlsx, resolvePart } from '../../../../../src-renderer/domain/imports/xlsx-read';
import { attributeValue, decodeEntities } from '../../../../../src-renderer/domain/imports/xml';
import type { Cell } from '../../../../../src-renderer/ui/export/sheet';
import { encodeXlsx, encodeXlsxWorkbook } from '../../../../../src-renderer/ui/export/xlsx';
import { MESSY_SPEC, buildWorkbook, workbookParts, zipParts } from '../../../../fixtures/imports/workbook';

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof DeskError) return error.data.code;
    throw error;
  }
  return 'no error';
}

describe('readTable on a messy Excel register', () => {
  const table = readTable('投诉台账.xlsx', buildWorkbook(MESSY_SPEC));

  it('skips the merged title row and blank rows, and trims the header (rich-text runs joined)', () => {
    expect(table.headers).toEqual(['投诉编号', '投诉人', '联系电话', '投诉内容', '受理日期', '办结时间', '金额', '是否回访']);
    expect(table.sheetNames).toEqual(['投诉台账', '说明']);
    expect(table.sheet).toBe(0);
  });

  it('numbers rows as Excel does, even with rows and cells omitted from the file', () => {
    expect(table.rowNumbers).toEqual([4, 6, 9]);
    expect(table.rows.every((row) => row.length === 8)).toBe(true);
  });

  it('shows values as Excel does: dates, numbers without float noise, booleans, formulas, errors', () => {
    expect(table.rows[0]).toEqual(['TS-1', '王芳', '13812345678', '质量&服务 中<差>', '2024-03-01', '2024-03-05 16:30', '0.3', 'TRUE']);
    expect(table.rows[1]).toEqual(['TS-2', '', '', '屏幕碎裂', '2024-04-01', '', '12.5元', 'FALSE']);
    // Cells without references follow each other from column A; _x000D_ is Excel's escape for CR.
    expect(table.rows[2]).toEqual(['TS-3', 'Lee\rAnn', '-0.0015', '', '09:00', '2024-04-01 09:05', '#N/A', '']);
  });

  it('reads another sheet by index, and refuses one the workbook lacks', () => {
    const notes = readTable('a.xlsx', buildWorkbook(MESSY_SPEC), { sheet: 1 });
    expect(notes).toEqual({ headers: ['说明：本表由客服中心导出'], rows: [['第二行']], rowNumbers: [2], sheetNames: ['投诉台账', '说明'], sheet: 1 });
    expect(codeOf(() => readTable('a.xlsx', buildWorkbook(MESSY_SPEC), { sheet: 2 }))).toBe('imports.sheetMissing');
    expect(codeOf(() => readTable('a.xlsx', buildWorkbook(MESSY_SPEC), { sheet: -1 }))).toBe('imports.sheetMissing');
    const parts = workbookParts(MESSY_SPEC);
    delete parts['xl/worksheets/sheet1.xml'];
    expect(codeOf(() => readTable('a.xlsx', zipParts(parts)))).toBe('imports.sheetMissing');
  });

  it('gives every row of a vertical merge its value, as Excel shows it (a ledger merging 投诉类别 down a group)', () => {
    const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const row = (r: number, ...cells: string[]) => `<row r="${r}">${cells.join('')}</row>`;
    const book = buildWorkbook({
      cellXfs: [0],
      sheets: [
        {
          name: '台账',
          rows: [
            row(1, cell('A1', '客户'), cell('B1', '类别'), cell('C1', '内容'), cell('D1', '备注')),
            row(2, cell('A2', '张三'), cell('B2', '物流配送'), cell('C2', '快递没到')),
            row(3, cell('A3', '李四'), '<c r="B3" s="0"/>', cell('C3', '快递丢件')),
            row(4, cell('A4', '王五'), cell('C4', '快递破损')),
            // A row only the merge reaches (no value of its own) stays out, as blank rows do.
            row(5, '<c r="B5" s="0"/>'),
            row(6, cell('A6', '赵六'), cell('C6', '说明跨两列'), cell('E6', '其他')),
            row(7, cell('A7', '钱七'), cell('C7', '未合并')),
          ].join(''),
          merges: ['B2:B5', 'C6:D6', 'a1:a1'],
        },
      ],
    });
    const table = readTable('台账.xlsx', book);
    expect(table.rowNumbers).toEqual([2, 3, 4, 6, 7]);
    expect(table.rows.map((r) => r.slice(0, 4))).toEqual([
      ['张三', '物流配送', '快递没到', ''],
      ['李四', '物流配送', '快递丢件', ''],
      ['王五', '物流配送', '快递破损', ''],
      // A merge across columns in one row is not copied sideways.
      ['赵六', '', '说明跨两列', ''],
      ['钱七', '', '未合并', ''],
    ]);
  });

  it('says a workbook of several sheets has a header and no rows, not that it is empty', () => {
    const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>投诉时间</t></is></c><c r="B1" t="inlineStr"><is><t>客户姓名</t></is></c></row>';
    const book = buildWorkbook({ cellXfs: [0], sheets: [{ name: 'Sheet1', rows: header }, { name: 'Sheet2', rows: '' }, { name: 'Sheet3', rows: '' }] });
    expect(codeOf(() => readTable('导出.xlsx', book))).toBe('imports.noRows');
  });

  it('honours the 1904 date system of old Mac workbooks', () => {
    const book = buildWorkbook({
      date1904: true,
      cellXfs: [0, 14, 22],
      sheets: [{ name: 'S', rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>日期</t></is></c><c r="B1" t="inlineStr"><is><t>时间</t></is></c></row><row r="2"><c r="A2" s="1"><v>0</v></c><c r="B2" s="2"><v>43890.5</v></c></row>' }],
    });
    expect(readTable('old.xlsx', book).rows).toEqual([['1904-01-01', '2024-03-01 12:00']]);
  });

  it('finds the workbook through the package relationships and reads prefixed (x:) markup', () => {
    const parts = workbookParts({ sheets: [{ name: 'S', rows: '' }] });
    const sheet = '<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row r="1"><x:c r="B1" t="inlineStr"><x:is><x:t>名称</x:t></x:is></x:c></x:row><x:row r="2"><x:c r="B2"><x:v>5</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    const moved: Record<string, string> = {
      '_rels/.rels': parts['_rels/.rels']!.replace('xl/workbook.xml', '/book/wb.xml'),
      'book/wb.xml': parts['xl/workbook.xml']!,
      'book/_rels/wb.xml.rels': parts['xl/_rels/workbook.xml.rels']!.replace('worksheets/sheet1.xml', '../data/s.xml'),
      'data/s.xml': sheet,
    };
    expect(readTable('a.xlsx', zipParts(moved))).toMatchObject({ headers: ['', '名称'], rows: [['', '5']], rowNumbers: [2] });
  });
});

describe('readTable on broken and foreign workbooks', () => {
  it('reports a password-protected workbook (an OLE compound file) as encrypted', () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(codeOf(() => readTable('加密.xlsx', ole))).toBe('imports.encrypted');
    expect(codeOf(() => readTable('旧格式.xls', ole))).toBe('imports.unsupportedType');
  });

  it('reports a ZIP that is no workbook, and broken XML, as unreadable', () => {
    expect(codeOf(() => readTable('a.xlsx', zipParts({ 'word/document.xml': '<w/>' })))).toBe('imports.unreadable');
    const parts = workbookParts(MESSY_SPEC);
    parts['xl/worksheets/sheet1.xml'] = '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x';
    expect(codeOf(() => readTable('a.xlsx', zipParts(parts)))).toBe('imports.unreadable');
    parts['xl/worksheets/sheet1.xml'] = '<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet/>';
    expect(codeOf(() => readTable('a.xlsx', zipParts(parts)))).toBe('imports.unreadable');
    // A CSV given an .xlsx name is said to be one.
    expect(codeOf(() => readTable('a.xlsx', new TextEncoder().encode('编号,姓名')))).toBe('imports.notWorkbook');
  });

  it('reads the first sheet that holds a table when none is chosen: ledgers often open with a blank sheet or a cover note', () => {
    const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const book = buildWorkbook({
      sheets: [
        { name: '空白', rows: '' },
        { name: '说明', rows: `<row r="1">${inline('A1', '说明：本表为2024年台账')}</row>` },
        { name: '台账', rows: `<row r="1">${inline('A1', '投诉人')}${inline('B1', '投诉内容')}</row><row r="2">${inline('A2', '王芳')}${inline('B2', '屏幕碎裂')}</row>` },
      ],
    });
    expect(readTable('a.xlsx', book)).toEqual({ headers: ['投诉人', '投诉内容'], rows: [['王芳', '屏幕碎裂']], rowNumbers: [2], sheetNames: ['空白', '说明', '台账'], sheet: 2 });
    // A sheet chosen that holds nothing is named, so the user picks another.
    const chosen = (() => {
      try {
        readTable('a.xlsx', book, { sheet: 1 });
      } catch (error) {
        return (error as DeskError).data;
      }
    })();
    expect(chosen).toEqual({ code: 'imports.emptySheet', params: { sheet: '说明', headerOnly: 1 } });
    // With every sheet empty, the file is.
    expect(codeOf(() => readTable('a.xlsx', buildWorkbook({ sheets: [{ name: '一', rows: '' }, { name: '二', rows: '<row r="1"/>' }] })))).toBe('imports.empty');
  });

  it('reports an empty sheet as empty and a cell beyond column XFD as unreadable', () => {
    expect(codeOf(() => readTable('a.xlsx', buildWorkbook({ sheets: [{ name: 'S', rows: '<row r="1"/>' }] })))).toBe('imports.empty');
    const far = '<row r="1"><c r="XFE1" t="inlineStr"><is><t>x</t></is></c></row>';
    expect(codeOf(() => readTable('a.xlsx', buildWorkbook({ sheets: [{ name: 'S', rows: far }] })))).toBe('imports.unreadable');
  });
});

describe('cell formatting', () => {
  it('formats numbers with at most 15 significant digits, like Excel', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(13812345678)).toBe('13812345678');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(1.1 * 3)).toBe('3.3');
    expect(formatNumber(123456.789)).toBe('123456.789');
  });

  it('tells date, time and date-time formats from number formats', () => {
    expect(formatCodeKind('yyyy"年"m"月"d"日"')).toBe('date');
    expect(formatCodeKind('[$-804]yyyy/m/d h:mm;@')).toBe('dateTime');
    expect(formatCodeKind('上午/下午h"时"mm"分"')).toBe('time');
    expect(formatCodeKind('[h]:mm:ss')).toBe('time');
    expect(formatCodeKind('mmm-yy')).toBe('date');
    expect(formatCodeKind('#,##0.00_);[Red]\\(#,##0.00\\)')).toBeNull();
    expect(formatCodeKind('"¥"#,##0.00;"¥"\\-#,##0.00')).toBeNull();
    expect(formatCodeKind('General')).toBeNull();
    expect(formatCodeKind('0.00E+00')).toBeNull();
    expect(formatCodeKind('@')).toBeNull();
  });

  it('turns serials into local dates, before and after the phantom 1900-02-29', () => {
    expect(formatSerialDate(1, 'date', false)).toBe('1900-01-01');
    expect(formatSerialDate(59, 'date', false)).toBe('1900-02-28');
    expect(formatSerialDate(61, 'date', false)).toBe('1900-03-01');
    expect(formatSerialDate(45352.99999999, 'dateTime', false)).toBe('2024-03-02 00:00');
    // A date format hides a time of day the serial holds: the time is kept (a deadline counts from it).
    expect(formatSerialDate(45352.5, 'date', false)).toBe('2024-03-01 12:00');
    expect(formatSerialDate(46088.75, 'date', false)).toBe('2026-03-07 18:00');
    expect(formatSerialDate(0.75, 'time', false)).toBe('18:00');
    expect(formatSerialDate(-1, 'date', false)).toBe('-1');
  });

  it('decodes entities and attributes the way the parts use them', () => {
    expect(decodeEntities('&lt;&#x4E2D;&#25991;&amp;amp;&unknown;&#x110000;')).toBe('<中文&amp;&unknown;&#x110000;');
    expect(attributeValue('r="C5" s="3" t="s"', 's')).toBe('3');
    expect(attributeValue('name="a &amp; b" r:id="rId7" sheetId="1"', 'id')).toBe('rId7');
    expect(attributeValue("t = 'inlineStr'", 't')).toBe('inlineStr');
    expect(attributeValue('spans="1:8"', 's')).toBeUndefined();
    expect(columnIndex('A1')).toBe(0);
    expect(columnIndex('AA10')).toBe(26);
    expect(columnIndex('XFD1')).toBe(16383);
    expect(columnIndex('17')).toBe(-1);
    expect(resolvePart('xl/', '../customXml/x.xml')).toBe('customXml/x.xml');
    expect(resolvePart('xl/', '/xl/worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
  });
});

const pad = (n: number) => String(n).padStart(2, '0');
const wallClock = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;

describe('round trip through the project’s own XLSX writer', () => {
  const text = fc.string({ unit: fc.constantFrom(...'投诉质量差，。“”a1 _x&<>"\'\n\t=;,'.split('')), maxLength: 12 });
  const cell: fc.Arbitrary<Cell> = fc.oneof(
    text,
    fc.integer({ min: -1e9, max: 1e12 }),
    fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    // Whole minutes: the reader shows HH:mm.
    fc.integer({ min: Date.UTC(1990, 0, 1) / 60_000, max: Date.UTC(2040, 0, 1) / 60_000 }).map((m) => new Date(m * 60_000)),
    fc.constant(null),
  );

  it('reads back every non-empty row, in its row, with Excel’s view of each value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 5 }), fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { maxLength: 15 }), async (width, raw) => {
        const headers = Array.from({ length: width }, (_, i) => `列${i + 1}`);
        const rows = raw.map((r) => r.slice(0, width));
        const book = await encodeXlsx({ name: '导出', columns: headers.map((header) => ({ header })), rows: [rows] });
        const expected = rows.map((row) =>
          row.map((c) => (c === null ? '' : c instanceof Date ? wallClock(c) : typeof c === 'number' ? formatNumber(c) : c)),
        );
        const kept = expected.map((row, i) => ({ row, number: i + 2 })).filter(({ row }) => row.some((c) => c.trim() !== ''));
        if (kept.length === 0) {
          expect(codeOf(() => readTable('x.xlsx', book))).toBe('imports.noRows');
          return;
        }
        const table = readTable('x.xlsx', book);
        expect(table.headers).toEqual(headers);
        expect(table.rows).toEqual(kept.map((k) => k.row));
        expect(table.rowNumbers).toEqual(kept.map((k) => k.number));
      }),
      { numRuns: 60 },
    );
  }, 20_000);

  it('reads the chosen sheet of a multi-sheet export', async () => {
    const sheet = (name: string, value: string) => ({ name, columns: [{ header: '名称' }, { header: '值' }], rows: [[[value, 1]]] });
    const book = await encodeXlsxWorkbook([sheet('一', 'a'), sheet('二', 'b')]);
    expect(readTable('b.xlsx', book, { sheet: 1 })).toEqual({ headers: ['名称', '值'], rows: [['b', '1']], rowNumbers: [2], sheetNames: ['一', '二'], sheet: 1 });
  });

  it('streams rows to the sink as they are parsed', () => {
    const seen: number[] = [];
    readXlsx(buildWorkbook(MESSY_SPEC), 0, (_, n) => seen.push(n));
    expect(seen).toEqual([1, 3, 4, 6, 7, 9]);
  });
});
