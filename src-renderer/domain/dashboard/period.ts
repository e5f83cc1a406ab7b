/**
 * Periods of the dashboard and the monthly report: a range [from, to) cut
 * into calendar buckets (day, week from Monday, month) in the desktop's local
 * time, so a bar is "23 November" or "week of 16 November" as a manager reads it.
 */
import { z } from 'zod';

export const GRANULARITIES = ['day', 'week', 'month'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** At most this many buckets in one chart: ~3 years of days, 10 years of weeks or months. */
export const MAX_BUCKETS = 1_100;

/** The calendar unit containing `at`: its local start. */
export function unitStart(at: number, granularity: Granularity): number {
  const date = new Date(at);
  date.setHours(0, 0, 0, 0);
  if (granularity === 'week') date.setDate(date.getDate() - ((date.getDay() + 6) % 7));
  if (granularity === 'month') date.setDate(1);
  return date.getTime();
}

/** The start of the unit after the one starting at `start` (local calendar arithmetic: months differ in length). */
export function nextUnit(start: number, granularity: Granularity): number {
  const date = new Date(start);
  if (granularity === 'day') date.setDate(date.getDate() + 1);
  else if (granularity === 'week') date.setDate(date.getDate() + 7);
  else date.setMonth(date.getMonth() + 1);
  return date.getTime();
}

/** Start instants of the buckets covering [from, to); the first is the unit containing `from`. */
export function bucketStarts(from: number, to: number, granularity: Granularity): number[] {
  const starts: number[] = [];
  for (let start = unitStart(from, granularity); start < to; start = nextUnit(start, granularity)) {
    starts.push(start);
    if (starts.length > MAX_BUCKETS) throw new RangeError(`more than ${MAX_BUCKETS} ${granularity} buckets`);
  }
  return starts;
}

/** Index of the bucket holding `at` (binary search over sorted starts), -1 before the first. */
export function bucketOf(starts: readonly number[], at: number): number {
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (starts[mid]! <= at) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

const Instant = z.number({ error: 'validation.invalid' }).int({ error: 'validation.invalid' }).min(0, { error: 'validation.invalid' });

/** A period as the dashboard asks for it; checked in the store host. */
export const PeriodSchema = z
  .object({
    from: Instant,
    to: Instant,
    granularity: z.enum(GRANULARITIES, { error: 'validation.chooseOne' }),
  })
  .refine((p) => p.from < p.to, { error: 'validation.rangeOrder', path: ['to'] })
  .refine((p) => p.from >= p.to || countBuckets(p.from, p.to, p.granularity) <= MAX_BUCKETS, {
    error: 'validation.range',
    path: ['from'],
  });
export type Period = z.infer<typeof PeriodSchema>;

function countBuckets(from: number, to: number, granularity: Granularity): number {
  let count = 0;
  for (let start = unitStart(from, granularity); start < to && count <= MAX_BUCKETS; start = nextUnit(start, granularity)) count += 1;
  return count;
}
