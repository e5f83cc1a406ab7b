/**
 * CSV export (RFC 4180) for Excel and WPS users: UTF-8 with a BOM, without
 * which Excel reads the file as the ANSI code page and garbles Chinese.
 */
import { concatBytes, forEachBatch, formatLocalDateTime, type Cell, type ExportOptions, type Row, type Sheet } from './sheet';

const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);
const EOL = '\r\n';

/** Spreadsheets run text starting with these as a formula (CSV injection, OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** A text cell as it must appear in the file: formula-guarded, then quoted when needed. */
export function csvText(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function csvCell(cell: Cell | undefined): string {
  if (cell == null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (cell instanceof Date) return formatLocalDateTime(cell);
  return csvText(cell);
}

function csvLine(row: Row, width: number): string {
  let line = '';
  for (let i = 0; i < width; i += 1) line += i === 0 ? csvCell(row[i]) : `,${csvCell(row[i])}`;
  return line + EOL;
}

/**
 * Encodes the sheet as CSV. Each batch becomes one string and is encoded at
 * once, so the text of the whole export never exists as one string.
 */
export async function encodeCsv(sheet: Sheet, options: ExportOptions = {}): Promise<Uint8Array> {
  const width = sheet.columns.length;
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [BOM, encoder.encode(csvLine(sheet.columns.map((c) => c.header), width))];
  await forEachBatch(sheet, options, (batch) => {
    const lines: string[] = [];
    for (const row of batch) lines.push(csvLine(row, width));
    chunks.push(encoder.encode(lines.join('')));
  });
  return concatBytes(chunks);
}
