import { describe, expect, it } from 'vitest';
import { mean, onTimeRate, percentile } from '../../../../../src-renderer/domain/dashboard/stats';

describe('dashboard statistics', () => {
  it('on-time rate is met over completed, and unknown when nothing completed', () => {
    expect(onTimeRate(9, 3)).toBe(0.75);
    expect(onTimeRate(0, 4)).toBe(0);
    expect(onTimeRate(0, 0)).toBeNull();
  });

  it('mean, and none of nothing', () => {
    expect(mean([2, 4, 9])).toBe(5);
    expect(mean([])).toBeNull();
  });

  it('nearest-rank percentile: a value that occurred, with at least p % at or below it', () => {
    const hours = [1, 2, 2, 3, 5, 8, 13, 21, 34, 55];
    expect(percentile(hours, 90)).toBe(34);
    expect(percentile(hours, 50)).toBe(5);
    expect(percentile(hours, 100)).toBe(55);
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([], 90)).toBeNull();
    expect(() => percentile(hours, 0)).toThrow(RangeError);
  });
});
