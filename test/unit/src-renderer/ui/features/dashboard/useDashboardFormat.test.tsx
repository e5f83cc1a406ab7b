import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useDashboardFormat } from '../../../../../../src-renderer/ui/features/dashboard/useDashboardFormat';
import { initI18n } from '../../../../../../src-renderer/ui/i18n';

afterEach(async () => {
  await initI18n('zh-CN');
});

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('the dashboard’s durations', () => {
  it('round a mean or a P90 to the nearest shown unit, in both languages', async () => {
    await initI18n('zh-CN');
    const zh = renderHook(() => useDashboardFormat()).result.current;
    expect(zh.duration(5 * DAY - 3)).toBe('5天');
    expect(zh.duration(4 * DAY + 12 * HOUR - 1)).toBe('4天12小时');
    expect(zh.duration(null)).toBe('—');
    await initI18n('en');
    const en = renderHook(() => useDashboardFormat()).result.current;
    expect(en.duration(6 * HOUR - 2)).toBe('6 h');
  });
});

describe('the dashboard’s bucket names', () => {
  const at = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();
  const buckets = (...starts: number[]) => starts.map((start) => ({ start, end: start + DAY }));

  it('carry the year for days and weeks only when the period crosses a New Year; months always do', async () => {
    await initI18n('zh-CN');
    const zh = renderHook(() => useDashboardFormat()).result.current;
    const across = { from: at(2025, 11, 1), to: at(2027, 1, 1) };
    expect(zh.bucketLabels(buckets(at(2025, 12, 1), at(2026, 12, 1)), { ...across, granularity: 'day' })).toEqual(['2025年12月1日', '2026年12月1日']);
    expect(zh.bucketLabels(buckets(at(2025, 12, 29), at(2026, 1, 5)), { ...across, granularity: 'week' })).toEqual(['2025年12月29日起', '2026年1月5日起']);
    expect(zh.bucketLabels(buckets(at(2025, 12, 1), at(2026, 1, 1)), { ...across, granularity: 'month' })).toEqual(['2025年12月', '2026年1月']);
    // Within one year the year would only crowd the axis; a month still says it.
    const within = { from: at(2026, 1, 1), to: at(2027, 1, 1) };
    expect(zh.bucketLabels(buckets(at(2026, 12, 1)), { ...within, granularity: 'day' })).toEqual(['12月1日']);
    expect(zh.bucketLabels(buckets(at(2026, 12, 28)), { ...within, granularity: 'week' })).toEqual(['12月28日起']);
    expect(zh.bucketLabels(buckets(at(2026, 12, 1)), { ...within, granularity: 'month' })).toEqual(['2026年12月']);

    await initI18n('en');
    const en = renderHook(() => useDashboardFormat()).result.current;
    expect(en.bucketLabels(buckets(at(2025, 12, 29)), { ...across, granularity: 'week' })).toEqual(['Week of Dec 29, 2025']);
    expect(en.bucketLabels(buckets(at(2025, 12, 1)), { ...across, granularity: 'day' })).toEqual(['Dec 1, 2025']);
    expect(en.bucketLabels(buckets(at(2026, 12, 1)), { ...within, granularity: 'day' })).toEqual(['Dec 1']);
  });
});
