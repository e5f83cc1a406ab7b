/**
 * 对应取值: what the user says an old system's values mean — `快递问题` is 物流配送, `A级` is 重大 —
 * for the values the desk's labels and synonyms (labels.ts) do not read. Per field, keyed by the
 * value after `normaliseHeader` (as labels are compared), so `快递问题 ` and `快递问题` are one.
 * Checked in the store host against each field's own values (and the configured departments).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { CATEGORIES, CHANNELS, CUSTOMER_TYPES, DEMANDS, SEVERITIES, SOCIAL_PLATFORMS } from '../cases/vocabulary';
import type { FieldError } from '../common/errors';
import { normaliseHeader } from './fields';
import {
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  CUSTOMER_TYPE_LABELS,
  DEMAND_LABELS,
  SEVERITY_LABELS,
  SOCIAL_PLATFORM_LABELS,
  STATUS_LABELS,
  type ImportStatus,
} from './labels';
import { labelIndex, valueKey, type LabelIndex } from './values';

/** Fields read by a list of values; each may be given a value map. */
export const VALUE_FIELDS = ['channel', 'customerType', 'socialPlatform', 'demand', 'severity', 'category', 'department', 'status'] as const;
export type ValueField = (typeof VALUE_FIELDS)[number];
/** Fields whose values are the desk's vocabularies (department is the configured list). */
export type VocabularyField = Exclude<ValueField, 'department'>;

export const IMPORT_STATUSES: readonly ImportStatus[] = ['open', 'closed', 'redirected'];

/** Each vocabulary field's codes and how files write them. */
export const VOCABULARIES: { [F in VocabularyField]: { codes: readonly string[]; labels: Record<string, readonly string[]> } } = {
  channel: { codes: CHANNELS, labels: CHANNEL_LABELS },
  customerType: { codes: CUSTOMER_TYPES, labels: CUSTOMER_TYPE_LABELS },
  socialPlatform: { codes: SOCIAL_PLATFORMS, labels: SOCIAL_PLATFORM_LABELS },
  demand: { codes: DEMANDS, labels: DEMAND_LABELS },
  severity: { codes: SEVERITIES, labels: SEVERITY_LABELS },
  category: { codes: CATEGORIES, labels: CATEGORY_LABELS },
  status: { codes: IMPORT_STATUSES, labels: STATUS_LABELS },
};

/** The label indexes the check reads cells by; built once. */
export const LABEL_INDEXES: { [F in VocabularyField]: LabelIndex<string> } = Object.fromEntries(
  Object.entries(VOCABULARIES).map(([field, { labels }]) => [field, labelIndex(labels)]),
) as { [F in VocabularyField]: LabelIndex<string> };

export { valueKey };

/** field → (value key → the desk value it means: a code, or a configured department). */
export type ValueMap = Partial<Record<ValueField, Record<string, string>>>;

/** The same, as the check looks it up (a Map per field). */
export type ResolvedValueMap = Partial<Record<ValueField, ReadonlyMap<string, string>>>;

/**
 * An unfinished import's department values after departments were renamed: what was taken to mean
 * a renamed department means its new name, and a file value naming the old name outright (read as
 * that department when the import started) is taken to mean the new one. Null when nothing changes.
 */
export function renameMappedDepartments(map: Readonly<Record<string, string>> | undefined, renamed: ReadonlyMap<string, string>): Record<string, string> | null {
  const next: Record<string, string> = {};
  let changed = false;
  for (const [key, department] of Object.entries(map ?? {})) {
    next[key] = renamed.get(department) ?? department;
    changed ||= next[key] !== department;
  }
  for (const [from, to] of renamed) {
    const key = valueKey(from);
    if (key in next) continue;
    next[key] = to;
    changed = true;
  }
  return changed ? next : null;
}

/** Values listed per field: more would not be mapped one by one (a free-text column); also the most a map may name per field. */
export const VALUES_LISTED = 200;
/** A value's length (a cell's longest text is 100 for a department): a longer one is neither listed nor mapped. */
export const MAX_VALUE_LENGTH = 200;

/**
 * How a match was made, as the import's audit event records it: chosen by the user, or a
 * pre-filled guess they did not change — an earlier import's (沿用上次) or the text's (建议).
 */
export const VALUE_ORIGINS = ['user', 'remembered', 'similar'] as const;
export type ValueOrigin = (typeof VALUE_ORIGINS)[number];
/** field → value key → how its match was made (absent: the user's). */
export type ValueOrigins = Partial<Record<ValueField, Record<string, ValueOrigin>>>;

/** A value key as the scan gives it: within the length, without control or format characters (U+202E). */
const ValueKeySchema = z
  .string()
  .max(MAX_VALUE_LENGTH, { error: 'validation.tooLong' })
  .refine((key) => !/[\p{Cc}\p{Cf}]/u.test(key), { error: 'validation.invalid' });

/** An object of the value fields only, each a record of at most `VALUES_LISTED` keys. */
function byField<S extends z.ZodType>(entry: S) {
  const values = z
    .record(ValueKeySchema, entry)
    .refine((record) => Object.keys(record).length <= VALUES_LISTED, { error: 'validation.tooMany', params: { max: VALUES_LISTED } })
    .optional();
  return z.strictObject(Object.fromEntries(VALUE_FIELDS.map((field) => [field, values])) as Record<ValueField, typeof values>).default({});
}

/** The payload's shape; what a target may be is checked by `valueMapErrors`, which knows the departments. */
export const ValueMapSchema = byField(z.string().max(MAX_VALUE_LENGTH, { error: 'validation.tooLong' }));

/** How each match was made (`ValueOrigins`), sent with the import's start. */
export const ValueOriginsSchema = byField(z.enum(VALUE_ORIGINS));

/**
 * Whether a desk value may be the target of a field's values: one of the field's codes, or for a
 * department one of the configured names as the settings spell them. The sets are built once.
 */
export function targetCheck(departments: readonly string[]): (field: ValueField, target: string) => boolean {
  const allowed = new Map<ValueField, ReadonlySet<string>>(VALUE_FIELDS.map((field) => [field, new Set(field === 'department' ? departments : VOCABULARIES[field].codes)]));
  return (field, target) => allowed.get(field)?.has(target) === true;
}

/** A target that is not one of its field's values, as a field error on `values.<field>` naming the value (`imports.valueTarget`). */
export function valueMapErrors(map: ValueMap, departments: readonly string[]): FieldError[] {
  const errors: FieldError[] = [];
  const allowed = targetCheck(departments);
  for (const field of VALUE_FIELDS) {
    for (const [value, target] of Object.entries(map[field] ?? {})) {
      if (!allowed(field, target)) errors.push({ field: `values.${field}`, code: 'imports.valueTarget', params: { value, target } });
    }
  }
  return errors;
}

/**
 * A checked map as the check looks values up. Keys are normalised again (a map written by hand
 * may hold `快递问题 `); targets that are no longer allowed — a department removed since a job
 * started — are left out, so their rows are refused as any unknown value is.
 */
export function resolveValueMap(map: ValueMap, departments: readonly string[]): ResolvedValueMap {
  const resolved: ResolvedValueMap = {};
  const allowed = targetCheck(departments);
  for (const field of VALUE_FIELDS) {
    const lookup = new Map<string, string>();
    for (const [value, target] of Object.entries(map[field] ?? {})) {
      const key = valueKey(value);
      if (allowed(field, target) && key !== '') lookup.set(key, target);
    }
    if (lookup.size > 0) resolved[field] = lookup;
  }
  return resolved;
}

/** The map without empty fields: what a job keeps and its audit event records. */
export function compactValueMap(map: ValueMap): ValueMap {
  const compact: ValueMap = {};
  for (const field of VALUE_FIELDS) {
    const values = map[field];
    if (values && Object.keys(values).length > 0) compact[field] = values;
  }
  return compact;
}

/**
 * Which system a file came from, as far as the desk can tell: its column names. The same old
 * system exports the same columns, so its next file is given the value map of its last one. Kept
 * as a hash: a file without a header row has a customer's name and phone where the names would be.
 */
export function sourceOf(headers: readonly string[]): string {
  return bytesToHex(sha256(utf8ToBytes(headers.map((h) => normaliseHeader(h)).join('|'))));
}
