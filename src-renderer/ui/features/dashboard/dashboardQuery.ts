/**
 * The period and departments the dashboard shows: presets a manager picks
 * from, the custom date range, a granularity that always fits, and how the
 * choice is kept while the user drills into the tracking table and comes back.
 */
import dayjs from 'dayjs';
import { DashboardQuerySchema, type DashboardQuery } from '../../../domain/dashboard/figures';
import { bucketStarts, GRANULARITIES, type Granularity } from '../../../domain/dashboard/period';

export const PRESETS = ['thisMonth', 'lastMonth', 'last30Days', 'last12Months', 'thisYear'] as const;
export type Preset = (typeof PRESETS)[number];

/** A preset as [from, to) in local time, with the granularity it reads best in. */
export function presetPeriod(preset: Preset, now: number): DashboardQuery['period'] {
  const today = dayjs(now).startOf('day');
  switch (preset) {
    case 'thisMonth':
      return { from: today.startOf('month').valueOf(), to: today.startOf('month').add(1, 'month').valueOf(), granularity: 'day' };
    case 'lastMonth':
      return { from: today.startOf('month').subtract(1, 'month').valueOf(), to: today.startOf('month').valueOf(), granularity: 'day' };
    case 'last30Days':
      return { from: today.subtract(29, 'day').valueOf(), to: today.add(1, 'day').valueOf(), granularity: 'day' };
    case 'last12Months':
      return { from: today.startOf('month').subtract(11, 'month').valueOf(), to: today.startOf('month').add(1, 'month').valueOf(), granularity: 'month' };
    case 'thisYear':
      return { from: today.startOf('year').valueOf(), to: today.startOf('year').add(1, 'year').valueOf(), granularity: 'month' };
  }
}

/** The preset a period is exactly, if any (the preset button then shows as chosen). */
export function matchingPreset(period: Pick<DashboardQuery['period'], 'from' | 'to'>, now: number): Preset | null {
  return PRESETS.find((preset) => {
    const candidate = presetPeriod(preset, now);
    return candidate.from === period.from && candidate.to === period.to;
  }) ?? null;
}

/**
 * The preset button shown as chosen. Two presets can give the same days (in December 近12个月 is 本年):
 * the one the user clicked stays chosen while it still gives this period, otherwise the first that does.
 */
export function pressedPreset(period: Pick<DashboardQuery['period'], 'from' | 'to'>, now: number, chosen: Preset | null): Preset | null {
  if (chosen !== null) {
    const candidate = presetPeriod(chosen, now);
    if (candidate.from === period.from && candidate.to === period.to) return chosen;
  }
  return matchingPreset(period, now);
}

/**
 * How many of the buckets to draw: up to the one holding `now`. A period reaching into the future
 * (本年 by month, 本月 by day) would otherwise end in empty buckets that read as days with no complaint.
 * A period wholly in the future is drawn whole (there is no "now" in it to stop at).
 */
export function bucketsUpToNow(buckets: readonly { start: number }[], now: number): number {
  const future = buckets.findIndex((bucket) => bucket.start > now);
  return future <= 0 ? buckets.length : future;
}

function fits(from: number, to: number, granularity: Granularity): boolean {
  try {
    bucketStarts(from, to, granularity);
    return true;
  } catch {
    return false;
  }
}

/** The granularity asked for, or the next coarser one when the period has too many buckets of it (the store would refuse). */
export function fitGranularity(from: number, to: number, granularity: Granularity): Granularity {
  const coarser = GRANULARITIES.slice(GRANULARITIES.indexOf(granularity));
  return coarser.find((candidate) => fits(from, to, candidate)) ?? 'month';
}

/** `YYYY-MM-DD` days of the date picker → [start of the first day, start of the day after the last) in local time. */
export function daysToPeriod(first: string, last: string): { from: number; to: number } {
  return { from: dayjs(first).startOf('day').valueOf(), to: dayjs(last).startOf('day').add(1, 'day').valueOf() };
}

export function periodToDays(period: { from: number; to: number }): [string, string] {
  return [dayjs(period.from).format('YYYY-MM-DD'), dayjs(period.to - 1).format('YYYY-MM-DD')];
}

/** The dashboard's first look: this month by day, every department. */
export function defaultDashboardQuery(now: number): DashboardQuery {
  return { period: presetPeriod('thisMonth', now), departments: [] };
}

const STORAGE_PREFIX = 'complaint-desk:dashboard-query:';

/** The preset this user last clicked, kept with the period, so 本年 comes back as 本年 and not as 近12个月. */
export function restoreDashboardPreset(userId: string): Preset | null {
  try {
    const stored = globalThis.sessionStorage?.getItem(STORAGE_PREFIX + userId);
    const preset: unknown = stored ? (JSON.parse(stored) as { preset?: unknown }).preset : null;
    return PRESETS.find((item) => item === preset) ?? null;
  } catch {
    return null;
  }
}

/** The period this user last looked at in this window, so a drill into the table and back keeps it. */
export function restoreDashboardQuery(userId: string, now: number): DashboardQuery {
  try {
    const stored = globalThis.sessionStorage?.getItem(STORAGE_PREFIX + userId);
    const parsed = DashboardQuerySchema.safeParse(stored ? JSON.parse(stored) : undefined);
    return parsed.success ? parsed.data : defaultDashboardQuery(now);
  } catch {
    return defaultDashboardQuery(now);
  }
}

export function rememberDashboardQuery(userId: string, query: DashboardQuery, preset: Preset | null = null): void {
  try {
    globalThis.sessionStorage?.setItem(STORAGE_PREFIX + userId, JSON.stringify(preset === null ? query : { ...query, preset }));
  } catch {
    // Storage full or disabled: the dashboard starts on this month next time.
  }
}
