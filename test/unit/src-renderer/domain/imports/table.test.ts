import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DeskError, type DeskErrorData } from '../../../../../src-renderer/domain/common/errors';
import { MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS, readTable } from '../../../../../src-renderer/domain/imports/table';
import { fieldUnknownValues } from '../../../../../src-renderer/domain/imports/value-scan';
import { encodeGbk, encodeUtf16, encodeUtf8 } from '../../../../fixtures/imports/encodings';
import { MESSY_SPEC, buildWorkbook } from '../../../../fixtures/imports/workbook';

const FIXTURES = resolve(__dirname, '../../../../fixtures/imports');
const fixture = (name: string) => new Uint8Array(readFileSync(resolve(FIXTURES, name)));
const utf8 = (text: string) => new TextEncoder().encode(text);

function errorOf(run: () => unknown): Pick<DeskErrorData, 'code' | 'params'> {
  try {
    run();
  } catch (error) {
    if (error instanceof DeskError) return { code: error.data.code, ...(error.data.params ? { params: error.data.params } : {}) };
    throw error;
  }
  return { code: 'no error' };
}

describe('readTable on CSV files as people export them', () => {
  it('marks a last row the file stops in the middle of, and only such a row', () => {
    const whole = ['编号,客户姓名,投诉内容,状态,结案时间', 'A1,王芳,快递未送达,已结案,2024-03-05', 'A2,李雷,"屏幕碎了，要求换货",已结案,2024-03-06'];
    // Cut inside a quoted cell: the quote never closes.
    const inQuote = readTable('cut.csv', utf8(`${whole[0]}\n${whole[1]}\nA2,李雷,"屏幕碎了，要`));
    expect(inQuote.cutRow).toBe(1);
    expect(inQuote.rowNumbers[inQuote.cutRow!]).toBe(3);
    // Cut between two cells: fewer cells than the header, every other row whole.
    expect(readTable('cut.csv', utf8(`${whole[0]}\n${whole[1]}\nA2,李雷,屏幕碎了`)).cutRow).toBe(1);
    // Saved whole, with or without a line break at the end: nothing is cut.
    expect(readTable('whole.csv', utf8(`${whole.join('\n')}\n`)).cutRow).toBeUndefined();
    expect(readTable('whole.csv', utf8(whole.join('\n'))).cutRow).toBeUndefined();
    // A short last row followed by a line break was written that way.
    expect(readTable('short.csv', utf8(`${whole[0]}\n${whole[1]}\nA2,李雷,屏幕碎了\n`)).cutRow).toBeUndefined();
    // A program that leaves out empty trailing cells writes every row short: not a cut.
    expect(readTable('trim.csv', utf8(`${whole[0]}\nA1,王芳,快递未送达\nA2,李雷,屏幕碎了`)).cutRow).toBeUndefined();
    // Nor is a single short data row: there is no other row to compare it with.
    expect(readTable('one.csv', utf8(`${whole[0]}\nA1,王芳,快递未送达`)).cutRow).toBeUndefined();
    // A stray character after the last line break (a DOS end-of-file mark) is a row of its own, not the last row cut.
    expect(readTable('eof.csv', utf8(`${whole[0]}\n${whole[1]}\nA2,李雷,屏幕碎了\n\u001a`)).rows.at(-2)).toEqual(['A2', '李雷', '屏幕碎了', '', '']);
    expect(readTable('eof.csv', utf8(`${whole[0]}\n${whole[1]}\nA2,李雷,屏幕碎了\n\u001a`)).cutRow).not.toBe(1);
  });

  it('offers no value of the cut row to match in 对应取值: the row is refused whole', () => {
    const table = readTable('cut.csv', utf8('编号,客户姓名,状态,投诉内容\nA1,王芳,挂起待议,快递未送达\nA2,李雷,已'));
    expect(table.cutRow).toBe(1);
    expect(fieldUnknownValues(table, 'status', 2, [])?.values.map((v) => v.value)).toEqual(['挂起待议']);
  });

  it('marks a cut inside a quoted cell of several lines, even when the cut falls right after a line break', () => {
    for (const eol of ['\n', '\r\n']) {
      const table = readTable('cut.csv', utf8(['编号,客户姓名,投诉内容', 'A1,王芳,快递未送达', 'A2,李雷,"第一行', ''].join(eol)));
      expect(table.cutRow, JSON.stringify(eol)).toBe(1);
    }
  });

  it('reads a UTF-8 file without BOM cut inside its last character as UTF-8, and marks that row', () => {
    const bytes = utf8('编号,客户姓名,投诉内容\nA1,王芳,快递未送达\nA2,李雷,屏幕碎了');
    for (const cut of [1, 2]) {
      const table = readTable('cut.csv', bytes.subarray(0, bytes.length - cut));
      expect(table.headers).toEqual(['编号', '客户姓名', '投诉内容']);
      expect(table.rows[1]![2]).toBe('屏幕碎\uFFFD');
      expect(table.cutRow).toBe(1);
    }
    // A GB18030 file is still read as GB18030.
    const gbk = encodeGbk('编号,客户姓名,投诉内容\nA1,王芳,快递未送达\n');
    expect(readTable('gbk.csv', gbk).rows[0]).toEqual(['A1', '王芳', '快递未送达']);
  });

  it('reads a UTF-8 file with BOM, keeping row numbers faithful across quoted line breaks and blank lines', () => {
    const table = readTable('12315导出.csv', fixture('utf8-bom.csv'));
    expect(table.headers).toEqual(['投诉编号', '投诉人', '联系电话', '投诉内容', '受理日期', '处理结果', '办结时间']);
    expect(table.rowNumbers).toEqual([2, 3, 5]);
    expect(table.rows[0]).toEqual(['12315-2024-0001', '王芳', '13812345678', '快递三天未送达，客服说"已签收"，实际没收到', '2024-03-01', '已退款', '2024-03-05']);
    expect(table.rows[1]![3]).toBe('充电器发热严重\r\n用了两天就坏了');
    expect(table.rows[2]).toEqual(['12315-2024-0003', '张敏', '', '空调安装师傅态度恶劣', '2024-03-03', '已道歉', '2024-03-04']);
    expect(table.sheetNames).toEqual([]);
  });

  it('reads a GB18030 file saved by Chinese Excel', () => {
    const table = readTable('登记表.csv', fixture('gb18030.csv'));
    expect(table.headers).toEqual(['序号', '客户姓名', '手机号码', '问题描述', '登记时间', '处理状态']);
    expect(table.rows.map((r) => r[1])).toEqual(['赵磊', '钱丽', '孙浩']);
    expect(table.rows[1]![3]).toBe('收到的衣服有破洞, 要求换货');
  });

  it('reads a semicolon file with decimal commas', () => {
    const table = readTable('export.csv', fixture('semicolon.csv'));
    expect(table.headers).toEqual(['Case No', 'Customer Name', 'Phone', 'Complaint', 'Received', 'Amount']);
    expect(table.rows[1]).toEqual(['EXT-2', 'Müller; Hans', '+49 89 7654321', 'Rechnung doppelt; "Storno" fehlt', '2024-05-03 17:45', '1.234,00']);
  });

  it('reads tab-separated UTF-16 (Excel "Unicode text") as .txt', () => {
    const table = readTable('unicode.txt', encodeUtf16('投诉人\t投诉内容\r\n王芳\t屏幕碎裂\r\n', true, true));
    expect(table).toEqual({ headers: ['投诉人', '投诉内容'], rows: [['王芳', '屏幕碎裂']], rowNumbers: [2], sheetNames: [], sheet: 0 });
  });

  it('trims header cells, keeps empty and duplicate header names, pads short rows and keeps extra cells', () => {
    const table = readTable('a.csv', utf8(' 姓名 ,,姓名\n王芳\n李强,1,2,3,\n'));
    expect(table.headers).toEqual(['姓名', '', '姓名', '']);
    expect(table.rows).toEqual([
      ['王芳', '', '', ''],
      ['李强', '1', '2', '3', ''],
    ]);
  });

  it('skips a title line above the header, and data cells keep their spaces', () => {
    const table = readTable('a.csv', utf8('2024年投诉台账,,\n导出时间：2024-04-01,,\n编号,姓名,内容\n1, 王芳 ,差\n'));
    expect(table.headers).toEqual(['编号', '姓名', '内容']);
    expect(table.rows).toEqual([['1', ' 王芳 ', '差']]);
    expect(table.rowNumbers).toEqual([4]);
  });

  it('removes the formula guard of exported cells', () => {
    expect(readTable('a.csv', utf8("电话,备注\n'+8613812345678,'=1+1\n")).rows).toEqual([['+8613812345678', '=1+1']]);
  });
});

describe('readTable refusals', () => {
  it('names the file type it cannot read', () => {
    expect(errorOf(() => readTable('报告.pdf', utf8('%PDF')))).toEqual({ code: 'imports.unsupportedType', params: { name: '报告.pdf' } });
    expect(errorOf(() => readTable('noextension', utf8('a,b')))).toMatchObject({ code: 'imports.unsupportedType' });
  });

  it('refuses empty files, a header without data, and a first row of numbers', () => {
    expect(errorOf(() => readTable('a.csv', new Uint8Array()))).toEqual({ code: 'imports.empty' });
    expect(errorOf(() => readTable('a.xlsx', new Uint8Array()))).toEqual({ code: 'imports.empty' });
    expect(errorOf(() => readTable('a.csv', utf8('\r\n , \r\n\r\n')))).toEqual({ code: 'imports.empty' });
    expect(errorOf(() => readTable('a.csv', utf8('编号,姓名\n,\n')))).toEqual({ code: 'imports.noRows' });
    expect(errorOf(() => readTable('a.csv', utf8('投诉时间,客户姓名,联系电话,投诉内容\r\n')))).toEqual({ code: 'imports.noRows' });
    expect(errorOf(() => readTable('a.csv', utf8('1,13812345678,2024-01-01\n2,13912345678,2024-01-02\n')))).toEqual({ code: 'imports.noHeader' });
  });

  it('refuses binary content in a text file', () => {
    expect(errorOf(() => readTable('a.csv', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 1, 2])))).toMatchObject({ code: 'imports.unreadable' });
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} data rows and more than ${MAX_IMPORT_COLUMNS} columns`, () => {
    const rows = (n: number) => utf8(`编号\n${'1\n'.repeat(n)}`);
    expect(readTable('a.csv', rows(MAX_IMPORT_ROWS)).rows).toHaveLength(MAX_IMPORT_ROWS);
    expect(errorOf(() => readTable('a.csv', rows(MAX_IMPORT_ROWS + 1)))).toEqual({ code: 'imports.tooManyRows', params: { max: MAX_IMPORT_ROWS } });
    const wide = (n: number) => utf8(`${Array.from({ length: n }, (_, i) => `列${i}`).join(',')}\n1${',,,'.repeat(100)}\n`);
    expect(readTable('a.csv', wide(MAX_IMPORT_COLUMNS)).headers).toHaveLength(MAX_IMPORT_COLUMNS);
    expect(errorOf(() => readTable('a.csv', wide(MAX_IMPORT_COLUMNS + 1)))).toEqual({ code: 'imports.tooManyColumns', params: { max: MAX_IMPORT_COLUMNS } });
  }, 20_000);
});

/** A CSV cell as a spreadsheet writes it: formula-guarded like our exporter, quoted when needed. */
function csvCell(cell: string, delimiter: string): string {
  const guarded = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return guarded.includes(delimiter) || /["\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

const ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030'] as const;

function encode(text: string, encoding: (typeof ENCODINGS)[number]): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return encodeUtf8(text, false);
    case 'utf-8-bom':
      return encodeUtf8(text, true);
    case 'utf-16le':
      return encodeUtf16(text, true, true);
    case 'utf-16be':
      return encodeUtf16(text, false, true);
    case 'gb18030':
      return encodeGbk(text);
  }
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

describe('CSV round trip (property)', () => {
  // Chinese text, delimiters of every kind, quotes, line breaks, formula starts, blanks.
  const alphabet = fc.constantFrom(...'投诉质量差物流慢退款，。；“”（）'.split(''), ',', ';', '\t', '"', '\n', '\r\n', '\r', ' ', 'a', 'Z', '1', '=', '-', '+', '@');
  const cell = fc.oneof(fc.constant(''), fc.string({ unit: alphabet, maxLength: 10 }));
  const table = fc.integer({ min: 2, max: 6 }).chain((width) =>
    fc.record({
      headers: fc.uniqueArray(fc.string({ unit: fc.constantFrom(...'编号姓名电话内容日期abcXYZ'.split('')), minLength: 1, maxLength: 6 }), {
        minLength: width,
        maxLength: width,
      }),
      rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 12 }),
      delimiter: fc.constantFrom(',', ';', '\t'),
      eol: fc.constantFrom('\r\n', '\n', '\r'),
      finalEol: fc.boolean(),
      encoding: fc.constantFrom(...ENCODINGS),
    }),
  );

  it('parses back what was written, with every delimiter, line ending and encoding', () => {
    fc.assert(
      fc.property(table, ({ headers, rows, delimiter, eol, finalEol, encoding }) => {
        const lines = [headers, ...rows].map((row) => row.map((c) => csvCell(c, delimiter)).join(delimiter));
        const bytes = encode(lines.join(eol) + (finalEol ? eol : ''), encoding);
        // GBK text can happen to be valid UTF-8 too; then UTF-8 is the right guess and the trip is not ours to win.
        fc.pre(encoding !== 'gb18030' || !isUtf8(bytes));
        const kept = rows.map((row, i) => ({ row, number: i + 2 })).filter(({ row }) => row.some((c) => c.trim() !== ''));
        if (kept.length === 0) {
          // A header and no data row.
          expect(errorOf(() => readTable('t.csv', bytes)).code).toBe('imports.noRows');
          return;
        }
        const result = readTable('t.csv', bytes);
        expect(result.headers).toEqual(headers);
        expect(result.rows).toEqual(kept.map((k) => k.row));
        expect(result.rowNumbers).toEqual(kept.map((k) => k.number));
      }),
      { numRuns: 300 },
    );
  }, 20_000);
});

describe('malformed input (property)', () => {
  const expectTableOrImportsError = (name: string, bytes: Uint8Array) => {
    try {
      const table = readTable(name, bytes);
      expect(table.rows.length).toBe(table.rowNumbers.length);
      expect(table.rows.every((row) => row.length >= table.headers.length)).toBe(true);
    } catch (error) {
      expect(error).toBeInstanceOf(DeskError);
      expect((error as DeskError).data.code).toMatch(/^imports\.(unreadable|empty|noRows|notWorkbook|noHeader|sheetMissing|tooManyColumns|encrypted)$/);
    }
  };
  const names = fc.constantFrom('a.csv', 'a.txt', 'a.xlsx');

  it('never throws anything but an imports error on random bytes', () => {
    fc.assert(
      fc.property(names, fc.uint8Array({ maxLength: 400 }), (name, bytes) => expectTableOrImportsError(name, bytes)),
      { numRuns: 3000 },
    );
  }, 20_000);

  const csvFiles = ['utf8-bom.csv', 'gb18030.csv', 'semicolon.csv'].map(fixture);
  const workbook = buildWorkbook(MESSY_SPEC);
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bits: fc.integer({ min: 1, max: 255 }) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), junk: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
  );
  type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

  function mutate(source: Uint8Array, mutations: Mutation[]): Uint8Array {
    let bytes = source.slice();
    for (const m of mutations) {
      const at = bytes.length === 0 ? 0 : m.at % bytes.length;
      if (m.kind === 'truncate') bytes = bytes.slice(0, at);
      else if (m.kind === 'flip') bytes[at] = (bytes[at] ?? 0) ^ m.bits;
      else bytes = new Uint8Array([...bytes.subarray(0, at), ...m.junk, ...bytes.subarray(at)]);
    }
    return bytes;
  }

  it('never throws anything but an imports error on damaged CSV files', () => {
    fc.assert(
      fc.property(fc.constantFrom(...csvFiles), fc.array(mutation, { minLength: 1, maxLength: 4 }), (file, mutations) =>
        expectTableOrImportsError('a.csv', mutate(file, mutations)),
      ),
      { numRuns: 2000 },
    );
  }, 20_000);

  it('never throws anything but an imports error on damaged workbooks', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => expectTableOrImportsError('a.xlsx', mutate(workbook, mutations))),
      { numRuns: 500 },
    );
  }, 20_000);
});
