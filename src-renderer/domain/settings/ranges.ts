/**
 * The allowed range of every settings number, read from the schemas that
 * enforce it, so the forms, the messages and the store host cannot disagree.
 */
import { z } from 'zod';
import type { FieldError } from '../common/errors';
import { toFieldErrors } from '../common/validation';
import { SettingsSchemas, type SettingsKey } from './settings';

export interface NumberRange {
  min: number;
  max: number;
  integer: boolean;
}

/** Nullable, optional and defaulted fields are still numbers of the same range. */
function unwrap(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner instanceof z.ZodNullable || inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
  return inner;
}

/** The range of the number at dotted `path` inside `schema`; null when that is not a bounded number. */
export function numberRange(schema: z.ZodType, path: string): NumberRange | null {
  let node = unwrap(schema);
  for (const part of path.split('.')) {
    if (!(node instanceof z.ZodObject)) return null;
    const next = (node.shape as Record<string, z.ZodType | undefined>)[part];
    if (!next) return null;
    node = unwrap(next);
  }
  if (!(node instanceof z.ZodNumber)) return null;
  const { minValue: min, maxValue: max } = node;
  if (min === null || max === null || !Number.isFinite(min) || !Number.isFinite(max)) return null;
  return { min, max, integer: node.isInt };
}

/** The range of a settings number by its full path, e.g. `privacy.retentionDays`. */
export function settingsNumberRange(path: string): NumberRange | null {
  const [key, ...rest] = path.split('.');
  if (!key || !(key in SettingsSchemas) || rest.length === 0) return null;
  return numberRange(SettingsSchemas[key as SettingsKey], rest.join('.'));
}

export const isOutOfRange = (value: number, range: NumberRange) => value < range.min || value > range.max;

/** The value at a dotted path of nested objects (undefined when a step is missing). */
export function valueAt(value: unknown, path: string): unknown {
  let node = value;
  for (const part of path.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  return node;
}

/**
 * The field errors of a refused settings value (paths inside the key). A number
 * out of its range is reported once, with the range (`settings.outOfRange`):
 * zod names only the bound it crossed, and the admin needs both to know what to type.
 */
export function settingsFieldErrors(key: SettingsKey, value: unknown, error: z.ZodError): FieldError[] {
  const out: FieldError[] = [];
  const reported = new Set<string>();
  for (const field of toFieldErrors(error)) {
    if (reported.has(field.field)) continue;
    const range = field.field === '_' ? null : numberRange(SettingsSchemas[key], field.field);
    const typed = valueAt(value, field.field);
    if (range && typeof typed === 'number' && isOutOfRange(typed, range)) {
      // Out of range says all there is to fix at that field (a fraction of a day too).
      for (let i = out.length - 1; i >= 0; i--) if (out[i]!.field === field.field) out.splice(i, 1);
      out.push({ field: field.field, code: 'settings.outOfRange', params: { min: range.min, max: range.max } });
      reported.add(field.field);
    } else out.push(field);
  }
  return out;
}
