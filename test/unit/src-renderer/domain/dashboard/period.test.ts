import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketOf, bucketStarts, PeriodSchema, unitStart } from '../../../../../src-renderer/domain/dashboard/period';

/** Local time of the unit tests (Asia/Shanghai). */
const at = (text: string) => Date.parse(`${text}+08:00`);

describe('bucketStarts', () => {
  it('cuts days, Monday weeks and calendar months in local time', () => {
    expect(bucketStarts(at('2026-11-23T15:00:00'), at('2026-11-26T00:00:00'), 'day')).toEqual([
      at('2026-11-23T00:00:00'),
      at('2026-11-24T00:00:00'),
      at('2026-11-25T00:00:00'),
    ]);
    // 2026-11-29 is a Sunday: its week began on Monday the 23rd.
    expect(bucketStarts(at('2026-11-29T10:00:00'), at('2026-12-08T00:00:00'), 'week')).toEqual([
      at('2026-11-23T00:00:00'),
      at('2026-11-30T00:00:00'),
      at('2026-12-07T00:00:00'),
    ]);
    expect(bucketStarts(at('2026-01-31T00:00:00'), at('2026-04-01T00:00:00'), 'month')).toEqual([
      at('2026-01-01T00:00:00'),
      at('2026-02-01T00:00:00'),
      at('2026-03-01T00:00:00'),
    ]);
  });

  it('refuses a range of more buckets than a chart can show', () => {
    expect(() => bucketStarts(at('2000-01-01T00:00:00'), at('2026-01-01T00:00:00'), 'day')).toThrow(RangeError);
  });
});

describe('bucketOf', () => {
  it('finds the bucket of any instant of the range, the same as a linear scan', () => {
    const starts = bucketStarts(at('2025-11-10T00:00:00'), at('2026-11-24T00:00:00'), 'week');
    fc.assert(
      fc.property(fc.integer({ min: at('2025-11-01T00:00:00'), max: at('2026-11-24T00:00:00') - 1 }), (instant) => {
        const linear = starts.reduce((found, start, i) => (start <= instant ? i : found), -1);
        expect(bucketOf(starts, instant)).toBe(linear);
        if (linear >= 0) expect(unitStart(instant, 'week')).toBe(starts[linear]);
      }),
    );
    expect(bucketOf(starts, at('2025-11-09T23:59:59'))).toBe(-1);
  });
});

describe('PeriodSchema', () => {
  it('accepts a year by month and refuses an empty, reversed or oversized range with field codes', () => {
    expect(PeriodSchema.safeParse({ from: at('2025-12-01T00:00:00'), to: at('2026-12-01T00:00:00'), granularity: 'month' }).success).toBe(true);
    const reversed = PeriodSchema.safeParse({ from: at('2026-12-01T00:00:00'), to: at('2026-11-01T00:00:00'), granularity: 'day' });
    expect(reversed.error?.issues[0]).toMatchObject({ message: 'validation.rangeOrder', path: ['to'] });
    const huge = PeriodSchema.safeParse({ from: at('2000-01-01T00:00:00'), to: at('2026-01-01T00:00:00'), granularity: 'day' });
    expect(huge.error?.issues[0]).toMatchObject({ message: 'validation.range', path: ['from'] });
    expect(PeriodSchema.safeParse({ from: 0, to: 1, granularity: 'year' }).success).toBe(false);
  });
});
