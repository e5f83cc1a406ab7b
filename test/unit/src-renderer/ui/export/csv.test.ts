import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { encodeCsv } from '../../../../../src-renderer/ui/export/csv';
import type { Cell, Row, Sheet } from '../../../../../src-renderer/ui/export/sheet';
import { loadComplaintTexts } from '../../../../fixtures/reviews';
import { makeRows, pagedSource, toBatches } from './helpers';

const columns = (...headers: string[]) => headers.map((header) => ({ header }));

function sheetOf(headers: string[], rows: readonly Row[], batchSize = 1000): Sheet {
  return { name: 'cases', columns: columns(...headers), rows: toBatches(rows, batchSize) };
}

/** Decodes like Excel does: the BOM selects UTF-8 and is not part of the text. */
const decode = (bytes: Uint8Array): string => new TextDecoder('utf-8').decode(bytes);

function parse(bytes: Uint8Array): string[][] {
  const result = Papa.parse<string[]>(decode(bytes), { delimiter: ',', newline: '\r\n', skipEmptyLines: false });
  expect(result.errors).toEqual([]);
  // The trailing CRLF ends the last record; Papa reports it as one empty row.
  expect(result.data.at(-1)).toEqual(['']);
  return result.data.slice(0, -1);
}

/** What a text cell must read back as: formula starters neutralised by a leading apostrophe. */
const guarded = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

describe('encodeCsv', () => {
  it('starts with a UTF-8 BOM and ends every record with CRLF', async () => {
    const bytes = await encodeCsv(sheetOf(['编号', '标题'], [['TS-20261123-0001', '快递丢件']]));
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const text = decode(bytes);
    expect(text).toBe('编号,标题\r\nTS-20261123-0001,快递丢件\r\n');
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('quotes quotes, commas, line breaks and keeps Chinese and emoji intact', async () => {
    const nasty = [
      'say "hello"',
      'a,b',
      'line1\nline2',
      'line1\r\nline2',
      '"',
      ',',
      '',
      ' padded ',
      '投诉：商品破损，要求退款"赔偿"',
      '😀👍🏽 家人们',
      "it's",
    ];
    const rows = nasty.map((text, i) => [text, i]);
    const data = parse(await encodeCsv(sheetOf(['text', 'n'], rows)));
    expect(data[0]).toEqual(['text', 'n']);
    expect(data.slice(1)).toEqual(nasty.map((text, i) => [text, String(i)]));
  });

  it('round-trips real complaint texts', async () => {
    const texts = loadComplaintTexts().slice(0, 2000);
    const data = parse(await encodeCsv(sheetOf(['描述'], texts.map((t) => [t]), 300)));
    expect(data.slice(1).map((r) => r[0])).toEqual(texts.map(guarded));
  });

  it('round-trips arbitrary text and numbers through a CSV parser', async () => {
    const cell = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(cell, cell), { maxLength: 20 }), async (rows) => {
        const data = parse(await encodeCsv(sheetOf(['a', 'b'], rows, 7)));
        const expected = rows.map((row) => row.map((c) => (typeof c === 'number' ? String(c) : guarded(c))));
        expect(data.slice(1)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('neutralises text that a spreadsheet would run as a formula, but not numbers', async () => {
    const rows: Row[] = [
      ['=HYPERLINK("http://x","点我")'],
      ['+8613800000000'],
      ['-1+2'],
      ['@SUM(A1)'],
      ['\t=1'],
      ['\r=1'],
      ['a=1'],
      [-5],
      [1.5],
    ];
    const data = parse(await encodeCsv(sheetOf(['=header'], rows)));
    expect(data.map((r) => r[0])).toEqual([
      "'=header",
      `'=HYPERLINK("http://x","点我")`,
      "'+8613800000000",
      "'-1+2",
      "'@SUM(A1)",
      "'\t=1",
      "'\r=1",
      'a=1',
      '-5',
      '1.5',
    ]);
  });

  it('writes dates as local YYYY-MM-DD HH:mm, nulls and missing cells as empty', async () => {
    const rows: Row[] = [
      [new Date(2026, 0, 2, 8, 30, 59), null, Number.NaN],
      // 16:05 UTC is 00:05 the next day in Beijing.
      [new Date(Date.UTC(2026, 0, 1, 16, 5)), 0, Number.POSITIVE_INFINITY],
      [new Date(Number.NaN)],
    ];
    const text = decode(await encodeCsv(sheetOf(['at', 'n', 'x'], rows)));
    expect(text).toBe('at,n,x\r\n2026-01-02 08:30,,\r\n2026-01-02 00:05,0,\r\n,,\r\n');
  });

  it('ignores cells beyond the columns', async () => {
    const text = decode(await encodeCsv(sheetOf(['a'], [['x', 'extra']])));
    expect(text).toBe('a\r\nx\r\n');
  });

  it('writes one line per row for a large export, from an async source', async () => {
    const count = 20_000;
    const rows = makeRows(count, 15, (r, c): Cell => (c === 0 ? `TS-${r}` : c % 3 === 0 ? r * c : c % 3 === 1 ? `备注 ${r},${c}` : null));
    const source = pagedSource(rows, 1000);
    const headers = Array.from({ length: 15 }, (_, c) => `col${c}`);
    const text = decode(await encodeCsv({ name: 'all', columns: columns(...headers), rows: source.rows }));
    const lines = text.split('\r\n');
    expect(lines).toHaveLength(count + 2); // header, rows, and the empty rest after the last CRLF
    expect(lines.at(-1)).toBe('');
    expect(lines[count]).toBe(
      'TS-19999,"备注 19999,1",,59997,"备注 19999,4",,119994,"备注 19999,7",,179991,"备注 19999,10",,239988,"备注 19999,13",',
    );
    expect(source.state).toEqual({ pulled: 20, closed: true });
  });

  it('reports increasing progress with the total the caller gave', async () => {
    const calls: [number, number | undefined][] = [];
    const rows = makeRows(2500, 2, (r) => r);
    const batches = [...toBatches(rows.slice(0, 1000), 1000), [], ...toBatches(rows.slice(1000), 1000)];
    await encodeCsv(
      { name: 'p', columns: columns('a', 'b'), rows: batches, totalRows: 2500 },
      { onProgress: (done, total) => calls.push([done, total]) },
    );
    expect(calls).toEqual([
      [1000, 2500],
      [2000, 2500],
      [2500, 2500],
    ]);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const source = pagedSource(makeRows(10, 1, (r) => r), 5);
    const controller = new AbortController();
    controller.abort(new Error('cancelled by user'));
    await expect(encodeCsv({ name: 'x', columns: columns('a'), rows: source.rows }, { signal: controller.signal })).rejects.toThrow(
      'cancelled by user',
    );
    expect(source.state.pulled).toBe(0);
  });

  it('stops pulling batches and closes the source when aborted midway', async () => {
    const source = pagedSource(makeRows(10_000, 1, (r) => r), 1000);
    const controller = new AbortController();
    const export_ = encodeCsv(
      { name: 'x', columns: columns('a'), rows: source.rows },
      { signal: controller.signal, onProgress: (done) => done >= 3000 && controller.abort() },
    );
    await expect(export_).rejects.toMatchObject({ name: 'AbortError' });
    expect(source.state).toEqual({ pulled: 3, closed: true });
  });
});
