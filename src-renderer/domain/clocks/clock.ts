/**
 * SLA clocks (时限). A clock counts time against a budget, in calendar or
 * business hours; a pause stops the count. The due instant is projected from
 * the time still left, so pauses, extensions and budget changes (a severity
 * change) all move it consistently.
 */
import { addWorkingTime, workingTimeBetween, type WorkCalendar } from './calendar';

/** The desk's own time limits, each counted in the mode the admin set (`SlaSettings.modes`). */
/**
 * `callback` (回访时限): from the handling's completion to the callback's survey — a case waiting
 * for its callback is not left without a deadline.
 */
export const SLA_CLOCK_KINDS = ['response', 'verification', 'grading', 'planApproval', 'resolution', 'callback'] as const;
export type SlaClockKind = (typeof SLA_CLOCK_KINDS)[number];
/**
 * Every clock a case may have: the desk's, and the referring body's reply deadline
 * (domain/cases/referral-reply.ts), a fixed instant from the work order that no setting counts.
 */
export const CLOCK_KINDS = [...SLA_CLOCK_KINDS, 'referralReply'] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];
export type ClockMode = 'calendar' | 'business';
export type ClockState = 'running' | 'paused' | 'met' | 'missed';

export interface ClockPause {
  from: number;
  to: number | null;
  reason: string;
  /** The deadline as it stood when the pause began (pauses recorded since 2026-12; a resume redraws it). */
  dueAt?: number;
}

export interface Clock {
  kind: ClockKind;
  mode: ClockMode;
  budgetMs: number;
  startedAt: number;
  /** Counted time up to `runningSince` (or up to the pause / completion). */
  consumedMs: number;
  /** Start of the current running stretch; null while paused or completed. */
  runningSince: number | null;
  /** Projected deadline while running; the deadline at the moment of pausing while paused. */
  dueAt: number;
  state: ClockState;
  completedAt: number | null;
  pauses: ClockPause[];
  /**
   * When the deadline passed, for a clock extended after that (an extension asked for once it was
   * overdue): the new deadline gives the work a date, but the clock ends missed whatever it meets.
   * Absent on a clock never extended late.
   */
  overdueSince?: number;
}

function elapsed(mode: ClockMode, calendar: WorkCalendar, from: number, to: number): number {
  return mode === 'business' ? workingTimeBetween(calendar, from, to) : Math.max(0, to - from);
}

/**
 * The deadline with `remainingMs` left at `from`. A clock already overdue
 * (negative remainder, e.g. resumed after a pause that began late) keeps how
 * late it is; that overrun is counted in calendar time.
 */
function project(mode: ClockMode, calendar: WorkCalendar, from: number, remainingMs: number): number {
  if (remainingMs < 0) return from + remainingMs;
  return mode === 'business' ? addWorkingTime(calendar, from, remainingMs) : from + remainingMs;
}

export function startClock(kind: ClockKind, mode: ClockMode, budgetMs: number, at: number, calendar: WorkCalendar): Clock {
  return {
    kind,
    mode,
    budgetMs,
    startedAt: at,
    consumedMs: 0,
    runningSince: at,
    dueAt: project(mode, calendar, at, budgetMs),
    state: 'running',
    completedAt: null,
    pauses: [],
  };
}

export function isOpen(clock: Clock): boolean {
  return clock.state === 'running' || clock.state === 'paused';
}

export function pauseClock(clock: Clock, at: number, reason: string, calendar: WorkCalendar): Clock {
  if (clock.state !== 'running' || clock.runningSince === null) return clock;
  const consumedMs = clock.consumedMs + elapsed(clock.mode, calendar, clock.runningSince, at);
  return { ...clock, consumedMs, runningSince: null, state: 'paused', pauses: [...clock.pauses, { from: at, to: null, reason, dueAt: clock.dueAt }] };
}

/**
 * Counting again: the deadline moves by the counted time the pause took. One that took none (a
 * business clock paused outside working time) leaves it where it was — a deadline set at an
 * instant outside working time (a plan due Saturday 20:00) would otherwise be redrawn at the close
 * of the last working period before it (Friday 18:00), earlier than agreed.
 */
export function resumeClock(clock: Clock, at: number, calendar: WorkCalendar): Clock {
  if (clock.state !== 'paused') return clock;
  const open = clock.pauses.at(-1);
  const pauses = clock.pauses.map((p, i) => (i === clock.pauses.length - 1 && p.to === null ? { ...p, to: at } : p));
  const took = open && open.to === null ? elapsed(clock.mode, calendar, open.from, at) : null;
  return {
    ...clock,
    runningSince: at,
    state: 'running',
    pauses,
    dueAt: took === 0 ? keptDeadline(clock, open!.from, at) : project(clock.mode, calendar, at, clock.budgetMs - clock.consumedMs),
  };
}

/**
 * The deadline kept by a pause that took no counted time: where it was — unless it passed during the
 * pause (an off-hours deadline, Saturday 20:00, paused at 10:00 and resumed at 21:00), which a pause
 * begun in time cannot make late: it is due on resuming, not overdue by then.
 */
function keptDeadline(clock: Clock, pausedAt: number, at: number): number {
  return pausedAt <= clock.dueAt ? Math.max(clock.dueAt, at) : clock.dueAt;
}

/**
 * The step the clock measures is done: met when done by the deadline instant, missed otherwise —
 * as the alerts and the overdue lists saw it. A working-time clock due at the close of a day
 * (18:00) and done before the next opening (09:00) used no more working time than its budget,
 * but it was shown overdue from 18:00: it is missed (so is a 12315 reply, referral-reply.ts).
 * Done while paused: time stood still from the pause, so it is met when the pause began by the
 * deadline, and the deadline stays as it was then.
 */
export function completeClock(clock: Clock, at: number, calendar: WorkCalendar): Clock {
  if (!isOpen(clock)) return clock;
  if (clock.state === 'paused') {
    const open = clock.pauses.at(-1);
    const pausedAt = open && open.to === null ? open.from : at;
    const pauses = clock.pauses.map((p, i) => (i === clock.pauses.length - 1 && p.to === null ? { ...p, to: at } : p));
    return { ...clock, pauses, runningSince: null, completedAt: at, state: pausedAt <= clock.dueAt && clock.overdueSince === undefined ? 'met' : 'missed' };
  }
  const consumedMs = clock.consumedMs + elapsed(clock.mode, calendar, clock.runningSince ?? at, at);
  return {
    ...clock,
    consumedMs,
    runningSince: null,
    completedAt: at,
    state: at <= clock.dueAt && clock.overdueSince === undefined ? 'met' : 'missed',
  };
}

/** A new budget (severity changed): the deadline moves, time already counted stays counted. */
export function rebudgetClock(clock: Clock, budgetMs: number, at: number, calendar: WorkCalendar): Clock {
  if (!isOpen(clock)) return clock;
  // Paused: the deadline as it stood at the pause, with the new budget (resumeClock may keep it).
  if (clock.state === 'paused') {
    const from = clock.pauses.at(-1)?.from ?? at;
    return { ...clock, budgetMs, dueAt: project(clock.mode, calendar, from, budgetMs - clock.consumedMs) };
  }
  const consumedNow = clock.consumedMs + elapsed(clock.mode, calendar, clock.runningSince ?? at, at);
  return {
    ...clock,
    budgetMs,
    consumedMs: consumedNow,
    runningSince: at,
    dueAt: project(clock.mode, calendar, at, budgetMs - consumedNow),
  };
}

/**
 * An approved extension: the deadline becomes `dueAt`; the budget grows by the time added —
 * unless that adds nothing: a deadline that moved past `dueAt` after it was requested (a pause
 * while the request waited, a longer budget) stays as it is. An approval never shortens it.
 */
/**
 * `overdueSince`: the deadline that had passed when the extension was asked for (judged then, by the
 * request: `ExtensionRequest.overdueSince`); the clock then stays missed whatever the new deadline.
 */
export function extendClock(clock: Clock, dueAt: number, at: number, calendar: WorkCalendar, overdueSince?: number): Clock {
  if (!isOpen(clock)) return clock;
  const late = clock.overdueSince ?? overdueSince;
  const extended = extendedClock(clock, dueAt, at, calendar);
  return late === undefined || extended.overdueSince === late ? extended : { ...extended, overdueSince: late };
}

function extendedClock(clock: Clock, dueAt: number, at: number, calendar: WorkCalendar): Clock {
  const consumedNow =
    clock.state === 'running' ? clock.consumedMs + elapsed(clock.mode, calendar, clock.runningSince ?? at, at) : clock.consumedMs;
  const budgetMs = consumedNow + elapsed(clock.mode, calendar, at, dueAt);
  // Running: the instants compare (a working-time clock may be moved to a later instant that adds no
  // working time: Friday 18:00 to Saturday 12:00). Paused: the time left, then the instants.
  if (clock.state === 'running' ? dueAt <= clock.dueAt : budgetMs < clock.budgetMs || (budgetMs === clock.budgetMs && dueAt <= clock.dueAt)) {
    return clock;
  }
  if (clock.state === 'running') return { ...clock, budgetMs, consumedMs: consumedNow, runningSince: at, dueAt };
  // Paused: the pause is split at the approval, so a resume measures the time it took from then
  // (resumeClock), not from before the deadline was set.
  const open = clock.pauses.at(-1);
  const pauses = open && open.to === null ? [...clock.pauses.slice(0, -1), { ...open, to: at }, { from: at, to: null, reason: open.reason }] : clock.pauses;
  return { ...clock, budgetMs, dueAt, pauses };
}

export interface ClockView {
  kind: ClockKind;
  state: ClockState;
  dueAt: number;
  /** Time left to the deadline; negative once overdue. For a paused clock, the budget left. */
  remainingMs: number;
  overdue: boolean;
}

/**
 * A clock stopped for good: paused when its case ended (terminated, or redirected), so never to
 * resume. Shown as 已停止 where it stood, on the case page and on paper, not as a pause still overdue.
 */
export function stoppedWithCase(view: Pick<ClockView, 'state'>, caseEnded: boolean): boolean {
  return caseEnded && view.state === 'paused';
}

export function viewClock(clock: Clock, now: number): ClockView {
  if (clock.state === 'running') {
    const remainingMs = clock.dueAt - now;
    return { kind: clock.kind, state: 'running', dueAt: clock.dueAt, remainingMs, overdue: remainingMs < 0 };
  }
  if (clock.state === 'paused') {
    const remainingMs = clock.budgetMs - clock.consumedMs;
    // Paused after its deadline had passed: overdue, though a working-time clock paused out of hours has 0 left.
    const pausedAt = clock.pauses.at(-1)?.from ?? clock.dueAt;
    return { kind: clock.kind, state: 'paused', dueAt: clock.dueAt, remainingMs, overdue: remainingMs < 0 || pausedAt > clock.dueAt };
  }
  return { kind: clock.kind, state: clock.state, dueAt: clock.dueAt, remainingMs: 0, overdue: clock.state === 'missed' };
}
