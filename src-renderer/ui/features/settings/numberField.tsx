import type { ReactNode } from 'react';
import type { z } from 'zod';
import { isOutOfRange, numberRange, settingsNumberRange, valueAt, type NumberRange } from '../../../domain/settings/ranges';
import { FieldErrorText } from '../../components/FieldErrorText';

function known(range: NumberRange | null, path: string): NumberRange {
  if (!range) throw new Error(`${path} is not a bounded number`);
  return range;
}

/** The range of a settings number by its form path (`privacy.retentionDays`), from the schema the store host checks. */
export const settingsRange = (path: string): NumberRange => known(settingsNumberRange(path), path);

/** The range of a number at `path` of another schema that checks it (main's preferences, the alert policy). */
export const schemaRange = (schema: z.ZodType, path: string): NumberRange => known(numberRange(schema, path), path);

/**
 * What is wrong with a number field, said before anything is sent: emptied (the
 * store would only call it invalid), out of range (with the range, as the store
 * host says it), or a fraction where whole numbers are meant.
 */
export function numberError(value: unknown, range: NumberRange): ReactNode {
  if (typeof value !== 'number' || !Number.isFinite(value)) return <FieldErrorText error={{ field: '', code: 'validation.required' }} />;
  if (isOutOfRange(value, range)) return <FieldErrorText error={{ field: '', code: 'settings.outOfRange', params: { min: range.min, max: range.max } }} />;
  if (range.integer && !Number.isInteger(value)) return <FieldErrorText error={{ field: '', code: 'validation.wholeNumber' }} />;
  return null;
}

/** The errors of the number fields at `paths` of a form's values, by path, as a form's `validate` returns them. */
export function numberErrors(values: unknown, paths: readonly string[], rangeOf: (path: string) => NumberRange = settingsRange): Record<string, ReactNode> {
  const errors: Record<string, ReactNode> = {};
  for (const path of paths) {
    const error = numberError(valueAt(values, path), rangeOf(path));
    if (error) errors[path] = error;
  }
  return errors;
}
