/**
 * Sorting index matches. Each match becomes one float: a coarse, monotone
 * bucket of its sort value times 2^20 plus its ordinal, so the engine's native
 * numeric sort of a Float64Array does the work (no comparator calls). Matches
 * sharing a bucket are then put in exact order with the reference comparator's
 * rules (value, newest received first, id).
 */
import type { SortKey, TrackingSort } from '../../domain/tracking/query';
import { FLAG, type Columns } from './columns';

const ORDINAL_SPAN = 2 ** 20;
/** Sort values are counted from 2000-01-01 so buckets stay small. */
const EPOCH_S = 946_684_800;
const EPOCH_MIN = EPOCH_S / 60;
const MINUTE_SPAN = 2 ** 26;
const DATE_KEYS = ['receivedAt', 'updatedAt', 'responseDueAt', 'resolutionDueAt', 'nextDueAt', 'closedAt'] as const;
type DateKey = (typeof DATE_KEYS)[number];

const isDateKey = (key: SortKey): key is DateKey => (DATE_KEYS as readonly string[]).includes(key);
const clamp = (value: number, max: number) => (value < 0 ? 0 : value > max ? max : value);

/** The exact values a case sorts by, by ordinal; NaN where a case has none. */
function sortValues(columns: Columns, key: SortKey): ArrayLike<number> {
  if (isDateKey(key)) return columns[key];
  if (key === 'severity') return columns.severity;
  if (key === 'status') return columns.status;
  // Few-valued counts and scores below 128 (packed with the minute and the slot below): 0 is "none", which sorts last either way.
  const points = key === 'chases' ? columns.chases : columns.satisfaction;
  const values = new Float64Array(columns.size);
  for (let i = 0; i < columns.size; i += 1) values[i] = points[i] === 0 ? NaN : points[i]!;
  return values;
}

function sortAscending(columns: Columns, ordinals: Int32Array, key: SortKey, values: ArrayLike<number>): Int32Array {
  const { receivedAt, ids } = columns;
  const compare = (a: number, b: number) =>
    values[a]! - values[b]! || receivedAt[b]! - receivedAt[a]! || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0);
  if (columns.size > ORDINAL_SPAN) return Int32Array.from(ordinals).sort(compare);
  const dates = isDateKey(key);
  const packed = new Float64Array(ordinals.length);
  for (let n = 0; n < ordinals.length; n += 1) {
    const i = ordinals[n]!;
    const value = values[i]!;
    // Dates bucket by the second; the few-valued keys also carry the received minute, newest first, as the tie-break wants.
    const bucket = dates
      ? clamp(Math.floor(value / 1000) - EPOCH_S, 2 ** 32 - 1)
      : value * MINUTE_SPAN + (MINUTE_SPAN - 1 - clamp(Math.floor(receivedAt[i]! / 60_000) - EPOCH_MIN, MINUTE_SPAN - 1));
    packed[n] = bucket * ORDINAL_SPAN + i;
  }
  packed.sort();
  const sorted = new Int32Array(packed.length);
  let runStart = 0;
  let runBucket = -1;
  for (let n = 0; n < packed.length; n += 1) {
    const bucket = Math.floor(packed[n]! / ORDINAL_SPAN);
    sorted[n] = packed[n]! - bucket * ORDINAL_SPAN;
    if (bucket !== runBucket) {
      if (n - runStart > 1) sorted.subarray(runStart, n).sort(compare);
      runStart = n;
      runBucket = bucket;
    }
  }
  if (packed.length - runStart > 1) sorted.subarray(runStart).sort(compare);
  return sorted;
}

/**
 * Reversed, an ascending order has its equal values oldest first: each run of equal values is
 * turned back, so ties read newest received first in both directions (as `compareDescending`).
 */
function newestFirstWithin(sorted: Int32Array, values: ArrayLike<number>): void {
  let start = 0;
  for (let n = 1; n <= sorted.length; n += 1) {
    if (n < sorted.length && values[sorted[n]!] === values[sorted[start]!]) continue;
    if (n - start > 1) sorted.subarray(start, n).reverse();
    start = n;
  }
}

/** By satisfaction, the surveys a customer declined (an answer, without a score) ahead of the cases never surveyed; order kept within each. */
function declinedFirst(columns: Columns, rest: Int32Array): Int32Array {
  const declined = rest.filter((i) => (columns.flags[i]! & FLAG.declined) !== 0);
  if (declined.length === 0 || declined.length === rest.length) return rest;
  const out = new Int32Array(rest.length);
  out.set(declined);
  out.set(rest.filter((i) => (columns.flags[i]! & FLAG.declined) === 0), declined.length);
  return out;
}

/**
 * Matches in the order the table shows them; cases without a sort value come last, newest received
 * first (by satisfaction, the declined surveys first among them).
 */
export function sortOrdinals(columns: Columns, ordinals: Int32Array, sort: TrackingSort): Int32Array {
  const values = sortValues(columns, sort.key);
  let missing = 0;
  for (let n = 0; n < ordinals.length; n += 1) if (Number.isNaN(values[ordinals[n]!]!)) missing += 1;
  const withValue = new Int32Array(ordinals.length - missing);
  const without = new Int32Array(missing);
  let p = 0;
  let q = 0;
  for (let n = 0; n < ordinals.length; n += 1) {
    const i = ordinals[n]!;
    if (Number.isNaN(values[i]!)) without[q++] = i;
    else withValue[p++] = i;
  }
  const present = withValue.length > 0 ? sortAscending(columns, withValue, sort.key, values) : withValue;
  if (sort.dir === 'desc') newestFirstWithin(present.reverse(), values);
  const byReceived = without.length > 0 ? sortAscending(columns, without, 'receivedAt', columns.receivedAt).reverse() : without;
  const rest = sort.key === 'satisfaction' ? declinedFirst(columns, byReceived) : byReceived;
  const out = new Int32Array(present.length + rest.length);
  out.set(present);
  out.set(rest, present.length);
  return out;
}
