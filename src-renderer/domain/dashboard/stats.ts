/** The few statistics the dashboard and the report state, defined once. */

/** Met / (met + missed); null when nothing completed (an empty period shows "—", not 0 %). */
export function onTimeRate(met: number, missed: number): number | null {
  const total = met + missed;
  return total === 0 ? null : met / total;
}

export function mean(values: ArrayLike<number>): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (let i = 0; i < values.length; i += 1) sum += values[i]!;
  return sum / values.length;
}

/**
 * Nearest-rank percentile (p in (0, 100]) of values sorted ascending: the
 * smallest value with at least p % of the values at or below it — always a
 * value that occurred, so "90 % were answered within 5 h 12 min" is true as said.
 */
export function percentile(sortedAscending: ArrayLike<number>, p: number): number | null {
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile out of range: ${p}`);
  if (sortedAscending.length === 0) return null;
  const rank = Math.ceil((p / 100) * sortedAscending.length);
  return sortedAscending[rank - 1]!;
}
