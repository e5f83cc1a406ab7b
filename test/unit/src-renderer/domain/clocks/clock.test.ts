import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../../../../src-renderer/domain/clocks/calendar';
import {
  completeClock,
  extendClock,
  isOpen,
  pauseClock,
  rebudgetClock,
  resumeClock,
  startClock,
  viewClock,
  type Clock,
} from '../../../../../src-renderer/domain/clocks/clock';

// Set before any date is made (setup-node.ts sets it too).
process.env.TZ = 'Asia/Shanghai';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** A local instant in Beijing time; 2026-11-23 is a Monday. Month is 1–12. */
const at = (m: number, d: number, h = 0, min = 0) => new Date(2026, m - 1, d, h, min).getTime();
const MON_9 = at(11, 23, 9);
const cal = createCalendar();

const calendarClock = (budgetHours: number, start = MON_9) => startClock('response', 'calendar', budgetHours * HOUR, start, cal);
const businessClock = (budgetHours: number, start = MON_9) => startClock('verification', 'business', budgetHours * HOUR, start, cal);

describe('startClock', () => {
  it('projects the due instant in calendar hours', () => {
    expect(calendarClock(24)).toEqual({
      kind: 'response',
      mode: 'calendar',
      budgetMs: 24 * HOUR,
      startedAt: MON_9,
      consumedMs: 0,
      runningSince: MON_9,
      dueAt: at(11, 24, 9),
      state: 'running',
      completedAt: null,
      pauses: [],
    });
  });

  it('projects the due instant in working hours, across nights, lunch and the weekend', () => {
    // Monday 11:00 + 24 working hours: 6 h Monday, 8 h Tuesday, 8 h Wednesday, 2 h Thursday.
    expect(businessClock(24, at(11, 23, 11)).dueAt).toBe(at(11, 26, 11));
    // Friday 17:00 + 8 working hours is Monday 17:00; in calendar hours it is Saturday 01:00.
    expect(businessClock(8, at(11, 20, 17)).dueAt).toBe(at(11, 23, 17));
    expect(calendarClock(8, at(11, 20, 17)).dueAt).toBe(at(11, 21, 1));
  });
});

describe('viewClock', () => {
  it('counts down a running clock and marks it overdue after the deadline', () => {
    const clock = calendarClock(2);
    expect(viewClock(clock, MON_9 + 30 * MINUTE)).toEqual({ kind: 'response', state: 'running', dueAt: MON_9 + 2 * HOUR, remainingMs: 90 * MINUTE, overdue: false });
    expect(viewClock(clock, MON_9 + 2 * HOUR).overdue).toBe(false);
    expect(viewClock(clock, MON_9 + 3 * HOUR)).toMatchObject({ remainingMs: -HOUR, overdue: true });
  });

  it('shows the budget left of a paused clock, whatever the time', () => {
    const paused = pauseClock(calendarClock(10), MON_9 + 2 * HOUR, '等待客户', cal);
    expect(viewClock(paused, MON_9 + 3 * HOUR)).toMatchObject({ state: 'paused', remainingMs: 8 * HOUR, overdue: false });
    expect(viewClock(paused, at(12, 31))).toMatchObject({ state: 'paused', remainingMs: 8 * HOUR, overdue: false });
  });

  it('shows a completed clock as met or missed, never counting', () => {
    expect(viewClock(completeClock(calendarClock(2), MON_9 + HOUR, cal), at(12, 31))).toMatchObject({ state: 'met', remainingMs: 0, overdue: false });
    expect(viewClock(completeClock(calendarClock(2), MON_9 + 3 * HOUR, cal), MON_9)).toMatchObject({ state: 'missed', overdue: true });
  });
});

describe('pauses', () => {
  it('stop the count, and resuming moves the due instant by the time paused', () => {
    const paused = pauseClock(calendarClock(10), MON_9 + 2 * HOUR, '等待配件', cal);
    expect(paused).toMatchObject({ state: 'paused', consumedMs: 2 * HOUR, runningSince: null, pauses: [{ from: MON_9 + 2 * HOUR, to: null, reason: '等待配件' }] });
    expect(isOpen(paused)).toBe(true);
    const resumed = resumeClock(paused, at(11, 24, 11), cal);
    expect(resumed).toMatchObject({ state: 'running', runningSince: at(11, 24, 11), consumedMs: 2 * HOUR, dueAt: at(11, 24, 19) });
    // The pause keeps the deadline it began under (MON 19:00), for the report of who was overdue when.
    expect(resumed.pauses).toEqual([{ from: MON_9 + 2 * HOUR, to: at(11, 24, 11), reason: '等待配件', dueAt: MON_9 + 10 * HOUR }]);
  });

  it('count working time only, in business mode', () => {
    // 16 working hours from Monday 09:00; paused at 10:00 until Wednesday 09:00: 15 h left.
    const paused = pauseClock(businessClock(16), at(11, 23, 10), '等待客户', cal);
    expect(paused.consumedMs).toBe(HOUR);
    expect(resumeClock(paused, at(11, 25, 9), cal).dueAt).toBe(at(11, 26, 17));
  });

  it('keep every pause on record', () => {
    let clock: Clock = calendarClock(10);
    clock = pauseClock(clock, MON_9 + HOUR, 'a', cal);
    clock = resumeClock(clock, MON_9 + 2 * HOUR, cal);
    clock = pauseClock(clock, MON_9 + 3 * HOUR, 'b', cal);
    clock = resumeClock(clock, MON_9 + 5 * HOUR, cal);
    expect(clock.pauses.map((p) => [p.reason, (p.to! - p.from) / HOUR])).toEqual([['a', 1], ['b', 2]]);
    expect(clock.dueAt).toBe(MON_9 + 13 * HOUR);
  });

  it('ignore a pause of a clock that is not running and a resume of one that is not paused', () => {
    const running = calendarClock(10);
    expect(resumeClock(running, MON_9 + HOUR, cal)).toBe(running);
    const paused = pauseClock(running, MON_9 + HOUR, 'x', cal);
    expect(pauseClock(paused, MON_9 + 2 * HOUR, 'y', cal)).toBe(paused);
    const done = completeClock(running, MON_9 + HOUR, cal);
    expect(pauseClock(done, MON_9 + 2 * HOUR, 'y', cal)).toBe(done);
    expect(resumeClock(done, MON_9 + 2 * HOUR, cal)).toBe(done);
  });
});

describe('completeClock', () => {
  it('is met when done by the deadline, to the millisecond, and missed after', () => {
    expect(completeClock(calendarClock(10), MON_9 + 9 * HOUR, cal)).toMatchObject({ state: 'met', consumedMs: 9 * HOUR, completedAt: MON_9 + 9 * HOUR, runningSince: null });
    expect(completeClock(calendarClock(10), MON_9 + 10 * HOUR, cal).state).toBe('met');
    expect(completeClock(calendarClock(10), MON_9 + 10 * HOUR + 1, cal).state).toBe('missed');
    expect(isOpen(completeClock(calendarClock(10), MON_9, cal))).toBe(false);
  });

  it('judges business clocks by working time: done on Monday morning after a Friday start is met', () => {
    const clock = businessClock(4, at(11, 20, 16));
    expect(completeClock(clock, at(11, 23, 10), cal)).toMatchObject({ state: 'met', consumedMs: 3 * HOUR });
    expect(completeClock(clock, at(11, 23, 11, 1), cal).state).toBe('missed');
  });

  it('is missed when done after a deadline at the close of a day, though no working time passed since (it was shown overdue)', () => {
    const clock = businessClock(2, at(11, 20, 16));
    expect(clock.dueAt).toBe(at(11, 20, 18));
    expect(completeClock(clock, at(11, 20, 18), cal).state).toBe('met');
    for (const after of [at(11, 20, 18, 1), at(11, 21, 10), at(11, 23, 8, 30)]) {
      expect(viewClock(clock, after).overdue).toBe(true);
      expect(completeClock(clock, after, cal)).toMatchObject({ state: 'missed', consumedMs: 2 * HOUR });
    }
    // Moved to an instant outside working time (Saturday 12:00): met up to it, missed after.
    const extended = extendClock(clock, at(11, 21, 12), at(11, 20, 17), cal);
    expect(completeClock(extended, at(11, 21, 11), cal).state).toBe('met');
    expect(completeClock(extended, at(11, 21, 13), cal).state).toBe('missed');
  });

  it('done while paused: met when the pause began by the deadline, missed when it began after, whenever it is done', () => {
    // Due Saturday 20:00 (moved outside working time), paused Saturday 10:00, done Saturday 21:00 while still paused.
    const approved = extendClock(businessClock(8), at(11, 28, 20), at(11, 23, 12), cal);
    const paused = pauseClock(approved, at(11, 28, 10), 'x', cal);
    expect(viewClock(paused, at(11, 28, 21)).overdue).toBe(false);
    expect(completeClock(paused, at(11, 28, 21), cal)).toMatchObject({ state: 'met', dueAt: at(11, 28, 20), completedAt: at(11, 28, 21) });
    // Due Friday 18:00, shown overdue from then, paused 18:30 (no working time left, none taken since): late, done Monday early or late.
    const late = pauseClock(businessClock(2, at(11, 20, 16)), at(11, 20, 18, 30), 'x', cal);
    expect(viewClock(late, at(11, 21)).overdue).toBe(true);
    for (const done of [at(11, 23, 8), at(11, 23, 9, 30), at(11, 23, 15)]) expect(completeClock(late, done, cal).state).toBe('missed');
  });

  it('does not count the pause when completed while paused', () => {
    const paused = pauseClock(calendarClock(2), MON_9 + HOUR, '等待客户', cal);
    const done = completeClock(paused, at(11, 30, 9), cal);
    expect(done).toMatchObject({ state: 'met', consumedMs: HOUR, completedAt: at(11, 30, 9) });
    expect(done.pauses).toEqual([{ from: MON_9 + HOUR, to: at(11, 30, 9), reason: '等待客户', dueAt: MON_9 + 2 * HOUR }]);
  });

  it('is missed when the deadline had passed before the pause', () => {
    const paused = pauseClock(calendarClock(2), MON_9 + 3 * HOUR, '等待客户', cal);
    expect(completeClock(paused, MON_9 + 4 * HOUR, cal)).toMatchObject({ state: 'missed', consumedMs: 3 * HOUR });
  });

  it('does not change a completed clock again', () => {
    const done = completeClock(calendarClock(2), MON_9 + HOUR, cal);
    expect(completeClock(done, MON_9 + 5 * HOUR, cal)).toBe(done);
  });
});

describe('rebudgetClock (a severity change)', () => {
  it('keeps the time already counted and moves the deadline', () => {
    // General (24 h) graded major (2 h) an hour in: one hour left.
    const clock = rebudgetClock(calendarClock(24), 2 * HOUR, MON_9 + HOUR, cal);
    expect(clock).toMatchObject({ budgetMs: 2 * HOUR, consumedMs: HOUR, runningSince: MON_9 + HOUR, dueAt: MON_9 + 2 * HOUR, state: 'running' });
    expect(completeClock(clock, MON_9 + 2 * HOUR, cal).state).toBe('met');
    expect(completeClock(clock, MON_9 + 2 * HOUR + 1, cal).state).toBe('missed');
  });

  it('can make a clock overdue at once, and missed when completed', () => {
    const clock = rebudgetClock(calendarClock(24), 2 * HOUR, MON_9 + 3 * HOUR, cal);
    expect(clock.consumedMs).toBe(3 * HOUR);
    expect(completeClock(clock, MON_9 + 3 * HOUR, cal).state).toBe('missed');
  });

  it('gives more time for a lower severity', () => {
    expect(rebudgetClock(calendarClock(2), 24 * HOUR, MON_9 + HOUR, cal).dueAt).toBe(at(11, 24, 9));
  });

  it('keeps working time counted in business mode', () => {
    const clock = rebudgetClock(businessClock(16), 4 * HOUR, at(11, 23, 14), cal);
    expect(clock.consumedMs).toBe(4 * HOUR);
    expect(clock.dueAt).toBe(at(11, 23, 14));
    // 10 h budget, 4 h counted: 4 h more on Monday afternoon, 2 h on Tuesday morning.
    expect(rebudgetClock(businessClock(16), 10 * HOUR, at(11, 23, 14), cal).dueAt).toBe(at(11, 24, 11));
  });

  it('changes only the budget of a paused clock; resuming projects the new one', () => {
    const paused = pauseClock(calendarClock(24), MON_9 + HOUR, 'x', cal);
    const rebudgeted = rebudgetClock(paused, 2 * HOUR, MON_9 + 2 * HOUR, cal);
    expect(rebudgeted).toMatchObject({ state: 'paused', budgetMs: 2 * HOUR, consumedMs: HOUR });
    expect(resumeClock(rebudgeted, MON_9 + 5 * HOUR, cal).dueAt).toBe(MON_9 + 6 * HOUR);
  });

  it('leaves a completed clock as it was', () => {
    const done = completeClock(calendarClock(2), MON_9 + HOUR, cal);
    expect(rebudgetClock(done, HOUR, MON_9 + 2 * HOUR, cal)).toBe(done);
  });
});

describe('a pause that takes no counted time', () => {
  it('leaves a business deadline set outside working time where it was; a pause in working time moves it by the time it took', () => {
    // A plan due Saturday 20:00, approved Monday 12:00, counted in working time (the budget runs out at Friday's close).
    const approved = extendClock(businessClock(8), at(11, 28, 20), at(11, 23, 12), cal);
    expect(approved.dueAt).toBe(at(11, 28, 20));
    // Paused on Saturday, resumed before the deadline: no working time taken, nothing moves (it was
    // redrawn at Friday 18:00).
    const saturday = resumeClock(pauseClock(approved, at(11, 28, 10), 'x', cal), at(11, 28, 15), cal);
    expect(saturday.dueAt).toBe(at(11, 28, 20));
    expect(completeClock(saturday, at(11, 28, 19), cal).state).toBe('met');
    // Resumed only on Sunday, after the deadline: a pause begun in time does not make it late; it is due on resuming.
    const weekend = resumeClock(pauseClock(approved, at(11, 28, 10), 'x', cal), at(11, 29, 10), cal);
    expect(weekend.dueAt).toBe(at(11, 29, 10));
    expect(viewClock(weekend, at(11, 29, 10)).overdue).toBe(false);
    expect(completeClock(weekend, at(11, 29, 11), cal).state).toBe('missed');
    // Paused two working hours on Friday: two working hours later, into Monday.
    const friday = resumeClock(pauseClock(approved, at(11, 27, 14), 'x', cal), at(11, 27, 16), cal);
    expect(friday.dueAt).toBe(at(11, 30, 11));
  });

  it('a budget changed while paused moves the deadline even when the pause took no counted time', () => {
    // Paused over lunch (12:00–13:00 is not working time), the budget doubled meanwhile.
    const paused = pauseClock(businessClock(8), at(11, 23, 12, 10), 'x', cal);
    expect(paused.dueAt).toBe(at(11, 23, 18));
    const longer = rebudgetClock(paused, 16 * HOUR, at(11, 23, 12, 20), cal);
    expect(longer.dueAt).toBe(at(11, 24, 18));
    expect(resumeClock(longer, at(11, 23, 12, 50), cal).dueAt).toBe(at(11, 24, 18));
  });
});

describe('extendClock (an approved extension)', () => {
  it('moves the deadline of a running clock to the new instant, keeping the time counted', () => {
    const clock = extendClock(calendarClock(8), at(11, 25, 18), MON_9 + 3 * HOUR, cal);
    expect(clock).toMatchObject({ dueAt: at(11, 25, 18), consumedMs: 3 * HOUR, runningSince: MON_9 + 3 * HOUR, state: 'running' });
    expect(clock.budgetMs).toBe(3 * HOUR + (at(11, 25, 18) - (MON_9 + 3 * HOUR)));
    expect(completeClock(clock, at(11, 25, 17), cal).state).toBe('met');
    expect(completeClock(clock, at(11, 25, 18, 30), cal).state).toBe('missed');
  });

  it('moves a business clock to the new instant and budgets the working time up to it', () => {
    const clock = extendClock(businessClock(8), at(11, 24, 18), at(11, 23, 12), cal);
    expect(clock.dueAt).toBe(at(11, 24, 18));
    expect(clock.budgetMs).toBe(16 * HOUR);
    expect(completeClock(clock, at(11, 24, 17, 59), cal).state).toBe('met');
  });

  it('extended after the deadline had passed (as the request says), gives the work its new date but ends missed whatever it meets', () => {
    // 8 h from Monday 9:00, due 17:00; asked for at 18:00, approved the next morning.
    const late = extendClock(calendarClock(8), at(11, 27, 18), at(11, 24, 10), cal, MON_9 + 8 * HOUR);
    expect(late).toMatchObject({ dueAt: at(11, 27, 18), state: 'running', overdueSince: MON_9 + 8 * HOUR });
    expect(completeClock(late, at(11, 25, 12), cal).state).toBe('missed');
    // Extended again later: still the first deadline missed.
    expect(extendClock(late, at(11, 30, 18), at(11, 26, 10), cal).overdueSince).toBe(MON_9 + 8 * HOUR);
    // Asked for in time (nothing passed): on time when met, however late the approval.
    const inTime = extendClock(calendarClock(8), at(11, 27, 18), at(11, 24, 10), cal);
    expect(inTime.overdueSince).toBeUndefined();
    expect(completeClock(inTime, at(11, 25, 12), cal).state).toBe('met');
  });

  it('sets the deadline of a paused clock and counts on from the resume', () => {
    const paused = pauseClock(calendarClock(8), MON_9 + 2 * HOUR, 'x', cal);
    const extended = extendClock(paused, MON_9 + 24 * HOUR, MON_9 + 4 * HOUR, cal);
    expect(extended).toMatchObject({ state: 'paused', dueAt: MON_9 + 24 * HOUR, consumedMs: 2 * HOUR, budgetMs: 22 * HOUR });
    expect(resumeClock(extended, MON_9 + 4 * HOUR, cal).dueAt).toBe(MON_9 + 24 * HOUR);
  });

  it('never shortens: a deadline that moved past the one requested since (a pause while the request waited) stays', () => {
    // Requested at MON_9 + 1 h: 8 h clock due MON_9 + 8 h, extension to MON_9 + 10 h. Then a 4 h pause.
    const paused = pauseClock(calendarClock(8), MON_9 + 2 * HOUR, 'x', cal);
    const resumed = resumeClock(paused, MON_9 + 6 * HOUR, cal);
    expect(resumed.dueAt).toBe(MON_9 + 12 * HOUR);
    expect(extendClock(resumed, MON_9 + 10 * HOUR, MON_9 + 7 * HOUR, cal)).toBe(resumed);
    expect(extendClock(resumed, MON_9 + 12 * HOUR, MON_9 + 7 * HOUR, cal)).toBe(resumed);
    // Paused again: the time left (6 h) is more than the requested date leaves (3 h from the approval).
    const pausedAgain = pauseClock(resumed, MON_9 + 6 * HOUR, 'y', cal);
    expect(extendClock(pausedAgain, MON_9 + 10 * HOUR, MON_9 + 7 * HOUR, cal)).toBe(pausedAgain);
    // A working-time clock moved to a later instant that adds no working time (Friday 18:00 to Saturday 12:00) is moved.
    const friday = businessClock(8, at(11, 27, 9));
    expect(friday.dueAt).toBe(at(11, 27, 18));
    expect(extendClock(friday, at(11, 28, 12), at(11, 27, 10), cal).dueAt).toBe(at(11, 28, 12));
    // A later date still extends.
    expect(extendClock(resumed, MON_9 + 14 * HOUR, MON_9 + 7 * HOUR, cal).dueAt).toBe(MON_9 + 14 * HOUR);
  });

  it('extends a paused working-time clock to an instant outside working time, kept through a resume that takes no working time', () => {
    // Paused Friday 16:00; extended on Saturday to Monday 20:00; resumed Saturday 11:00.
    const paused = pauseClock(businessClock(8, at(11, 27, 9)), at(11, 27, 16), 'x', cal);
    const extended = extendClock(paused, at(11, 30, 20), at(11, 28, 10), cal);
    expect(extended.dueAt).toBe(at(11, 30, 20));
    expect(resumeClock(extended, at(11, 28, 11), cal).dueAt).toBe(at(11, 30, 20));
    // To a later instant that adds no working time (Saturday 20:00 → Sunday 20:00): moved, as a running clock would be.
    const late = pauseClock(extendClock(businessClock(8, at(11, 27, 9)), at(11, 28, 20), at(11, 27, 10), cal), at(11, 27, 19), 'y', cal);
    const sunday = extendClock(late, at(11, 29, 20), at(11, 28, 10), cal);
    expect(resumeClock(sunday, at(11, 28, 11), cal).dueAt).toBe(at(11, 29, 20));
  });

  it('leaves a completed clock as it was', () => {
    const done = completeClock(calendarClock(2), MON_9 + 3 * HOUR, cal);
    expect(extendClock(done, at(12, 1), MON_9 + 4 * HOUR, cal)).toBe(done);
  });
});
