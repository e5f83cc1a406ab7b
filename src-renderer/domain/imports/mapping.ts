/**
 * Which column of an imported file feeds which case field, guessed from the header names in
 * Chinese or English (HEADER_SYNONYMS); the user confirms or corrects the guess before importing.
 */
import { HEADER_SYNONYMS, IMPORT_FIELDS, normaliseHeader, type ImportField } from './fields';

/** Which column feeds which case field (field → column index, or null when no column does). */
export type ImportMapping = Record<ImportField, number | null>;

export function emptyMapping(): ImportMapping {
  return Object.fromEntries(IMPORT_FIELDS.map((field) => [field, null])) as ImportMapping;
}

const ASCII_WORD = /^[a-z0-9]+$/;

/**
 * Headers that contain a synonym but name something else: the party complained about (被投诉方),
 * parcel numbers, row counters, follow-up call columns, bank accounts, the shop a purchase was made on. They are only ever mapped by hand.
 */
const NOT_CONTAINED = /被投诉|快递单号|运单号|物流单号|序号|回访|银行账号|收款账号|销售平台|购买平台|下单平台|电商平台/;

/**
 * Synonyms that qualify rather than name: in `customerPhone` or `Closed Date` the other word says
 * what the column holds. Inside a longer header they yield to any specific synonym.
 */
const GENERIC = new Set(['customer', 'name', 'date', 'no', 'number', 'type', 'value', 'text', 'item', 'order', '客户', '日期', '内容', '编号']);

interface Synonym {
  field: ImportField;
  text: string;
}

/** Every synonym normalised once, longest first. */
const SYNONYMS: readonly Synonym[] = IMPORT_FIELDS.flatMap((field) =>
  HEADER_SYNONYMS[field].map((synonym) => ({ field, text: normaliseHeader(synonym) })),
)
  .filter((s) => s.text !== '')
  .sort((a, b) => b.text.length - a.text.length);

const EXACT = new Map<string, ImportField>();
for (const { field, text } of [...SYNONYMS].reverse()) EXACT.set(text, field);

/**
 * The header's Latin words, lower case: `Customer Phone`, `customer_phone` and `customerPhone`
 * all give ['customer', 'phone']. CJK characters separate words too.
 */
function latinWords(header: string): string[] {
  return header
    .normalize('NFKC')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * Whether an English synonym names the header: it must be whole words (`phone` in `Phone No`,
 * not `no` in `notes`), as a run of the header's words joined (`customername`).
 */
function containsWords(words: readonly string[], synonym: string): boolean {
  for (let from = 0; from < words.length; from += 1) {
    let joined = '';
    for (let to = from; to < words.length && joined.length < synonym.length; to += 1) {
      joined += words[to];
      if (joined === synonym) return true;
    }
  }
  return false;
}

/**
 * A Chinese synonym names the header when it covers at least half of it: `联系电话` in
 * `客户联系电话`, but not `客户` in `客户满意度评价`.
 */
function containsText(normalised: string, synonym: string): boolean {
  return synonym.length * 2 >= normalised.length && normalised.includes(synonym);
}

/**
 * Guesses the mapping: first every header that equals a synonym, then each remaining header to
 * the field of the longest synonym it contains (specific ones before GENERIC ones). A column feeds at most one field and a field
 * takes at most one column (the leftmost when several match equally); empty headers map nothing.
 */
export function autoMap(headers: string[]): ImportMapping {
  const mapping = emptyMapping();
  const normalised = headers.map((h) => normaliseHeader(h));
  const usedColumns = new Set<number>();

  normalised.forEach((header, column) => {
    const field = header === '' ? undefined : EXACT.get(header);
    if (field !== undefined && mapping[field] === null) {
      mapping[field] = column;
      usedColumns.add(column);
    }
  });

  const candidates: { field: ImportField; column: number; rank: number }[] = [];
  normalised.forEach((header, column) => {
    if (header === '' || usedColumns.has(column) || NOT_CONTAINED.test(header)) return;
    const words = latinWords(headers[column]!);
    // Each field once per column, at its best rank for this header.
    const best = new Map<ImportField, number>();
    for (const { field, text } of SYNONYMS) {
      if (mapping[field] !== null) continue;
      const matches = ASCII_WORD.test(text) ? containsWords(words, text) : containsText(header, text);
      const rank = text.length + (GENERIC.has(text) ? 0 : 1000);
      if (matches && rank > (best.get(field) ?? -1)) best.set(field, rank);
    }
    for (const [field, rank] of best) candidates.push({ field, column, rank });
  });
  candidates.sort((a, b) => b.rank - a.rank || a.column - b.column);
  for (const { field, column } of candidates) {
    if (mapping[field] !== null || usedColumns.has(column)) continue;
    mapping[field] = column;
    usedColumns.add(column);
  }
  return mapping;
}
