/**
 * The values of a file that the desk does not read, per mapped field: each distinct value once
 * (as `normaliseHeader` compares them), with how many rows hold it and the first of them, for
 * 对应取值. One pass over the rows, a Map lookup per cell (each distinct cell text is resolved
 * once), so 100,000 rows take a moment; only the distinct values leave the store host.
 * A value longer than `MAX_VALUE_LENGTH` is not listed (nothing could be mapped to it), nor is a
 * demand that reads as a customer's own words rather than a system's (`looksLikeVocabulary`).
 */
import type { ImportField } from './fields';
import type { ImportMapping } from './mapping';
import type { ImportTable } from './table';
import { TEXT_LIMITS } from './validate';
import { LABEL_INDEXES, MAX_VALUE_LENGTH, VALUE_FIELDS, VALUES_LISTED, valueKey, type ValueField, type ValueMap } from './value-map';
import { departmentIndex, parseLabel, parseLabelList, visibleValue } from './values';

export { VALUES_LISTED };

export interface UnknownValue {
  /** The value as the file first writes it (trimmed). */
  value: string;
  /** What the value map is keyed by. */
  key: string;
  /** Rows holding it (a row with it twice in a list counts once). */
  rows: number;
  /** The first of them, as the user sees it in the file. */
  exampleRow: number;
}

export interface FieldValues {
  field: ValueField;
  /** The header of the column it is read from. */
  column: string;
  /** The most frequent first, at most `limit`. */
  values: UnknownValue[];
  /** Distinct unknown values beyond those listed. */
  more: number;
}

type Found = Map<string, UnknownValue & { lastRow: number }>;

function note(found: Found, key: string, value: string, row: number): void {
  const seen = found.get(key);
  if (!seen) found.set(key, { value, key, rows: 1, exampleRow: row, lastRow: row });
  else if (seen.lastRow !== row) {
    seen.rows += 1;
    seen.lastRow = row;
  }
}

/** The longest demand part listed: a system's word for a demand is short (快递赔付, 重新发货). */
export const DEMAND_WORD_MAX = 12;

/**
 * Whether a demand part reads as an old system's word for a demand rather than a customer's own
 * words — which hold names, amounts, phone numbers and e-mail addresses and stay the note of 其他,
 * never a key kept with the job and offered again: at most `DEMAND_WORD_MAX` characters, no digit,
 * no `@`, no more than one Latin word.
 */
export function looksLikeVocabulary(part: string): boolean {
  const text = part.normalize('NFKC');
  return [...text].length <= DEMAND_WORD_MAX && !/[\p{N}@]/u.test(text) && !/\p{Script=Latin}\s+\p{Script=Latin}/u.test(text);
}

/**
 * Each distinct cell text of a field's column → the unknown parts it holds (keys and their text).
 * A demand cell is a list (`退款、道歉`): each part is one value; a department is known when it is
 * configured.
 */
function reader(field: ValueField, departments: readonly string[]): (cell: string) => readonly [string, string][] {
  const cache = new Map<string, readonly [string, string][]>();
  const configured = departmentIndex(departments);
  const read = (cell: string): readonly string[] => {
    // A department too long to be one is refused for its length, whatever it is mapped to.
    if (field === 'department') return configured.has(valueKey(cell)) || cell.length > TEXT_LIMITS.department ? [] : [cell];
    const index = LABEL_INDEXES[field];
    if (field === 'demand') return parseLabelList(index, cell).unknown.filter(looksLikeVocabulary);
    return parseLabel(index, cell) === null ? [cell] : [];
  };
  const listed = (value: string, key: string) => key !== '' && value.length <= MAX_VALUE_LENGTH && key.length <= MAX_VALUE_LENGTH;
  return (cell) => {
    let parts = cache.get(cell);
    if (parts === undefined) {
      parts = read(cell)
        .map((part): [string, string] => [valueKey(part), visibleValue(part)])
        .filter(([key, value]) => listed(value, key));
      cache.set(cell, parts);
    }
    return parts;
  };
}

/** Rows a scan reads between two chances to give the thread back (`fieldScan`). */
const SCAN_STEP_ROWS = 500;

/**
 * The unknown values of one field read from `column` (null when it has none), as a computation
 * that pauses every `SCAN_STEP_ROWS` rows: the store host runs it paced (store/core/pacing.ts),
 * serving other calls meanwhile; `fieldUnknownValues` runs it through.
 */
export function* fieldScan(table: ImportTable, field: ValueField, column: number, departments: readonly string[], limit = VALUES_LISTED): Generator<void, FieldValues | null> {
  const partsOf = reader(field, departments);
  const found: Found = new Map();
  for (let i = 0; i < table.rows.length; i += 1) {
    if (i > 0 && i % SCAN_STEP_ROWS === 0) yield;
    // Half a row is refused whole: its cut-off value (已, 物流配) is nothing to match.
    if (i === table.cutRow) continue;
    const cell = (table.rows[i]![column] ?? '').trim();
    if (cell === '') continue;
    for (const [key, value] of partsOf(cell)) note(found, key, value, table.rowNumbers[i]!);
  }
  if (found.size === 0) return null;
  const values = [...found.values()]
    .sort((a, b) => b.rows - a.rows || a.exampleRow - b.exampleRow)
    .slice(0, limit)
    .map(({ value, key, rows, exampleRow }) => ({ value, key, rows, exampleRow }));
  return { field, column: table.headers[column] ?? '', values, more: found.size - values.length };
}

/** The unknown values of one field read from `column`; null when it has none. In one go: see `fieldScan`. */
export function fieldUnknownValues(table: ImportTable, field: ValueField, column: number, departments: readonly string[], limit = VALUES_LISTED): FieldValues | null {
  const scan = fieldScan(table, field, column, departments, limit);
  for (;;) {
    const next = scan.next();
    if (next.done) return next.value;
  }
}

/** The value fields a mapping gives a column of the table, in `VALUE_FIELDS` order, with that column. */
export function mappedValueFields(table: ImportTable, mapping: ImportMapping): [ValueField, number][] {
  return VALUE_FIELDS.flatMap((field): [ValueField, number][] => {
    const column = mapping[field as ImportField];
    return column === null || column === undefined || column < 0 || column >= table.headers.length ? [] : [[field, column]];
  });
}

/** The unknown values of every mapped value field that has any, in `VALUE_FIELDS` order. */
export function unknownValues(table: ImportTable, mapping: ImportMapping, departments: readonly string[], limit = VALUES_LISTED): FieldValues[] {
  return mappedValueFields(table, mapping).flatMap(([field, column]) => fieldUnknownValues(table, field, column, departments, limit) ?? []);
}

/** A value map as far as it concerns one file, and how the file spells each value it keeps. */
export interface FileValueMap {
  map: ValueMap;
  /** field → value key → the value as the file first writes it. */
  spelling: Partial<Record<ValueField, ReadonlyMap<string, string>>>;
}

/**
 * The part of a value map that concerns a file: only fields the mapping gives a column and the
 * values 对应取值 listed for them (`listed`, the scan of those columns: in its order, keys
 * normalised again), so nothing the file does not hold is stored with a job, audited or offered
 * to a later import. Cut from the listing, never by reading the file again: a Map lookup per entry.
 */
export function fileValueMap(listed: readonly FieldValues[], map: ValueMap): FileValueMap {
  const kept: ValueMap = {};
  const spelling: FileValueMap['spelling'] = {};
  for (const { field, values: found } of listed) {
    const entries = Object.entries(map[field] ?? {});
    if (entries.length === 0) continue;
    const targets = new Map(entries.map(([value, target]) => [valueKey(value), target]));
    const values: Record<string, string> = {};
    const spelled = new Map<string, string>();
    for (const { key, value } of found) {
      const target = targets.get(key);
      if (target === undefined) continue;
      values[key] = target;
      spelled.set(key, value);
    }
    if (spelled.size === 0) continue;
    kept[field] = values;
    spelling[field] = spelled;
  }
  return { map: kept, spelling };
}
