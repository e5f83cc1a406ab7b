/**
 * What an import's audit start event records of its value map (对应取值). Import jobs and their
 * audit chains are never deleted, so it records per field how many of the file's values were
 * matched, and each match — the value as the file writes it, the desk value, how the match was
 * made — only for the fields whose values are the desk's closed vocabularies and for departments
 * (names the staff gave them). A demand may be a customer's own words: only its count is kept.
 */
import type { FileValueMap } from './value-scan';
import { VALUE_FIELDS, type ValueField, type ValueOrigin, type ValueOrigins } from './value-map';

export interface ValueMatch {
  field: ValueField;
  /** As the file first writes it. */
  value: string;
  /** A code, or a configured department. */
  target: string;
  origin: ValueOrigin;
}

/** The fields whose matches are recorded one by one. */
export const MATCHES_RECORDED: readonly ValueField[] = VALUE_FIELDS.filter((field) => field !== 'demand');

export interface ValueMapAudit {
  /** field → values matched (only fields with any). */
  valueCounts?: Partial<Record<ValueField, number>>;
  /** One per match of a recorded field, in `VALUE_FIELDS` order and the file's (most rows first). */
  valueMatches?: ValueMatch[];
}

/** The audit fields of a file's value map; nothing when it matched nothing. */
export function valueMapAudit({ map, spelling }: FileValueMap, origins: ValueOrigins): ValueMapAudit {
  const valueCounts: Partial<Record<ValueField, number>> = {};
  const valueMatches: ValueMatch[] = [];
  for (const field of VALUE_FIELDS) {
    const values = map[field];
    if (!values) continue;
    const entries = Object.entries(values);
    if (entries.length === 0) continue;
    valueCounts[field] = entries.length;
    if (!MATCHES_RECORDED.includes(field)) continue;
    const how = origins[field] ?? {};
    for (const [key, target] of entries) {
      const origin = Object.hasOwn(how, key) ? how[key]! : 'user';
      valueMatches.push({ field, value: spelling[field]?.get(key) ?? key, target, origin });
    }
  }
  if (Object.keys(valueCounts).length === 0) return {};
  return valueMatches.length > 0 ? { valueCounts, valueMatches } : { valueCounts };
}
