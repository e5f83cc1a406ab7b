import type { FieldError } from '../../../domain/common/errors';
import type { ValueMap, ValueOrigins } from '../../../domain/imports/value-map';
import type { StoreResult } from '../../../store/api';

export type ValuesResult = StoreResult<'imports.values'>;

/** What a file value is taken to mean: a desk value or none, and whether the user chose it or it is a guess still. */
export interface ValueChoice {
  target: string | null;
  origin: 'remembered' | 'similar' | 'user';
}

/** field → value key → choice. */
export type ValueChoices = Record<string, Record<string, ValueChoice>>;

/**
 * The choices for a fresh list of values: what the user chose before for a value stays (going
 * back to the columns and on again loses nothing); a new value starts from its suggestion.
 */
export function mergeChoices(previous: ValueChoices, result: ValuesResult): ValueChoices {
  const next: ValueChoices = {};
  for (const { field, values } of result.fields) {
    const choices: Record<string, ValueChoice> = {};
    for (const value of values) {
      // Own keys only: a value `constructor` is no choice of Object.prototype's.
      const before = previous[field];
      choices[value.key] =
        before && Object.hasOwn(before, value.key)
          ? before[value.key]!
          : value.suggestion
            ? { target: value.suggestion.target, origin: value.suggestion.source }
            : { target: null, origin: 'user' };
    }
    next[field] = choices;
  }
  return next;
}

/** The value map sent to the check and the import: every listed value given a desk value. */
export function valueMapOf(choices: ValueChoices, result: ValuesResult | null): ValueMap {
  const map: Record<string, Record<string, string>> = {};
  for (const { field, values } of result?.fields ?? []) {
    for (const { key } of values) {
      const target = choices[field] && Object.hasOwn(choices[field], key) ? choices[field][key]?.target : undefined;
      if (target) (map[field] ??= {})[key] = target;
    }
  }
  return map as ValueMap;
}

/** How the matches sent were made, for the import's audit event: the guesses left as they were (the rest are the user's). */
export function valueOriginsOf(choices: ValueChoices, result: ValuesResult | null): ValueOrigins {
  const origins: Record<string, Record<string, 'remembered' | 'similar'>> = {};
  for (const { field, values } of result?.fields ?? []) {
    for (const { key } of values) {
      const choice = choices[field] && Object.hasOwn(choices[field], key) ? choices[field][key] : undefined;
      if (choice?.target && choice.origin !== 'user') (origins[field] ??= {})[key] = choice.origin;
    }
  }
  return origins as ValueOrigins;
}

/** Whether a store error is about one listed value: a target refused for it, or its key or target itself. */
export function isValueError(error: FieldError, field: string, key: string): boolean {
  return (error.field === `values.${field}` && error.params?.value === key) || error.field === `values.${field}.${key}`;
}
