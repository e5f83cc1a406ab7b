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
