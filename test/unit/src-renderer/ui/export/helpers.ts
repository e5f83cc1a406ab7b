/**
 * Test helpers for the spreadsheet writers: row sources shaped like the
 * store paging, and a reader that opens an .xlsx the way a spreadsheet does.
 */
import { strFromU8, unzipSync } from 'fflate';
import type { Cell, Row, RowBatch } from '../../../../../src-renderer/ui/export/sheet';

export const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** Splits rows into batches like the store host's windows. */
export function toBatches(rows: readonly Row[], size: number): RowBatch[] {
  const batches: RowBatch[] = [];
  for (let i = 0; i < rows.length; i += size) batches.push(rows.slice(i, i + size));
  return batches;
}

/** An async source that records how far it was pulled and whether it was closed. */
export function pagedSource(rows: readonly Row[], size: number) {
  const state = { pulled: 0, closed: false };
  async function* generate(): AsyncGenerator<RowBatch> {
    try {
      for (const batch of toBatches(rows, size)) {
        await new Promise((resolve) => setTimeout(resolve, 0)); // like a round trip to the store host
        state.pulled += 1;
        yield batch;
      }
    } finally {
      state.closed = true;
    }
  }
  return { rows: generate(), state };
}

export function makeRows(count: number, width: number, cell: (row: number, col: number) => Cell): Row[] {
  return Array.from({ length: count }, (_, r) => Array.from({ length: width }, (_, c) => cell(r, c)));
}

export interface ReadCell {
  ref: string;
  style: number;
  type: string | null;
  /** Text of an inline string (Excel's `_xHHHH_` escapes decoded), or the raw `<v>`. */
  value: string;
}

export interface ReadWorkbook {
  files: Record<string, Uint8Array>;
  /** Every part parsed; parsing fails the test when a part is not well-formed XML. */
  xml: (path: string) => Document;
  cells: Map<string, ReadCell>;
  sheet: Document;
}

function parseXml(path: string, text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw new Error(`${path} is not well-formed XML`);
  return doc;
}

/** What Excel does with `_xHHHH_` in text. */
function decodeExcelEscapes(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

export function readXlsx(bytes: Uint8Array): ReadWorkbook {
  const files = unzipSync(bytes);
  const docs = new Map<string, Document>();
  const xml = (path: string): Document => {
    const file = files[path];
    if (!file) throw new Error(`missing part ${path}`);
    const cached = docs.get(path) ?? parseXml(path, strFromU8(file));
    docs.set(path, cached);
    return cached;
  };
  const sheet = xml('xl/worksheets/sheet1.xml');
  return { files, xml, cells: cellsOf(sheet), sheet };
}

function cellsOf(doc: Document): Map<string, ReadCell> {
  const cells = new Map<string, ReadCell>();
  for (const c of Array.from(doc.getElementsByTagNameNS(NS_MAIN, 'c'))) {
    const type = c.getAttribute('t');
    const texts = Array.from(c.getElementsByTagNameNS(NS_MAIN, 't'));
    const value =
      type === 'inlineStr'
        ? decodeExcelEscapes(texts.map((t) => t.textContent ?? '').join(''))
        : (c.getElementsByTagNameNS(NS_MAIN, 'v')[0]?.textContent ?? '');
    const ref = c.getAttribute('r') ?? '';
    cells.set(ref, { ref, style: Number(c.getAttribute('s') ?? 0), type, value });
  }
  return cells;
}

/**
 * For sheets too big for jsdom's DOM (it needs minutes for 20k rows): counts
 * the rows in the text and parses only the last one and the autofilter.
 */
export function readLargeSheet(bytes: Uint8Array): { rows: number; lastRow: Map<string, ReadCell>; autoFilter: string | null } {
  const file = unzipSync(bytes, { filter: (f) => f.name === 'xl/worksheets/sheet1.xml' })['xl/worksheets/sheet1.xml'];
  if (!file) throw new Error('missing sheet1.xml');
  const text = strFromU8(file);
  const start = text.lastIndexOf('<row ');
  const end = text.indexOf('</row>', start) + '</row>'.length;
  const lastRow = parseXml('last row', `<sheetData xmlns="${NS_MAIN}">${text.slice(start, end)}</sheetData>`);
  return {
    rows: text.match(/<row /g)?.length ?? 0,
    lastRow: cellsOf(lastRow),
    autoFilter: /<autoFilter ref="([^"]+)"\/>/.exec(text)?.[1] ?? null,
  };
}

export function firstByTag(doc: Document, tag: string): Element {
  const element = doc.getElementsByTagNameNS(NS_MAIN, tag)[0];
  if (!element) throw new Error(`no <${tag}>`);
  return element;
}

/** The cells of worksheet `n` (1-based) of a workbook read with `readXlsx`. */
export function sheetCells(book: ReadWorkbook, n: number): Map<string, ReadCell> {
  return cellsOf(book.xml(`xl/worksheets/sheet${n}.xml`));
}
