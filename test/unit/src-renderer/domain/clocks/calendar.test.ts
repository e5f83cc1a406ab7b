import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingTime,
  createCalendar,
  dayKeyOf,
  DEFAULT_CALENDAR,
  officialDays,
  workingTimeBetween,
  yearsWithoutHolidays,
  type CalendarSettings,
} from '../../../../../src-renderer/domain/clocks/calendar';

// Set before any date is made (setup-node.ts sets it too): the calendar counts Beijing working hours.
process.env.TZ = 'Asia/Shanghai';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A local instant in Beijing time; month is 1–12. */
const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();
const calendar = createCalendar();
const add = (from: number, hours: number, cal = calendar) => addWorkingTime(cal, from, hours * HOUR);
const between = (from: number, to: number, cal = calendar) => workingTimeBetween(cal, from, to) / HOUR;
const withExtra = (extra: Partial<CalendarSettings>) => createCalendar({ ...DEFAULT_CALENDAR, ...extra });

describe('the working calendar (Beijing time)', () => {
  it('runs in UTC+8', () => {
    expect(new Date(at(2026, 11, 23)).toISOString()).toBe('2026-11-22T16:00:00.000Z');
  });

  it('works 09:00–12:00 and 13:00–18:00 on weekdays by default', () => {
    expect(between(at(2026, 11, 23), at(2026, 11, 24))).toBe(8);
    expect(add(at(2026, 11, 23, 9), 3)).toBe(at(2026, 11, 23, 12));
    expect(add(at(2026, 11, 23, 9), 8)).toBe(at(2026, 11, 23, 18));
  });

  it('skips the lunch break', () => {
    expect(add(at(2026, 11, 23, 11, 30), 1)).toBe(at(2026, 11, 23, 13, 30));
    expect(add(at(2026, 11, 23, 12, 15), 1)).toBe(at(2026, 11, 23, 14));
    expect(between(at(2026, 11, 23, 11), at(2026, 11, 23, 14))).toBe(2);
    expect(between(at(2026, 11, 23, 12), at(2026, 11, 23, 13))).toBe(0);
  });

  it('starts counting at the next opening when started outside working hours', () => {
    expect(add(at(2026, 11, 23, 7), 1)).toBe(at(2026, 11, 23, 10));
    expect(add(at(2026, 11, 23, 20), 1)).toBe(at(2026, 11, 24, 10));
    expect(add(at(2026, 11, 23, 17), 1)).toBe(at(2026, 11, 23, 18));
    expect(addWorkingTime(calendar, at(2026, 11, 23, 17), HOUR + 1)).toBe(at(2026, 11, 24, 9) + 1);
  });

  it('skips a weekend', () => {
    // Friday 2026-11-20 17:00 + 2 working hours = Monday 10:00.
    expect(add(at(2026, 11, 20, 17), 2)).toBe(at(2026, 11, 23, 10));
    expect(between(at(2026, 11, 20, 17), at(2026, 11, 23, 10))).toBe(2);
    expect(between(at(2026, 11, 21), at(2026, 11, 23))).toBe(0);
  });

  it('skips the National Day holiday, 2026-10-01 to 10-07, from the official data', () => {
    expect(officialDays().holidays).toEqual(expect.arrayContaining(['2026-10-01', '2026-10-04', '2026-10-07']));
    // Wednesday 09-30 17:00 + 2 h: the next working day is Thursday 10-08.
    expect(add(at(2026, 9, 30, 17), 2)).toBe(at(2026, 10, 8, 10));
    expect(between(at(2026, 9, 30, 9), at(2026, 10, 9, 18))).toBe(24);
    expect(calendar.isWorkingDay('2026-10-05', 1)).toBe(false);
  });

  it('works on an official make-up Saturday (调休), 2026-10-10', () => {
    expect(officialDays().workdays).toContain('2026-10-10');
    expect(new Date(at(2026, 10, 10)).getDay()).toBe(6);
    expect(add(at(2026, 10, 9, 17), 2)).toBe(at(2026, 10, 10, 10));
    expect(between(at(2026, 10, 10), at(2026, 10, 11))).toBe(8);
    // And the adjusted Sunday 2026-09-20 before the Mid-Autumn break.
    expect(between(at(2026, 9, 20), at(2026, 9, 21))).toBe(8);
  });

  it('takes the admin’s extra holidays and extra working days', () => {
    const cal = withExtra({ extraHolidays: ['2026-11-24'], extraWorkdays: ['2026-11-28'] });
    expect(add(at(2026, 11, 23, 17), 2, cal)).toBe(at(2026, 11, 25, 10));
    expect(add(at(2026, 11, 27, 17), 2, cal)).toBe(at(2026, 11, 28, 10));
    expect(between(at(2026, 11, 23), at(2026, 11, 30), cal)).toBe(5 * 8);
  });

  it('lets the admin override the official data both ways', () => {
    // An extra holiday on the official make-up Saturday: Friday 17:00 + 2 h is Monday 10-12.
    expect(add(at(2026, 10, 9, 17), 2, withExtra({ extraHolidays: ['2026-10-10'] }))).toBe(at(2026, 10, 12, 10));
    // An extra working day inside National Day.
    expect(add(at(2026, 9, 30, 17), 2, withExtra({ extraWorkdays: ['2026-10-05'] }))).toBe(at(2026, 10, 5, 10));
  });

  it('uses the configured hours, with or without a break', () => {
    const noBreak = withExtra({ dayStart: 8 * 60, dayEnd: 17 * 60, breakStart: null, breakEnd: null });
    expect(between(at(2026, 11, 23), at(2026, 11, 24), noBreak)).toBe(9);
    expect(add(at(2026, 11, 23, 11), 2, noBreak)).toBe(at(2026, 11, 23, 13));
    const allDay = withExtra({ dayStart: 0, dayEnd: 24 * 60, breakStart: null, breakEnd: null });
    expect(add(at(2026, 11, 20, 20), 6, allDay)).toBe(at(2026, 11, 23, 2));
  });

  it('gives no time for an empty or reversed range', () => {
    expect(workingTimeBetween(calendar, at(2026, 11, 23, 12), at(2026, 11, 23, 10))).toBe(0);
    expect(workingTimeBetween(calendar, at(2026, 11, 23, 10), at(2026, 11, 23, 10))).toBe(0);
    expect(add(at(2026, 11, 23, 10), 0)).toBe(at(2026, 11, 23, 10));
  });

  it('fails loudly on a calendar without working time instead of looping for ever', () => {
    const never = withExtra({ dayStart: 9 * 60, dayEnd: 9 * 60, breakStart: null, breakEnd: null });
    expect(() => add(at(2026, 11, 23), 1, never)).toThrow(RangeError);
  });

  it('names days by their local date', () => {
    expect(dayKeyOf(new Date(at(2026, 10, 1, 0, 30)))).toBe('2026-10-01');
    expect(dayKeyOf(new Date(at(2026, 1, 9, 23, 59)))).toBe('2026-01-09');
  });
});

describe('addWorkingTime and workingTimeBetween are inverse', () => {
  const calendars = fc.constantFrom(
    calendar,
    withExtra({ dayStart: 8 * 60 + 30, dayEnd: 17 * 60 + 30, breakStart: null, breakEnd: null }),
    withExtra({ extraHolidays: ['2026-05-06', '2026-11-24'], extraWorkdays: ['2026-10-04', '2026-11-29'] }),
  );
  const instants = fc.integer({ min: at(2025, 12, 1), max: at(2026, 12, 31) });
  const durations = fc.integer({ min: 0, max: 20 * 8 * HOUR });

  it('counts back exactly the working time it added', () => {
    fc.assert(
      fc.property(calendars, instants, durations, (cal, from, duration) => {
        const due = addWorkingTime(cal, from, duration);
        expect(due).toBeGreaterThanOrEqual(from);
        expect(workingTimeBetween(cal, from, due)).toBe(duration);
      }),
      { numRuns: 300 },
    );
  });

  it('lands on the same instant when counting forward the time between two instants', () => {
    fc.assert(
      fc.property(calendars, instants, fc.integer({ min: 0, max: 40 * DAY }), (cal, from, span) => {
        const to = from + span;
        const worked = workingTimeBetween(cal, from, to);
        // No working time at all: counting zero forward gives the next opening, which may lie after `to`.
        fc.pre(worked > 0);
        const reached = addWorkingTime(cal, from, worked);
        expect(reached).toBeLessThanOrEqual(to);
        expect(workingTimeBetween(cal, reached, to)).toBe(0);
        // Inside working hours the two agree to the millisecond.
        if (workingTimeBetween(cal, to - 1, to) === 1) expect(reached).toBe(to);
      }),
      { numRuns: 300 },
    );
  });

  it('is additive: a then b equals a + b', () => {
    // b > 0: zero time from the end of a working stretch is the next opening, not the end itself.
    fc.assert(
      fc.property(calendars, instants, durations, fc.integer({ min: 1, max: 8 * HOUR }), (cal, from, a, b) => {
        expect(addWorkingTime(cal, addWorkingTime(cal, from, a), b)).toBe(addWorkingTime(cal, from, a + b));
      }),
      { numRuns: 200 },
    );
  });
});

describe('years whose public holidays nobody knows yet', () => {
  it('are the years of a span with no holiday in the build’s data and none added by the administrator', () => {
    const years = new Set(officialDays().holidays.map((day) => Number(day.slice(0, 4))));
    const last = Math.max(...years);
    expect(yearsWithoutHolidays(DEFAULT_CALENDAR, at(last, 12, 20), at(last, 12, 30))).toEqual([]);
    expect(yearsWithoutHolidays(DEFAULT_CALENDAR, at(last, 12, 20), at(last + 1, 1, 8))).toEqual([last + 1]);
    // A company day off alone is not the year's schedule; its 元旦 among the added days is.
    expect(yearsWithoutHolidays({ extraHolidays: [`${last + 1}-03-08`] }, at(last, 12, 20), at(last + 1, 1, 8))).toEqual([last + 1]);
    expect(yearsWithoutHolidays({ extraHolidays: [`${last + 1}-01-01`] }, at(last, 12, 20), at(last + 1, 1, 8))).toEqual([]);
    // Years before the data begins are history.
    const first = Math.min(...years);
    expect(yearsWithoutHolidays(DEFAULT_CALENDAR, at(first - 5, 6, 1), at(first - 5, 6, 20))).toEqual([]);
  });
});
