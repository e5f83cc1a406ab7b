import { describe, expect, it } from 'vitest';
import { asShown, sharesOf, type ReportValue } from '../../../../../../src-renderer/ui/features/reports/model/values';

const tenths = (values: ReportValue[]) => values.map((value) => (value.kind === 'rate' && value.value !== null ? Math.round(value.value * 1000) : null));

describe('shares of the month’s total', () => {
  it('add up to exactly 100.0 %, the largest remainders rounded up', () => {
    // 1/3 each: 333.3‰ three times would show 99.9 %.
    expect(tenths(sharesOf([1, 1, 1], 3))).toEqual([334, 333, 333]);
    // Seven parts of 76 that, each rounded on its own, came to 100.1 %.
    const parts = [31, 17, 11, 8, 5, 3, 1];
    const shown = tenths(sharesOf(parts, 76)) as number[];
    expect(shown.reduce((sum, n) => sum + n, 0)).toBe(1000);
    // Each is its own share rounded down or up, never further.
    parts.forEach((part, i) => expect(Math.abs(shown[i]! - (part / 76) * 1000)).toBeLessThan(1));
    expect(tenths(sharesOf([0, 0], 0))).toEqual([null, null]);
  });
});

describe('a change against last month', () => {
  it('is the difference of the two figures as written', () => {
    // 89.5 % and 94.7 % as shown: 5.2 points, not the 5.3 of the unrounded 0.8946 and 0.9474.
    expect(((0.8946 - 0.9474) * 100).toFixed(1)).toBe('-5.3');
    expect(((asShown('rate', 0.8946) - asShown('rate', 0.9474)) * 100).toFixed(1)).toBe('-5.2');
    expect(asShown('score', 4.256)).toBe(4.26);
    // 4天11小时 and 4天21小时 on screen: 10 hours; 107.5 and 116.6 hours in the workbook: 9.1.
    const [now, before] = [107.46 * 3_600_000, 116.64 * 3_600_000];
    expect(asShown('duration', now) - asShown('duration', before)).toBe(-10 * 3_600_000);
    expect(asShown('duration', now, true) - asShown('duration', before, true)).toBeCloseTo(-9.1 * 3_600_000, 0);
    // Under a day, to the minute.
    expect(asShown('duration', 2 * 3_600_000 + 4 * 60_000 + 40_000)).toBe(2 * 3_600_000 + 5 * 60_000);
  });
});
