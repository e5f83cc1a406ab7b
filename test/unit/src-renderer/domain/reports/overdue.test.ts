import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../../../../src-renderer/domain/clocks/calendar';
import { completeClock, extendClock, pauseClock, resumeClock, startClock } from '../../../../../src-renderer/domain/clocks/clock';
import type { Clock } from '../../../../../src-renderer/domain/clocks/clock';
import { clockOverdueSpans, countOverdueAt, overdueAt, overdueSpansOf } from '../../../../../src-renderer/domain/reports/overdue';

process.env.TZ = 'Asia/Shanghai';

const HOUR = 3_600_000;
const at = (day: number, hour = 0) => new Date(2026, 10, day, hour).getTime();
const cal = createCalendar();
const clockOverdueAt = (clock: Clock, instant: number) => overdueAt(clockOverdueSpans(clock), instant);
const caseOverdueAt = (record: Parameters<typeof overdueSpansOf>[0], instant: number) => overdueAt(overdueSpansOf(record), instant);
const clock = () => startClock('response', 'calendar', 24 * HOUR, at(2, 10), cal); // due 3 November 10:00

describe('overdue at an instant', () => {
  it('is a clock running then with its deadline past', () => {
    expect(clockOverdueAt(clock(), at(3, 10))).toBe(false); // due at that very instant
    expect(clockOverdueAt(clock(), at(3, 11))).toBe(true);
    expect(clockOverdueAt(clock(), at(1))).toBe(false); // not started
  });

  it('is judged before a completion, not after', () => {
    const late = completeClock(clock(), at(5, 10), cal);
    expect(late.state).toBe('missed');
    expect(clockOverdueAt(late, at(4))).toBe(true);
    expect(clockOverdueAt(late, at(5, 10))).toBe(false);
    expect(clockOverdueAt(completeClock(clock(), at(3, 9), cal), at(4))).toBe(false);
  });

  it('is not a clock paused then, though its deadline had passed when it resumed', () => {
    const paused = pauseClock(clock(), at(2, 12), '等待客户补充资料', cal); // 22 h left
    const resumed = resumeClock(paused, at(10, 10), cal); // due 11 November 08:00
    expect(clockOverdueAt(paused, at(12))).toBe(false);
    expect(clockOverdueAt(resumed, at(9))).toBe(false); // paused then
    expect(clockOverdueAt(resumed, at(11, 9))).toBe(true);
  });

  it('keeps a past instant as it was when a pause later redrew the deadline (a late clock resumed counts its lateness from the resume)', () => {
    const late = pauseClock(clock(), at(6, 10), '等待配件', cal); // overdue since 3 November 10:00
    const resumed = resumeClock(late, at(10, 10), cal);
    expect(resumed.dueAt).toBeGreaterThan(at(6)); // redrawn: the 3 days late counted from 10 November
    expect(clockOverdueAt(resumed, at(5))).toBe(true);
    expect(clockOverdueAt(resumed, at(8))).toBe(false); // paused
    expect(clockOverdueAt(resumed, at(10, 11))).toBe(true);
  });

  it('uses the deadline as it stands: an extension approved later counts', () => {
    const extended = extendClock(clock(), at(8, 10), at(4, 10), cal);
    expect(clockOverdueAt(extended, at(4, 9))).toBe(false);
    expect(clockOverdueAt(extended, at(8, 11))).toBe(true);
  });

  it('is a case with any such clock, an earlier handling’s too', () => {
    const done = completeClock(clock(), at(2, 11), cal);
    const earlier = completeClock(startClock('resolution', 'calendar', 24 * HOUR, at(2, 10), cal), at(6), cal);
    expect(caseOverdueAt({ clocks: { response: done } }, at(4))).toBe(false);
    expect(caseOverdueAt({ clocks: { response: done }, earlierResolutions: [earlier] }, at(4))).toBe(true);
    expect(caseOverdueAt({ clocks: { response: done, verification: clock() } }, at(4))).toBe(true);
    // A case never overdue carries no spans; one overdue twice (paused in between) carries both.
    expect(overdueSpansOf({ clocks: { response: done } })).toBeUndefined();
    const twice = resumeClock(pauseClock(clock(), at(4), '等待客户', cal), at(6), cal);
    expect(clockOverdueSpans(twice)).toEqual([[at(3, 10) + 1, at(4)], [at(6), Number.POSITIVE_INFINITY]]);
    expect(countOverdueAt([{ overdueSpans: clockOverdueSpans(twice) }, undefined, {}], at(5))).toBe(0);
    expect(countOverdueAt([{ overdueSpans: clockOverdueSpans(twice) }, undefined, {}], at(7))).toBe(1);
  });
});
