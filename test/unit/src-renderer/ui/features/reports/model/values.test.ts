import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { displayValue, duration, type ReportValue } from '../../../../../../../src-renderer/ui/features/reports/model/values';
import { translator } from '../../../../ui/i18n/translator';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let zh: TFunction;
beforeAll(async () => {
  zh = await translator('zh-CN');
});

const change = (value: number): ReportValue => ({ kind: 'change', of: 'duration', value, better: 'down' });

describe('a duration in the monthly report', () => {
  it('is rounded to the nearest shown unit, not cut down', () => {
    expect(displayValue(zh, duration(5 * DAY - 4))).toBe('5天');
    expect(displayValue(zh, duration(4 * DAY + 12 * HOUR - 1))).toBe('4天12小时');
  });

  it('reads a change against last month rounded too', () => {
    expect(displayValue(zh, change(6 * HOUR - 5))).toBe('↑ 6小时');
    expect(displayValue(zh, change(-(DAY + 23 * HOUR + 50 * 60_000)))).toBe('↓ 2天');
  });
});
