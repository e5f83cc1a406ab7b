/**
 * Reading delimited text as spreadsheets write it: the encoding (UTF-8, UTF-16, or the GB18030 that
 * Chinese Excel saves "CSV" in), the delimiter (comma, semicolon or tab) and RFC 4180 records with
 * Excel's leniency (text after a closing quote is kept, a quote that never closes is literal).
 */

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Delimiters a spreadsheet may have used; the full-width comma is punctuation inside Chinese text, never one. */
export const CSV_DELIMITERS = [',', '\t', ';'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** Called per record with its 1-based number (the spreadsheet row the user sees); `false` stops the parse. */
export type CsvRecordSink = (cells: string[], recordNumber: number) => boolean | void;

function hasPrefix(data: Uint8Array, ...bytes: number[]): boolean {
  return bytes.every((b, i) => data[i] === b);
}

/**
 * UTF-16 without a byte-order mark: text that is mostly ASCII has a zero in every other byte.
 * Returns the likely byte order, or null.
 */
function bomlessUtf16(data: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(data.length, 512) & ~1;
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (data[i] === 0) evenZeros += 1;
    if (data[i + 1] === 0) oddZeros += 1;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.6 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros === 0) return 'utf-16be';
  return null;
}

/** Decodes file bytes to text: BOM first, then strict UTF-8, then GB18030 (which GBK and GB2312 are subsets of). */
export function decodeText(data: Uint8Array): string {
  // The decoders drop their own byte-order mark.
  if (hasPrefix(data, 0xef, 0xbb, 0xbf)) return new TextDecoder('utf-8').decode(data);
  if (hasPrefix(data, 0xff, 0xfe)) return new TextDecoder('utf-16le').decode(data);
  if (hasPrefix(data, 0xfe, 0xff)) return new TextDecoder('utf-16be').decode(data);
  const utf16 = bomlessUtf16(data);
  if (utf16) return new TextDecoder(utf16).decode(data);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    // A UTF-8 file cut short inside its last character is still UTF-8: read as such, the cut
    // character becomes U+FFFD at the very end (see `endsInCutCharacter`), not the whole file mojibake.
    if (isUtf8CutInLastCharacter(data)) return new TextDecoder('utf-8').decode(data);
    return new TextDecoder('gb18030').decode(data);
  }
}

/** Whether all but the last 1–3 bytes are valid UTF-8 and those bytes begin a character they do not finish. */
function isUtf8CutInLastCharacter(data: Uint8Array): boolean {
  for (let cut = 1; cut <= 3 && cut < data.length; cut += 1) {
    const lead = data[data.length - cut]!;
    // The start of a character of 2–4 bytes, with fewer than it needs left after it.
    const needs = lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 && lead < 0xe0 ? 2 : 0;
    if (needs === 0) {
      // Only continuation bytes may follow the lead byte of a cut character.
      if (lead < 0x80 || lead > 0xbf) return false;
      continue;
    }
    if (needs <= cut) return false;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(data.subarray(0, data.length - cut));
      return true;
    } catch {
      return false;
    }
  }
  return false;
}

/** A text whose last character was cut (a UTF-8 file cut short, decoded by `decodeText`). */
export function endsInCutCharacter(text: string): boolean {
  return text.endsWith('\uFFFD');
}

/** What parsing noticed about the end of the text. */
export interface CsvEnd {
  /** The record in which a quote opened and never closed (read on with quotes as plain characters), if any. */
  unclosedQuoteIn: number | null;
  /** The last record when no line break ended it (the text stops in it), if so. */
  openRecord: number | null;
}

/**
 * Parses `text` into records, calling `onRecord` for each. Records end at CRLF, LF or CR outside
 * quotes; a line break right at the end of the text ends the last record rather than starting one.
 */
export function parseCsv(text: string, delimiter: string, onRecord: CsvRecordSink): CsvEnd {
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  const end: CsvEnd = { unclosedQuoteIn: null, openRecord: null };
  if (n === 0) return end;
  let i = 0;
  let record = 0;
  let cells: string[] = [];
  // Once a quote has gone unclosed to the end of the text no later quote can close either
  // (Excel would swallow the rest of the file into one cell); quotes are literal from then on.
  let quotesBroken = false;
  for (;;) {
    let value: string | null = null;
    if (!quotesBroken && text.charCodeAt(i) === QUOTE) {
      let from = i + 1;
      let parts = '';
      for (;;) {
        const q = text.indexOf('"', from);
        if (q === -1) break;
        if (text.charCodeAt(q + 1) === QUOTE) {
          parts += text.slice(from, q + 1);
          from = q + 2;
          continue;
        }
        // Like Excel, whatever follows the closing quote up to the delimiter is kept.
        let end = q + 1;
        for (let c = text.charCodeAt(end); end < n && c !== d && c !== LF && c !== CR; c = text.charCodeAt(++end));
        value = parts + text.slice(from, q) + text.slice(q + 1, end);
        i = end;
        break;
      }
      if (value === null) {
        quotesBroken = true;
        end.unclosedQuoteIn = record + 1;
      }
    }
    if (value === null) {
      let end = i;
      for (let c = text.charCodeAt(end); end < n && c !== d && c !== LF && c !== CR; c = text.charCodeAt(++end));
      value = text.slice(i, end);
      i = end;
    }
    cells.push(value);
    const c = text.charCodeAt(i);
    if (c === d) {
      i += 1;
      continue;
    }
    record += 1;
    if (i >= n) end.openRecord = record;
    if (onRecord(cells, record) === false) return end;
    cells = [];
    if (i >= n) return end;
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    if (i >= n) return end;
  }
}

/** How many records of the sample each candidate is judged on. */
const SAMPLE_RECORDS = 30;
const SAMPLE_CHARS = 64 * 1024;

/**
 * The delimiter that splits the largest share of the first records into the same number (> 1) of
 * fields; on a tie the one splitting more records so, then the one giving more fields, then the
 * order of CSV_DELIMITERS. A comma when none splits.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  let best: CsvDelimiter = ',';
  let bestShare = 0;
  let bestConsistency = 0;
  let bestWidth = 1;
  for (const delimiter of CSV_DELIMITERS) {
    const widths = new Map<number, number>();
    let seen = 0;
    parseCsv(sample, delimiter, (cells) => {
      if (cells.length === 1 && cells[0]!.trim() === '') return true;
      widths.set(cells.length, (widths.get(cells.length) ?? 0) + 1);
      seen += 1;
      return seen < SAMPLE_RECORDS;
    });
    let width = 1;
    let consistency = 0;
    for (const [w, count] of widths) {
      if (w > 1 && (count > consistency || (count === consistency && w > width))) {
        width = w;
        consistency = count;
      }
    }
    // Judged by the share of records it splits alike, then their number: a comma inside a quoted
    // cell of a semicolon file splits that cell's lines too, but not the header the same way.
    const share = seen > 0 ? consistency / seen : 0;
    if (
      share > bestShare ||
      (share === bestShare && consistency > bestConsistency) ||
      (share === bestShare && consistency === bestConsistency && consistency > 0 && width > bestWidth)
    ) {
      best = delimiter;
      bestShare = share;
      bestConsistency = consistency;
      bestWidth = width;
    }
  }
  return best;
}

/** Spreadsheets run text starting with these as a formula; exporters (ours included) guard it with an apostrophe. */
const GUARDED = /^'[=+\-@\t\r]/;

/** A cell without the formula guard an exporter put in front of it. */
export function unguardCell(cell: string): string {
  return cell.charCodeAt(0) === 39 && GUARDED.test(cell) ? cell.slice(1) : cell;
}
