/**
 * Case numbers look like `TS-20261123-0001`: the local calendar day of
 * registration and a per-day sequence that the store assigns gap-free.
 */
export function caseDayKey(instant: number): string {
  const d = new Date(instant);
  const y = d.getFullYear().toString().padStart(4, '0');
  const m = (d.getMonth() + 1).toString().padStart(2, '0');
  const day = d.getDate().toString().padStart(2, '0');
  return `${y}${m}${day}`;
}

export const MAX_CASES_PER_DAY = 9999;

export function formatCaseNumber(dayKey: string, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_CASES_PER_DAY) {
    throw new RangeError(`case sequence out of range: ${sequence}`);
  }
  return `TS-${dayKey}-${sequence.toString().padStart(4, '0')}`;
}

export const CASE_NUMBER_PATTERN = /^TS-\d{8}-\d{4}$/;
