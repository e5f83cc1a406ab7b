import { describe, expect, it } from 'vitest';
import { asShown, sharesOffWhole } from '../../../../../../src-renderer/ui/features/reports/model/values';

describe('shares of the month’s total', () => {
  it('are each rounded on their own (equal counts, equal shares), and said not to add up to 100.0 % when they do not', () => {
    // 1/3 each shows 33.3 % three times: 99.9 %.
    expect(sharesOffWhole([1, 1, 1], 3)).toBe(true);
    // 28.6 % three times and 14.3 %: 100.1 %.
    expect(sharesOffWhole([2, 2, 2, 1], 7)).toBe(true);
    expect(sharesOffWhole([31, 17, 11, 8, 5, 3, 1], 76)).toBe(false);
    expect(sharesOffWhole([1, 1, 2], 4)).toBe(false);
    // Not a split of the whole (a case in two rows, or in none), or nothing to split: no note.
    expect(sharesOffWhole([1, 1, 1], 4)).toBe(false);
    expect(sharesOffWhole([0, 0], 0)).toBe(false);
    expect(asShown('rate', 4 / 9)).toBe(0.444);
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
