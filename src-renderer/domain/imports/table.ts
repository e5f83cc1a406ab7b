/**
 * A file of historical complaints read into a table of text cells: the header row, the data rows
 * (fully empty ones dropped) and, for each, the row number the user sees in the spreadsheet, so
 * errors can point at it. CSV and XLSX alike; every failure is a DeskError with an `imports.` code.
 */
import { DeskError } from '../common/errors';
import { decodeText, detectDelimiter, endsInCutCharacter, parseCsv, unguardCell, type CsvEnd } from './csv';
import { autoMap } from './mapping';
import { parseInstant } from './values';
import { readXlsx, type RowSink } from './xlsx-read';

/** A sheet or CSV file read into text cells; `rowNumbers[i]` is the row number the user sees for `rows[i]`. */
export interface ImportTable {
  /** Header cells, trimmed; empty ones stay ''. As many as the columns that hold any value. */
  headers: string[];
  /** Data rows, cells as written; each at least as long as `headers` (padded with ''), blank cells beyond kept. */
  rows: string[][];
  /** 1-based row number of each data row as the user sees it in the file (the header is row 1 unless rows precede it). */
  rowNumbers: number[];
  /** Sheet names in tab order; empty for CSV. */
  sheetNames: string[];
  /** Index of the sheet read (0 for CSV). */
  sheet: number;
  /**
   * Index in `rows` of a last row the file stops in the middle of (a CSV cut short: see `isCut`);
   * the check refuses that row rather than import half of it.
   */
  cutRow?: number;
}

export const MAX_IMPORT_ROWS = 200_000;
export const MAX_IMPORT_COLUMNS = 200;
/**
 * Rows above the header that may be skipped: a title ("2025年投诉台账"), an export note
 * ("导出时间：…"), a row of group names over merged cells ("客户信息" above 姓名 and 电话).
 */
const MAX_TITLE_ROWS = 5;
/**
 * Column names a row below the first must be recognised by to be taken as the header: one match
 * is too easily a title ("客户投诉") or a group name ("客户信息") to move the header for.
 */
const MIN_HEADER_MATCHES = 2;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b];

function startsWith(data: Uint8Array, signature: readonly number[]): boolean {
  return data.length >= signature.length && signature.every((b, i) => data[i] === b);
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot === -1 ? '' : fileName.slice(dot + 1).toLowerCase();
}

const LETTER = /\p{L}/u;
const DIGIT = /\d/;

function isBlank(cell: string): boolean {
  return cell.trim() === '';
}

/** Index after the last non-blank cell. */
function filledWidth(cells: readonly string[]): number {
  let width = cells.length;
  while (width > 0 && isBlank(cells[width - 1]!)) width -= 1;
  return width;
}

function nonBlankCount(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) if (!isBlank(cell)) count += 1;
  return count;
}

interface Collected {
  rows: string[][];
  numbers: number[];
}

/**
 * A sink that keeps the non-empty rows and refuses early when a file is far too big, before
 * it has all been held in memory.
 */
function collector(): { sink: RowSink; collected: Collected } {
  const collected: Collected = { rows: [], numbers: [] };
  const sink: RowSink = (cells, rowNumber) => {
    const width = filledWidth(cells);
    if (width === 0) return;
    if (width > MAX_IMPORT_COLUMNS) throw new DeskError({ code: 'imports.tooManyColumns', params: { max: MAX_IMPORT_COLUMNS } });
    // The header and any title rows come on top of the data rows.
    if (collected.rows.length >= MAX_IMPORT_ROWS + 1 + MAX_TITLE_ROWS) {
      throw new DeskError({ code: 'imports.tooManyRows', params: { max: MAX_IMPORT_ROWS } });
    }
    collected.rows.push(cells);
    collected.numbers.push(rowNumber);
  };
  return { sink, collected };
}

/**
 * The header when no row is recognised by its column names: the first row, unless it holds a
 * single cell (a title) while one of the next rows has several; up to MAX_TITLE_ROWS such rows
 * are skipped.
 */
function headerBySingleCellTitles(rows: readonly string[][]): number {
  let index = 0;
  while (index < MAX_TITLE_ROWS && index + 1 < rows.length && nonBlankCount(rows[index]!) === 1) {
    const later = rows.slice(index + 1, index + 1 + MAX_TITLE_ROWS);
    if (!later.some((row) => nonBlankCount(row) > 1)) break;
    index += 1;
  }
  return index;
}

/** A number, phone number or date: what data rows hold and column names never are. */
function looksLikeValue(cell: string): boolean {
  const text = cell.trim();
  return (DIGIT.test(text) && !LETTER.test(text)) || parseInstant(text) !== null;
}

/** How many import fields a row's cells would be mapped to if it were the header. */
function recognisedFields(row: readonly string[]): number {
  return Object.values(autoMap(row.map((cell) => cell.trim()))).filter((column) => column !== null).length;
}

/**
 * Where the header is. Titles above it may have several cells (a title and an export time) and
 * group rows over merged cells several names, so the cell count alone cannot tell: the header
 * is the row among the first ones whose names the mapping recognises most, the upper one on a
 * tie. A later row that holds values is data, never the header. When no row is recognised
 * enough (English or unknown names), the first row is, after single-cell titles.
 */
function headerIndex(rows: readonly string[][]): number {
  let best = -1;
  let bestCount = MIN_HEADER_MATCHES - 1;
  rows.slice(0, MAX_TITLE_ROWS + 1).forEach((row, index) => {
    if (index > 0 && row.some(looksLikeValue)) return;
    const count = recognisedFields(row);
    if (count > bestCount) {
      best = index;
      bestCount = count;
    }
  });
  return best === -1 ? headerBySingleCellTitles(rows) : best;
}

/** How a CSV text ended (`parseCsv`), and whether its last character was cut (`endsInCutCharacter`). */
interface TextEnd extends CsvEnd {
  cutCharacter: boolean;
}

/**
 * Whether the last data row is cut short (see `ImportTable.cutRow`), from the rows as parsed
 * (before padding): a quote opened in it and never closed; or the text stops in it (no line break
 * after it) in the middle of a character, or with fewer cells than the header while every other
 * data row has them all (a program that leaves out empty trailing cells writes every row short).
 */
function isCut(header: readonly string[], dataRows: readonly string[][], lastNumber: number, end: TextEnd): boolean {
  if (end.unclosedQuoteIn === lastNumber) return true;
  if (end.openRecord !== lastNumber) return false;
  if (end.cutCharacter) return true;
  const last = dataRows.length - 1;
  return last >= 1 && dataRows[last]!.length < header.length && dataRows.slice(0, last).every((row) => row.length >= header.length);
}

function finish({ rows, numbers }: Collected, sheetNames: string[], sheet: number, textEnd: TextEnd | null = null): ImportTable {
  if (rows.length === 0) throw new DeskError({ code: 'imports.empty' });
  const at = headerIndex(rows);
  const header = rows[at]!;
  // A header names columns; a first row of only numbers and dates is data, and the file has no header.
  if (!header.some((cell) => LETTER.test(cell))) throw new DeskError({ code: 'imports.noHeader' });
  const dataRows = rows.slice(at + 1);
  // Not an empty file: an export that found nothing to export, which the message must not confuse with a failed one.
  if (dataRows.length === 0) throw new DeskError({ code: 'imports.noRows' });
  if (dataRows.length > MAX_IMPORT_ROWS) throw new DeskError({ code: 'imports.tooManyRows', params: { max: MAX_IMPORT_ROWS } });
  const cut = textEnd !== null && isCut(header, dataRows, numbers.at(-1)!, textEnd);
  let width = filledWidth(header);
  for (const row of dataRows) width = Math.max(width, filledWidth(row));
  const headers = header.slice(0, width).map((cell) => cell.trim());
  while (headers.length < width) headers.push('');
  for (const row of dataRows) while (row.length < width) row.push('');
  return { headers, rows: dataRows, rowNumbers: numbers.slice(at + 1), sheetNames, sheet, ...(cut ? { cutRow: dataRows.length - 1 } : {}) };
}

function readCsvTable(data: Uint8Array): ImportTable {
  const text = decodeText(data);
  // Text files hold no NUL characters; a binary file given a .csv name does.
  if (text.includes('\u0000')) throw new DeskError({ code: 'imports.unreadable', params: { detail: 'binary' } });
  const { sink, collected } = collector();
  const end = parseCsv(text, detectDelimiter(text), (cells, recordNumber) => {
    for (let i = 0; i < cells.length; i += 1) cells[i] = unguardCell(cells[i]!);
    sink(cells, recordNumber);
  });
  return finish(collected, [], 0, { ...end, cutCharacter: endsInCutCharacter(text) });
}

function readXlsxTable(data: Uint8Array, sheet: number): ImportTable {
  const { sink, collected } = collector();
  const sheets = readXlsx(data, sheet, sink);
  try {
    return finish(collected, sheets.sheetNames, sheets.sheet);
  } catch (error) {
    // Said of the sheet, not of the file, when the workbook has others to choose from (a one-line cover note is no table either).
    const empty = error instanceof DeskError && (error.data.code === 'imports.empty' || error.data.code === 'imports.noRows');
    if (empty && sheets.sheetNames.length > 1) {
      // Kept for the search of the first sheet with a table: a workbook of header-only sheets has no rows, it is not empty.
      const headerOnly: Record<string, number> = (error as DeskError).data.code === 'imports.noRows' ? { headerOnly: 1 } : {};
      throw new DeskError({ code: 'imports.emptySheet', params: { sheet: sheets.sheetNames[sheets.sheet] ?? '', ...headerOnly } });
    }
    throw error;
  }
}

/**
 * The sheet asked for; without one, the first sheet that holds a table: workbooks from other
 * systems and hand-kept ledgers often open with a blank sheet or a one-line cover note.
 */
function readWorkbook(data: Uint8Array, sheet: number | undefined): ImportTable {
  if (sheet !== undefined) return readXlsxTable(data, sheet);
  let headerOnly = false;
  for (let next = 0; ; next += 1) {
    try {
      return readXlsxTable(data, next);
    } catch (error) {
      if (!(error instanceof DeskError)) throw error;
      // Past the last sheet, every one was empty: so is the workbook (or it has a header and no rows).
      if (error.data.code === 'imports.sheetMissing' && next > 0) throw new DeskError({ code: headerOnly ? 'imports.noRows' : 'imports.empty' });
      if (error.data.code !== 'imports.emptySheet') throw error;
      if (error.data.params?.headerOnly === 1) headerOnly = true;
    }
  }
}

function read(fileName: string, data: Uint8Array, sheet: number | undefined): ImportTable {
  const extension = extensionOf(fileName);
  if (extension === 'xlsx' || extension === 'xlsm') {
    // Excel keeps a password-protected workbook in an OLE compound file, not a ZIP.
    if (startsWith(data, OLE_SIGNATURE)) throw new DeskError({ code: 'imports.encrypted' });
    if (data.length === 0) throw new DeskError({ code: 'imports.empty' });
    // Often a CSV given an .xlsx name: said so, not as a broken ZIP.
    if (!startsWith(data, ZIP_SIGNATURE)) throw new DeskError({ code: 'imports.notWorkbook', params: { name: fileName } });
    return readWorkbook(data, sheet);
  }
  if (extension === 'csv' || extension === 'txt' || extension === 'tsv') {
    if (data.length === 0) throw new DeskError({ code: 'imports.empty' });
    return readCsvTable(data);
  }
  throw new DeskError({ code: 'imports.unsupportedType', params: { name: fileName } });
}

/** Reads a .csv/.txt/.xlsx file. Throws DeskError (domain/common/errors) with codes under `imports.`. */
export function readTable(fileName: string, data: Uint8Array, options?: { sheet?: number }): ImportTable {
  try {
    return read(fileName, data, options?.sheet);
  } catch (error) {
    if (error instanceof DeskError && error.data.code.startsWith('imports.')) throw error;
    // A broken ZIP, a bad deflate stream or a part too big to decode: the file cannot be read.
    const detail = error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200);
    throw new DeskError({ code: 'imports.unreadable', params: { detail } });
  }
}
