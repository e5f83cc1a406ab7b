import { describe, expect, it } from 'vitest';
import { MAX_BUCKETS } from '../../../../../../src-renderer/domain/dashboard/period';
import {
  bucketsUpToNow,
  daysToPeriod,
  fitGranularity,
  matchingPreset,
  periodToDays,
  presetPeriod,
  pressedPreset,
  restoreDashboardPreset,
  restoreDashboardQuery,
  rememberDashboardQuery,
} from '../../../../../../src-renderer/ui/features/dashboard/dashboardQuery';

const at = (y: number, m: number, d: number, h = 0) => new Date(y, m - 1, d, h).getTime();
const NOW = at(2026, 11, 23, 14);

describe('dashboard periods', () => {
  it('states each preset in local days, with the granularity it reads best in', () => {
    expect(presetPeriod('thisMonth', NOW)).toEqual({ from: at(2026, 11, 1), to: at(2026, 12, 1), granularity: 'day' });
    expect(presetPeriod('lastMonth', NOW)).toEqual({ from: at(2026, 10, 1), to: at(2026, 11, 1), granularity: 'day' });
    expect(presetPeriod('last30Days', NOW)).toEqual({ from: at(2026, 10, 25), to: at(2026, 11, 24), granularity: 'day' });
    expect(presetPeriod('last12Months', NOW)).toEqual({ from: at(2025, 12, 1), to: at(2026, 12, 1), granularity: 'month' });
    expect(presetPeriod('thisYear', NOW)).toEqual({ from: at(2026, 1, 1), to: at(2027, 1, 1), granularity: 'month' });
    expect(matchingPreset({ from: at(2026, 10, 1), to: at(2026, 11, 1) }, NOW)).toBe('lastMonth');
    expect(matchingPreset({ from: at(2026, 10, 2), to: at(2026, 11, 1) }, NOW)).toBeNull();
  });

  it('keeps the preset clicked as the one chosen when another gives the same days (December: 近12个月 is 本年)', () => {
    const december = at(2026, 12, 7, 10);
    const year = presetPeriod('thisYear', december);
    expect(presetPeriod('last12Months', december)).toEqual(year);
    expect(pressedPreset(year, december, 'thisYear')).toBe('thisYear');
    expect(pressedPreset(year, december, 'last12Months')).toBe('last12Months');
    // A range typed in the picker: the first preset that gives it.
    expect(pressedPreset(year, december, null)).toBe('last12Months');
    // The preset clicked no longer gives the period (a new month began): whichever does now.
    expect(pressedPreset(presetPeriod('lastMonth', december), december, 'thisMonth')).toBe('lastMonth');
  });

  it('draws the buckets up to the one holding now, or all of a period wholly past or to come', () => {
    const days = [1, 2, 3, 4].map((d) => ({ start: at(2026, 12, d) }));
    expect(bucketsUpToNow(days, at(2026, 12, 2, 10))).toBe(2);
    expect(bucketsUpToNow(days, at(2027, 1, 1))).toBe(4);
    expect(bucketsUpToNow(days, at(2026, 11, 30))).toBe(4);
  });

  it('turns picked days into [start of the first, start of the day after the last) and back', () => {
    expect(daysToPeriod('2026-11-03', '2026-11-09')).toEqual({ from: at(2026, 11, 3), to: at(2026, 11, 10) });
    expect(periodToDays({ from: at(2026, 11, 3), to: at(2026, 11, 10) })).toEqual(['2026-11-03', '2026-11-09']);
  });

  it('keeps the granularity asked for unless the store would refuse that many buckets', () => {
    expect(fitGranularity(at(2026, 1, 1), at(2027, 1, 1), 'day')).toBe('day');
    const long = { from: at(2020, 1, 1), to: at(2020, 1, 1) + (MAX_BUCKETS + 5) * 86_400_000 };
    expect(fitGranularity(long.from, long.to, 'day')).toBe('week');
    expect(fitGranularity(long.from, long.to, 'month')).toBe('month');
  });

  it('remembers the period per user for the session, and starts on this month otherwise', () => {
    const query = { period: presetPeriod('last12Months', NOW), departments: ['售后部'] };
    rememberDashboardQuery('u-1', query);
    expect(restoreDashboardQuery('u-1', NOW)).toEqual(query);
    expect(restoreDashboardPreset('u-1')).toBeNull();
    rememberDashboardQuery('u-1', query, 'last12Months');
    expect(restoreDashboardQuery('u-1', NOW)).toEqual(query);
    expect(restoreDashboardPreset('u-1')).toBe('last12Months');
    expect(restoreDashboardPreset('u-2')).toBeNull();
    expect(restoreDashboardQuery('u-2', NOW)).toEqual({ period: presetPeriod('thisMonth', NOW), departments: [] });
    sessionStorage.setItem('complaint-desk:dashboard-query:u-3', '{"period":{"from":5,"to":1}}');
    expect(restoreDashboardQuery('u-3', NOW).period).toEqual(presetPeriod('thisMonth', NOW));
  });
});
