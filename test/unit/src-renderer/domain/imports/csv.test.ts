import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, detectDelimiter, parseCsv, unguardCell } from '../../../../../src-renderer/domain/imports/csv';
import { encodeGbk, encodeUtf16, encodeUtf8 } from '../../../../fixtures/imports/encodings';

const FIXTURES = resolve(__dirname, '../../../../fixtures/imports');

function records(text: string, delimiter = ','): [number, string[]][] {
  const out: [number, string[]][] = [];
  parseCsv(text, delimiter, (cells, n) => void out.push([n, cells]));
  return out;
}

describe('decodeText', () => {
  const text = '投诉内容,客户\r\n快递丢件，要求赔偿,王芳';

  it('reads UTF-8 with and without a byte-order mark, dropping the mark', () => {
    expect(decodeText(encodeUtf8(text, true))).toBe(text);
    expect(decodeText(encodeUtf8(text, false))).toBe(text);
  });

  it('reads UTF-16 in either byte order by its mark', () => {
    expect(decodeText(encodeUtf16(text, true, true))).toBe(text);
    expect(decodeText(encodeUtf16(text, false, true))).toBe(text);
  });

  it('reads mostly-ASCII UTF-16 without a mark by its zero bytes', () => {
    const ascii = 'No,Name,Phone\r\n1,Wang Fang,13812345678\r\n';
    expect(decodeText(encodeUtf16(ascii, true, false))).toBe(ascii);
    expect(decodeText(encodeUtf16(ascii, false, false))).toBe(ascii);
  });

  it('reads bytes that are not UTF-8 as GB18030, as Chinese Excel saves CSV', () => {
    expect(decodeText(encodeGbk(text))).toBe(text);
    const fixture = decodeText(readFileSync(resolve(FIXTURES, 'gb18030.csv')));
    expect(fixture.split('\r\n')[0]).toBe('序号,客户姓名,手机号码,问题描述,登记时间,处理状态');
    expect(fixture).toContain('外卖送错餐，商家拒绝退款');
  });

  it('reads GB18030 four-byte sequences (characters beyond GBK)', () => {
    // 𠀀 (U+20000) is 0x95 0x32 0x82 0x36 in GB18030.
    expect(decodeText(new Uint8Array([0xd6, 0xd0, 0x95, 0x32, 0x82, 0x36]))).toBe('中𠀀');
  });
});

describe('detectDelimiter', () => {
  it('finds comma, semicolon and tab from the first lines', () => {
    expect(detectDelimiter('编号,姓名,电话\n1,王芳,138\n2,李强,139\n')).toBe(',');
    expect(detectDelimiter('编号\t姓名\t电话\n1\t王芳\t138\n')).toBe('\t');
    expect(detectDelimiter(readFileSync(resolve(FIXTURES, 'semicolon.csv'), 'utf8'))).toBe(';');
  });

  it('prefers the delimiter that splits every line alike over one that appears in the text', () => {
    // Decimal commas in a semicolon file: the comma gives 2, 3, 2 fields, the semicolon 3 every time.
    expect(detectDelimiter('Name;Amount;Note\nA;12,50;x\nB;1,5;y,z\n')).toBe(';');
    expect(detectDelimiter('a,b\n"x;y;z",1\n"p;q",2\n')).toBe(',');
    // Commas and a line break inside a quoted cell of a semicolon file (found by the round-trip property):
    // the comma splits the cell's own lines alike, but not the header; the semicolon splits every record alike.
    expect(detectDelimiter('编;期\r\n;",\r\n,"')).toBe(';');
  });

  it('never takes the full-width comma of Chinese text for a delimiter', () => {
    expect(detectDelimiter('投诉内容\n快递丢件，要求赔偿，态度差\n屏幕碎裂，要求换货，已拍照\n')).toBe(',');
    expect(detectDelimiter('内容，备注,编号\n甲，乙,1\n')).toBe(',');
  });

  it('falls back to a comma for a single column and ignores blank lines', () => {
    expect(detectDelimiter('投诉内容\n很差\n')).toBe(',');
    expect(detectDelimiter('\n\n编号;姓名\n\n1;王芳\n')).toBe(';');
    expect(detectDelimiter('')).toBe(',');
  });
});

describe('parseCsv', () => {
  it('splits records at CRLF, LF and CR, numbering them from 1', () => {
    expect(records('a,b\r\n1,2\n3,4\r5,6')).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
      [3, ['3', '4']],
      [4, ['5', '6']],
    ]);
  });

  it('keeps delimiters, doubled quotes and line breaks inside quotes, counting one record', () => {
    expect(records('"a,b","say ""hi""","line1\r\nline2\rline3"\nnext,"",x')).toEqual([
      [1, ['a,b', 'say "hi"', 'line1\r\nline2\rline3']],
      [2, ['next', '', 'x']],
    ]);
  });

  it('ends the last record at a final line break and keeps empty lines as records', () => {
    expect(records('a\n\nb\n')).toEqual([
      [1, ['a']],
      [2, ['']],
      [3, ['b']],
    ]);
    expect(records('a,\n,')).toEqual([
      [1, ['a', '']],
      [2, ['', '']],
    ]);
    expect(records('')).toEqual([]);
  });

  it('keeps text after a closing quote and quotes in the middle of a field, as Excel does', () => {
    expect(records('"ab"cd,e"f"g\n')).toEqual([[1, ['abcd', 'e"f"g']]]);
  });

  it('reads a quote that never closes as a literal character instead of swallowing the file (one that closes later does)', () => {
    expect(records('"broken,1\nnext,2\n"last,3')).toEqual([
      [1, ['broken,1\nnext,2\nlast', '3']],
    ]);
    // Only doubled quotes follow the opening one: nothing closes it, so every quote is literal.
    expect(records('"broken,1\nsay ""hi"" here,2\nlast,3')).toEqual([
      [1, ['"broken', '1']],
      [2, ['say ""hi"" here', '2']],
      [3, ['last', '3']],
    ]);
  });

  it('uses the given delimiter only', () => {
    expect(records('a;b,c\t"d;e"', ';')).toEqual([[1, ['a', 'b,c\t"d', 'e"']]]);
    expect(records('a;b,c\t"d;e"', '\t')).toEqual([[1, ['a;b,c', 'd;e']]]);
  });

  it('stops when the sink returns false', () => {
    const seen: number[] = [];
    parseCsv('1\n2\n3\n4\n', ',', (_, n) => {
      seen.push(n);
      return n < 2;
    });
    expect(seen).toEqual([1, 2]);
  });
});

describe('unguardCell', () => {
  it("drops the apostrophe exporters put before formula-like text, and only that", () => {
    expect(unguardCell("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(unguardCell("'+8613812345678")).toBe('+8613812345678');
    expect(unguardCell("'-5")).toBe('-5');
    expect(unguardCell("'@home")).toBe('@home');
    expect(unguardCell("'quoted'")).toBe("'quoted'");
    expect(unguardCell("'")).toBe("'");
    expect(unguardCell('=1')).toBe('=1');
  });
});
