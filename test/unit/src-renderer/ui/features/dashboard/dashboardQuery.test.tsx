import { describe, expect, it } from 'vitest';
import { MAX_BUCKETS } from '../../../../../../src-renderer/domain/dashboard/period';
import {
  daysToPeriod,
  fitGranularity,
  matchingPreset,
  periodToDays,
  presetPeriod,
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
    expect(restoreDashboardQuery('u-2', NOW)).toEqual({ period: presetPeriod('thisMonth', NOW), departments: [] });
    sessionStorage.setItem('complaint-desk:dashboard-query:u-3', '{"period":{"from":5,"to":1}}');
    expect(restoreDashboardQuery('u-3', NOW).period).toEqual(presetPeriod('thisMonth', NOW));
  });
});
