// @vitest-environment jsdom
// jsdom for its strict DOMParser: every part must be well-formed XML, as Excel demands.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DeskError } from '../../../../../src-renderer/domain/common/errors';
import type { Cell, Row, Sheet } from '../../../../../src-renderer/ui/export/sheet';
import { XLSX_STYLE, columnName, encodeXlsx, excelSerial, sanitizeSheetName } from '../../../../../src-renderer/ui/export/xlsx';
import { NS_MAIN, firstByTag, makeRows, pagedSource, readLargeSheet, readXlsx, toBatches } from './helpers';

const REQUIRED_PARTS = [
  '[Content_Types].xml',
  '_rels/.rels',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/styles.xml',
  'xl/worksheets/sheet1.xml',
];

function sheetOf(headers: string[], rows: readonly Row[], extra: Partial<Sheet> = {}): Sheet {
  return { name: '投诉跟踪', columns: headers.map((header) => ({ header })), rows: toBatches(rows, 1000), ...extra };
}

/** Reads column A of every data row back as text. */
async function roundTripTexts(texts: readonly string[]): Promise<string[]> {
  const book = readXlsx(await encodeXlsx(sheetOf(['text'], texts.map((t) => [t]))));
  return texts.map((_, i) => book.cells.get(`A${i + 2}`)?.value ?? '');
}

describe('encodeXlsx package', () => {
  it('contains every required part, each well-formed, typed and linked', async () => {
    const book = readXlsx(await encodeXlsx(sheetOf(['编号'], [['TS-1']])));
    expect(Object.keys(book.files).sort()).toEqual([...REQUIRED_PARTS].sort());
    for (const part of REQUIRED_PARTS) expect(book.xml(part).documentElement.nodeName).not.toBe('parsererror');

    const overrides = Array.from(book.xml('[Content_Types].xml').getElementsByTagName('Override')).map((o) => [
      o.getAttribute('PartName'),
      o.getAttribute('ContentType'),
    ]);
    expect(overrides).toEqual(
      expect.arrayContaining([
        ['/xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'],
        ['/xl/worksheets/sheet1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml'],
        ['/xl/styles.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml'],
      ]),
    );
    const targets = (part: string) =>
      Array.from(book.xml(part).getElementsByTagName('Relationship')).map((r) => r.getAttribute('Target'));
    expect(targets('_rels/.rels')).toEqual(['xl/workbook.xml']);
    expect(targets('xl/_rels/workbook.xml.rels').map((t) => `xl/${t}`).sort()).toEqual(['xl/styles.xml', 'xl/worksheets/sheet1.xml']);
    expect(book.sheet.documentElement.namespaceURI).toBe(NS_MAIN);
  });

  it('freezes the header, sets column widths and filters over the whole range', async () => {
    const sheet = sheetOf(['a', 'b', 'c'], makeRows(4, 3, (r, c) => r * c), {
      columns: [{ header: 'a', width: 20 }, { header: 'b' }, { header: 'c', width: 8 }],
    });
    const book = readXlsx(await encodeXlsx(sheet));
    const pane = firstByTag(book.sheet, 'pane');
    expect([pane.getAttribute('ySplit'), pane.getAttribute('state'), pane.getAttribute('topLeftCell')]).toEqual(['1', 'frozen', 'A2']);
    expect(pane.getAttribute('xSplit')).toBeNull();
    const cols = Array.from(book.sheet.getElementsByTagNameNS(NS_MAIN, 'col')).map((c) => [
      c.getAttribute('min'),
      Number(c.getAttribute('width')),
      c.getAttribute('customWidth'),
    ]);
    expect(cols).toEqual([
      ['1', 20.7109375, '1'],
      ['3', 8.7109375, '1'],
    ]);
    expect(firstByTag(book.sheet, 'autoFilter').getAttribute('ref')).toBe('A1:C5');
    expect(firstByTag(book.sheet, 'dimension').getAttribute('ref')).toBe('A1:C5');
    const filterName = firstByTag(book.xml('xl/workbook.xml'), 'definedName');
    expect(filterName.getAttribute('name')).toBe('_xlnm._FilterDatabase');
    expect(filterName.textContent).toBe("'投诉跟踪'!$A$1:$C$5");
    // Schema order: sheetViews before sheetFormatPr before cols before sheetData before autoFilter.
    const order = Array.from(book.sheet.documentElement.children).map((e) => e.localName);
    expect(order).toEqual(['dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'autoFilter', 'pageMargins']);
  });

  it('writes the header bold and dates with the date-time format', async () => {
    const book = readXlsx(await encodeXlsx(sheetOf(['受理时间', '标题'], [[new Date(2026, 0, 2, 8, 30), 'x']])));
    for (const ref of ['A1', 'B1']) expect(book.cells.get(ref)).toMatchObject({ style: XLSX_STYLE.header, type: 'inlineStr' });
    expect(book.cells.get('A1')?.value).toBe('受理时间');

    const styles = book.xml('xl/styles.xml');
    const xfs = Array.from(firstByTag(styles, 'cellXfs').getElementsByTagNameNS(NS_MAIN, 'xf'));
    const fonts = Array.from(firstByTag(styles, 'fonts').getElementsByTagNameNS(NS_MAIN, 'font'));
    const headerFont = fonts[Number(xfs[XLSX_STYLE.header]?.getAttribute('fontId'))];
    expect(headerFont?.getElementsByTagNameNS(NS_MAIN, 'b')).toHaveLength(1);
    expect(fonts[Number(xfs[XLSX_STYLE.normal]?.getAttribute('fontId'))]?.getElementsByTagNameNS(NS_MAIN, 'b')).toHaveLength(0);
    const dateFormatId = xfs[XLSX_STYLE.dateTime]?.getAttribute('numFmtId');
    const format = Array.from(styles.getElementsByTagNameNS(NS_MAIN, 'numFmt')).find((f) => f.getAttribute('numFmtId') === dateFormatId);
    expect(format?.getAttribute('formatCode')).toBe('yyyy-mm-dd hh:mm');
    expect(Number(dateFormatId)).toBeGreaterThanOrEqual(164);
    expect(xfs[XLSX_STYLE.dateTime]?.getAttribute('applyNumberFormat')).toBe('1');
    expect(firstByTag(styles, 'cellXfs').getAttribute('count')).toBe(String(xfs.length));
  });
});

describe('encodeXlsx cells', () => {
  it('reads back strings, numbers, dates and blanks as written', async () => {
    const rows: Row[] = [
      ['投诉：物流延误', 42, new Date(2026, 0, 2, 8, 30)],
      ['<&>"\'', -1.25, null],
      ['😀👍🏽 家人们', 0, new Date(Date.UTC(2026, 0, 1, 16, 5))],
      [' padded ', 1e21, new Date(1899, 11, 31, 12)],
      ['line1\nline2\tend', Number.NaN, new Date(Number.NaN)],
      ['_x0041_ stays', 123456789.123, new Date(1900, 2, 1)],
      ['', Number.POSITIVE_INFINITY],
    ];
    const book = readXlsx(await encodeXlsx(sheetOf(['text', 'number', 'date'], rows)));
    const cell = (ref: string) => book.cells.get(ref);
    expect(rows.map((_, i) => cell(`A${i + 2}`)?.value)).toEqual([
      '投诉：物流延误',
      '<&>"\'',
      '😀👍🏽 家人们',
      ' padded ',
      'line1\nline2\tend',
      '_x0041_ stays',
      undefined,
    ]);
    expect(rows.map((_, i) => cell(`B${i + 2}`)?.value)).toEqual(['42', '-1.25', '0', '1e+21', undefined, '123456789.123', undefined]);
    expect(cell('B2')).toMatchObject({ type: null, style: XLSX_STYLE.normal });

    // 2026-01-02 08:30 Beijing time is serial 46024 + 8.5/24 in Excel, whatever the UTC offset.
    expect(cell('C2')).toMatchObject({ style: XLSX_STYLE.dateTime, type: null });
    expect(Number(cell('C2')?.value)).toBeCloseTo(46024 + 8.5 / 24, 9);
    expect(Number(cell('C4')?.value)).toBeCloseTo(46024 + 5 / 1440, 9);
    expect(cell('C3')).toBeUndefined();
    // Before 1900-03-01 Excel's serials are off by its phantom leap day: written as text instead.
    expect(cell('C5')).toMatchObject({ type: 'inlineStr', value: '1899-12-31 12:00' });
    expect(cell('C6')).toBeUndefined();
    expect(Number(cell('C7')?.value)).toBe(61);
  });

  it('strips characters XML 1.0 forbids and keeps tab, line feed and astral characters', async () => {
    const [clean] = await roundTripTexts(['a\u0000b\u0001c\u0008d\u000Be\u001Ff\uFFFEg\uFFFFh\uD800i\uDFFFj\t\n𠀀']);
    expect(clean).toBe('abcdefghij\t\n𠀀');
    expect(await roundTripTexts(['a\r\nb', 'c\rd'])).toEqual(['a\nb', 'c\nd']);
  });

  // Seconds on a loaded machine (a zip written and read back per run): more than the default 5 s allows.
  it('round-trips arbitrary text minus the characters XML cannot hold', { timeout: 30_000 }, async () => {
    const legal = (s: string) => s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '').replace(/\r\n?/g, '\n');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), { minLength: 1, maxLength: 10 }), async (texts) => {
        expect(await roundTripTexts(texts)).toEqual(texts.map(legal));
      }),
      { numRuns: 150 },
    );
  });

  it('cuts texts longer than Excel allows', async () => {
    const [read] = await roundTripTexts(['长'.repeat(40_000)]);
    expect(read).toHaveLength(32_767);
  });
});

describe('encodeXlsx sheet name', () => {
  it('sanitises the name in the workbook', async () => {
    const book = readXlsx(await encodeXlsx(sheetOf(['a'], [], { name: "'2026/01 [跟踪]: *?\\ 表' 附加很长很长很长很长很长的名字" })));
    const name = firstByTag(book.xml('xl/workbook.xml'), 'sheet').getAttribute('name') ?? '';
    expect(name).toBe("2026_01 _跟踪__ ___ 表' 附加很长很长很长很长");
    expect(name).toHaveLength(31);
  });

  it("follows Excel's rules", () => {
    expect(sanitizeSheetName('投诉跟踪')).toBe('投诉跟踪');
    expect(sanitizeSheetName('a[b]c:d*e?f/g\\h')).toBe('a_b_c_d_e_f_g_h');
    expect(sanitizeSheetName("''quoted''")).toBe('quoted');
    expect(sanitizeSheetName("it's")).toBe("it's");
    expect(sanitizeSheetName('  ')).toBe('Sheet1');
    expect(sanitizeSheetName('\u0001\u0002')).toBe('Sheet1');
    expect(sanitizeSheetName('History')).toBe('History_');
    expect(sanitizeSheetName('x'.repeat(40))).toBe('x'.repeat(31));
    // An emoji straddling the 31st unit is dropped whole, never halved.
    expect(sanitizeSheetName(`${'x'.repeat(30)}😀tail`)).toBe('x'.repeat(30));
    expect(sanitizeSheetName(`${'x'.repeat(29)}😀tail`)).toBe(`${'x'.repeat(29)}😀`);
    expect(sanitizeSheetName(`${'x'.repeat(29)} 'tail`)).toBe('x'.repeat(29));
  });
});

describe('encodeXlsx streaming', () => {
  // Seconds on a loaded machine (a zip written and read back per run): more than the default 5 s allows.
  it('writes a large export from an async source with progress', { timeout: 30_000 }, async () => {
    const count = 20_000;
    const source = pagedSource(
      makeRows(count, 15, (r, c): Cell => (c === 0 ? `TS-${r}` : c === 1 ? new Date(2026, 0, 1 + (r % 300)) : c % 2 ? r * c : `备注${r}`)),
      1000,
    );
    const progress: number[] = [];
    const columns = Array.from({ length: 15 }, (_, c) => ({ header: `c${c}` }));
    const sheet: Sheet = { name: 'all', columns, rows: source.rows, totalRows: count };
    const book = readLargeSheet(await encodeXlsx(sheet, { onProgress: (done) => progress.push(done) }));
    expect(book.rows).toBe(count + 1);
    expect(book.lastRow.get(`A${count + 1}`)?.value).toBe(`TS-${count - 1}`);
    expect(book.lastRow.get(`B${count + 1}`)).toMatchObject({ style: XLSX_STYLE.dateTime, value: '46222' }); // 2026-07-19
    expect(book.lastRow.get(`N${count + 1}`)?.value).toBe('259987');
    expect(book.lastRow.get(`O${count + 1}`)?.value).toBe('备注19999');
    expect(book.autoFilter).toBe(`A1:O${count + 1}`);
    expect(progress).toEqual(Array.from({ length: 20 }, (_, i) => (i + 1) * 1000));
    expect(source.state).toEqual({ pulled: 20, closed: true });
  });

  it('stops and closes the source when aborted', async () => {
    const source = pagedSource(makeRows(5000, 1, (r) => r), 1000);
    const controller = new AbortController();
    const run = encodeXlsx(
      { name: 'x', columns: [{ header: 'a' }], rows: source.rows },
      { signal: controller.signal, onProgress: (done) => done >= 2000 && controller.abort() },
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(source.state).toEqual({ pulled: 2, closed: true });
  });

  it('refuses more columns than a sheet holds', async () => {
    const columns = Array.from({ length: 16_385 }, (_, i) => ({ header: String(i) }));
    await expect(encodeXlsx({ name: 'x', columns, rows: [] })).rejects.toBeInstanceOf(DeskError);
  });
});

describe('xlsx helpers', () => {
  it('names columns like Excel', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702, 16_383].map(columnName)).toEqual([
      'A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD',
    ]);
  });

  it('converts local wall-clock time to Excel serials', () => {
    expect(excelSerial(new Date(2026, 0, 2, 8, 30))).toBeCloseTo(46024.3541666667, 9);
    expect(excelSerial(new Date(1900, 2, 1))).toBe(61);
    expect(excelSerial(new Date(9999, 11, 31))).toBe(2958465);
    expect(excelSerial(new Date(1900, 1, 28))).toBeNull();
    expect(excelSerial(new Date(Number.NaN))).toBeNull();
  });
});
