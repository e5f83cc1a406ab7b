/**
 * How a report table shares the width of the paper. A browser's table grows past its page when its
 * columns' narrowest widths (each column's longest unbreakable word) add up to more than the page:
 * Chromium then clips the print at the page's edge. So on paper each column's words are kept whole
 * only up to a share of the table's width, the shares adding up to no more than the whole; within
 * its share a word is never broken, past it (a page too narrow for every column's longest word) it
 * breaks as a last resort. A column of free text (a customer's name, an outcome) wraps wherever it
 * must instead, and takes no share of its own beyond its heading's.
 */

/** What one column of a table holds, as printed. */
export interface PaperColumn {
  header: string;
  /** The cells' text as printed; a free-text column's does not count. */
  cells: string[];
  /** Each cell kept on one line where there is room (a case number, a date and its time). */
  whole: boolean;
  /** Short words kept whole, CJK too (word-break: keep-all). */
  keepAll: boolean;
  /** Free text, wrapping anywhere: its cells claim no share. */
  flows: boolean;
}

/** An ideographic, kana, hangul or full-width character: as wide as the font is high; other characters about half. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
/** Latin letters, digits and marks by their width in a sans-serif font (DejaVu Sans, Segoe UI), in em, roughly. */
function narrowEm(char: string): number {
  if (/[iljtfrI.,:;!|'’\-\s]/.test(char)) return 0.36;
  if (/[mwMW%]/.test(char)) return 0.92;
  if (/[A-Z0-9]/.test(char)) return 0.68;
  return 0.6;
}
/** Headings are bold, if a size smaller than the values (print.module.css). */
const HEADER_FACTOR = 1;

/** The estimated width of `text` on one line, in em. */
export function charsEm(text: string): number {
  let em = 0;
  for (const char of text) em += WIDE.test(char) ? 1 : narrowEm(char);
  return em;
}

/**
 * The estimated width, in em, of the longest run of `text` a line cannot break inside: words
 * between blanks, and each CJK character on its own unless `keepAll`.
 */
export function longestWordEm(text: string, keepAll: boolean): number {
  let longest = 0;
  for (const word of text.split(/[ \t\r\n]+/)) {
    const runs = keepAll ? [word] : word.split(WIDE).concat(word.match(new RegExp(WIDE.source, 'g')) ?? []);
    for (const run of runs) longest = Math.max(longest, charsEm(run));
  }
  return longest;
}

/** What the table's width is shared out by: see ReportTableView.module.css. */
export interface PaperWidths {
  /** Each column's share (adding up to 1) of the width the values kept on one line leave. */
  shares: number[];
  /** Each column's values kept on one line (a case number, a date): their width in em, 0 for none. */
  wholeEm: number[];
  /** All of those together. */
  totalWholeEm: number;
}

/**
 * How the width of the paper is shared out. First the values kept on one line (a case number, a
 * date) take what they need, as long as there is room for them all: they are broken last. The rest
 * is shared among the columns in proportion to the longest word each keeps whole: its heading's
 * (bold), and its cells' unless it is free text. A column that keeps nothing whole still gets a little.
 */
export function paperWidths(columns: PaperColumn[]): PaperWidths {
  const wholeEm = columns.map((column) => (column.whole ? Math.max(0, ...column.cells.map((cell) => charsEm(cell))) : 0));
  // A column of values kept whole has their width for its heading too: it takes no share.
  const words = columns.map((column, c) =>
    wholeEm[c]! > 0 ? 0 : Math.max(
      1,
      longestWordEm(column.header, true) * HEADER_FACTOR,
      ...(column.flows || column.whole ? [] : column.cells.map((cell) => longestWordEm(cell, column.keepAll))),
    ),
  );
  const total = words.reduce((sum, width) => sum + width, 0);
  return { shares: words.map((width) => width / total), wholeEm, totalWholeEm: wholeEm.reduce((sum, width) => sum + width, 0) };
}
