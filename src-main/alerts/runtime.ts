/**
 * The alert scheduler's runtime in Electron main: real time, ONE timer, power
 * events, and where notifications, reports and counts go.
 *
 * Why there is a check every minute, and why it is not a polling loop: Node's
 * timers run on the monotonic clock, and neither Node nor Electron reports a
 * change of the wall clock. The deadlines are wall-clock instants, so after
 * the clock is set forward by an hour every armed alert would come an hour
 * late, and after it is set back the overdue counts would be wrong. So while
 * the scheduler holds entries, the one timer wakes at the next alert instant
 * or after at most CLOCK_CHECK_MS, whichever is sooner, and compares how far
 * the wall clock and the monotonic clock (`performance.now()`) moved. That is
 * two clock reads; no entry is looked at. Only when they disagree by more
 * than CLOCK_JUMP_MS does the scheduler re-evaluate its entries. With no
 * entries (nobody signed in, nothing open) there is no timer at all.
 */
import { powerMonitor } from 'electron';
import type { AlertCounts, AlertReport, FeedMessage } from '../core/alert-feed';
import { createAlertScheduler, type AlertScheduler } from '../core/alert-scheduler';
import { changesRecipient, settledBy } from '../core/alert-settled';
import type { AlertLanguage } from '../core/alert-text';
import type { Notifier } from './notifier';

/** setTimeout's longest delay; a longer one fires at once (Node) — so it is clamped and re-armed. */
export const MAX_TIMER_MS = 2 ** 31 - 1;
/** How often, at most, the clocks are compared while an alert is scheduled. */
export const CLOCK_CHECK_MS = 60_000;
/** A disagreement of the two clocks beyond this is a clock change (or a sleep), not timer jitter. */
export const CLOCK_JUMP_MS = 5_000;

export interface AlertRuntimeOptions {
  notifier: Pick<Notifier, 'showAlert' | 'liveAlertKeys' | 'dismissAlerts'>;
  /** To the store host's alert log (queued there while the host restarts). */
  report(report: AlertReport): void;
  /** To the tray, taskbar and dock. */
  counts(counts: AlertCounts): void;
  /** The language of the notification texts (the desktop prefs). */
  language(): AlertLanguage;
  log?: (message: string, detail?: unknown) => void;
  /** Wall clock; tests use fake timers instead of replacing these. */
  now?: () => number;
  monotonic?: () => number;
  /** Infinity turns the clock check off (then only 'resume' recomputes). */
  clockCheckMs?: number;
}

export interface AlertRuntime {
  readonly scheduler: AlertScheduler;
  /** A validated feed message: close the notifications it settles, then hand it to the scheduler. */
  apply(message: FeedMessage): void;
  acknowledge(keys: readonly string[]): void;
  snooze(keys: readonly string[]): void;
  /** The instant the timer is armed for, null when no timer is pending. */
  armedFor(): number | null;
  /** Quit: no timer, no listener, nothing shown any more. */
  stop(): void;
}

export function createAlertRuntime({
  notifier,
  report,
  counts,
  language,
  log = () => undefined,
  now = () => Date.now(),
  monotonic = () => performance.now(),
  clockCheckMs = CLOCK_CHECK_MS,
}: AlertRuntimeOptions): AlertRuntime {
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** What the scheduler asked for; the timer may wake before it (clamp, clock check). */
  let target: number | null = null;
  let stopped = false;
  let baseline = { wall: now(), mono: monotonic() };

  /** The effects run outside the scheduler: a failing notifier or host must not stop the timer. */
  const guarded =
    <T>(what: string, effect: (value: T) => void) =>
    (value: T) => {
      if (stopped) return;
      try {
        effect(value);
      } catch (error) {
        log(`alert ${what} failed`, error);
      }
    };

  const scheduler = createAlertScheduler({
    now,
    arm(at) {
      target = at;
      schedule();
    },
    notify: guarded('notification', (notification) => notifier.showAlert(notification, language())),
    report: guarded('report', report),
    counts: guarded('counts', counts),
  });

  /** (Re)arms the one timer: at the target, or for the next clock check while there are entries. */
  function schedule(): void {
    const idle = timer === null;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (stopped) return;
    const delay = target !== null ? Math.min(Math.max(0, target - now()), clockCheckMs) : scheduler.size() > 0 ? clockCheckMs : Infinity;
    if (delay === Infinity) return;
    // From idle the clocks are compared from now on: a change while idle needs no recompute, nothing was held.
    if (idle) baseline = { wall: now(), mono: monotonic() };
    timer = setTimeout(wake, Math.min(delay, MAX_TIMER_MS));
  }

  /** True when the wall clock moved differently from the monotonic clock since the last look. */
  function clockJumped(): boolean {
    const wall = now();
    const mono = monotonic();
    const drift = wall - baseline.wall - (mono - baseline.mono);
    baseline = { wall, mono };
    if (Math.abs(drift) <= CLOCK_JUMP_MS) return false;
    log('wall clock jumped; recomputing alerts', { driftMs: Math.round(drift) });
    return true;
  }

  function recompute(): void {
    if (stopped) return;
    baseline = { wall: now(), mono: monotonic() };
    target = null;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    scheduler.recompute();
    if (timer === null) schedule();
  }

  /** The timer fired (or the screen was unlocked): a clock change, the instant itself, or just a clock check. */
  function wake(): void {
    timer = null;
    if (stopped) return;
    if (clockJumped()) return recompute();
    if (target !== null && now() >= target) {
      target = null;
      scheduler.tick();
    }
    // The tick re-armed it if anything is still to come; otherwise the clock check goes on.
    if (timer === null) schedule();
  }

  // Sleep stops the monotonic clock on macOS and Linux, so a resume also shows as a jump;
  // 'resume' is the direct word for it. What fell due meanwhile comes as one summary.
  const onResume = () => recompute();
  // After a long lock the time may have been corrected; a cheap check, a recompute only if so.
  const onUnlock = () => {
    if (timer !== null) clearTimeout(timer);
    wake();
  };
  powerMonitor.on('resume', onResume);
  powerMonitor.on('unlock-screen', onUnlock);

  return {
    scheduler,
    apply(message) {
      if (stopped) return;
      // Before the scheduler: the alerts a new user gets at once must not close with the previous user's.
      const settled = settledBy(message, notifier.liveAlertKeys(), changesRecipient(scheduler.context(), message));
      if (settled) notifier.dismissAlerts(settled);
      scheduler.apply(message);
      if (timer === null) schedule();
    },
    acknowledge: (keys) => scheduler.acknowledge(keys),
    snooze: (keys) => scheduler.snooze(keys),
    armedFor: () => (timer === null ? null : target),
    stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      target = null;
      powerMonitor.removeListener('resume', onResume);
      powerMonitor.removeListener('unlock-screen', onUnlock);
    },
  };
}
