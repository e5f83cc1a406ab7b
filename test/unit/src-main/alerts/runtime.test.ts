import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeNotification, fakeEvent, powerMonitor, resetFakeElectron } from '../fake-electron';
import { createNotifier, type Notifier } from '../../../../src-main/alerts/notifier';
import { CLOCK_CHECK_MS, createAlertRuntime, MAX_TIMER_MS, type AlertRuntimeOptions } from '../../../../src-main/alerts/runtime';
import type { AlertCounts, AlertNotification, AlertReport } from '../../../../src-main/core/alert-feed';
import { AGENT, contextFor, entry, HOUR, MIN, SUPERVISOR, T0 } from '../core/alert-fixtures';

vi.mock('electron', () => import('../fake-electron'));

beforeEach(() => {
  resetFakeElectron();
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

/** A runtime on the real scheduler and the real notifier (electron faked), recording what leaves it. */
function setup(options: Partial<AlertRuntimeOptions> = {}) {
  const shown: AlertNotification[] = [];
  const reports: AlertReport[] = [];
  const counts: AlertCounts[] = [];
  const log = vi.fn();
  const actions = { acknowledge: (keys: readonly string[]) => runtime.acknowledge(keys), snooze: (keys: readonly string[]) => runtime.snooze(keys) };
  const real: Notifier = createNotifier({ open: vi.fn(), ...actions, platform: 'darwin' });
  const notifier: AlertRuntimeOptions['notifier'] = {
    showAlert: (notification, language) => {
      shown.push(notification);
      real.showAlert(notification, language);
    },
    liveAlertKeys: () => real.liveAlertKeys(),
    dismissAlerts: (settled) => real.dismissAlerts(settled),
  };
  const runtime = createAlertRuntime({
    notifier,
    report: (r) => reports.push(r),
    counts: (c) => counts.push(c),
    language: () => 'zh-CN',
    log,
    ...options,
  });
  const tick = vi.spyOn(runtime.scheduler, 'tick');
  const recompute = vi.spyOn(runtime.scheduler, 'recompute');
  const kinds = () => shown.map((n) => `${n.delivery} ${n.alerts.map((a) => `${a.kind}:${a.caseNo.slice(-4)}`).join(',')}`);
  return { runtime, shown, reports, counts, log, tick, recompute, kinds, real };
}
/** Moves the clock to `at`, firing timers on the way. */
const advanceTo = (at: number) => vi.advanceTimersByTime(at - Date.now());

describe('one exact timer', () => {
  it('warns at warnAt and alerts at dueAt, with one timer pending and no polling of the entries', () => {
    const h = setup();
    h.runtime.apply({ type: 'reset', context: contextFor(AGENT, { repeatMinutes: 0 }), entries: [entry(1), entry(2, { dueAt: T0 + 30 * HOUR })] });
    const warnAt = T0 + 2 * HOUR;
    expect(h.runtime.armedFor()).toBe(warnAt);
    expect(vi.getTimerCount()).toBe(1);

    advanceTo(warnAt - 1);
    expect(h.shown).toEqual([]);
    expect(vi.getTimerCount()).toBe(1);
    advanceTo(warnAt);
    expect(h.kinds()).toEqual(['single warning:0001']);
    expect(FakeNotification.instances).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(1);

    advanceTo(T0 + 4 * HOUR - 1);
    expect(h.shown).toHaveLength(1);
    advanceTo(T0 + 4 * HOUR);
    expect(h.kinds()).toEqual(['single warning:0001', 'single overdue:0001']);
    expect(h.counts.at(-1)).toEqual({ overdue: 1, dueSoon: 0 });

    // Between the instants the timer only compared clocks: the scheduler ran once per instant.
    expect(h.tick).toHaveBeenCalledTimes(2);
    expect(h.recompute).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(1);
  });

  it('repeats every N minutes while overdue, each at its instant', () => {
    const h = setup();
    h.runtime.apply({ type: 'reset', context: contextFor(AGENT, { repeatMinutes: 30 }), entries: [entry(1)] });
    advanceTo(T0 + 4 * HOUR + 30 * MIN - 1);
    expect(h.kinds()).toEqual(['single warning:0001', 'single overdue:0001']);
    advanceTo(T0 + 4 * HOUR + 60 * MIN);
    expect(h.kinds()).toEqual(['single warning:0001', 'single overdue:0001', 'single repeat:0001', 'single repeat:0001']);
    expect(h.shown.map((n) => n.at)).toEqual([T0 + 2 * HOUR, T0 + 4 * HOUR, T0 + 4 * HOUR + 30 * MIN, T0 + 4 * HOUR + 60 * MIN]);
  });

  it('has no timer at all when nothing is scheduled', () => {
    const h = setup();
    h.runtime.apply({ type: 'reset', context: contextFor(null), entries: [entry(1)] });
    expect(vi.getTimerCount()).toBe(0);
    expect(h.runtime.armedFor()).toBeNull();
  });

  it('re-arms a timer longer than setTimeout allows instead of letting it fire at once', () => {
    const delays: number[] = [];
    const original = globalThis.setTimeout;
    vi.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void, ms?: number) => {
      delays.push(ms ?? 0);
      return original(fn, ms);
    }) as typeof setTimeout);
    const h = setup({ clockCheckMs: Infinity });
    const dueAt = T0 + 30 * 24 * HOUR;
    h.runtime.apply({ type: 'reset', context: contextFor(AGENT, { repeatMinutes: 0 }), entries: [entry(1, { dueAt })] });
    expect(delays).toEqual([MAX_TIMER_MS]);

    advanceTo(T0 + MAX_TIMER_MS);
    expect(h.shown).toEqual([]);
    expect(vi.getTimerCount()).toBe(1);
    expect(delays.at(-1)).toBe(dueAt - 2 * HOUR - (T0 + MAX_TIMER_MS));
    advanceTo(dueAt - 2 * HOUR);
    expect(h.kinds()).toEqual(['single warning:0001']);
    expect(Math.max(...delays)).toBeLessThanOrEqual(MAX_TIMER_MS);
  });

  it('with the clock check on, a deadline a month away still comes exactly on time', () => {
    const h = setup();
    const dueAt = T0 + 30 * 24 * HOUR;
    h.runtime.apply({ type: 'reset', context: contextFor(AGENT, { repeatMinutes: 0 }), entries: [entry(1, { dueAt })] });
    advanceTo(dueAt - 2 * HOUR - 1);
    expect(h.shown).toEqual([]);
    advanceTo(dueAt);
    expect(h.kinds()).toEqual(['single warning:0001', 'single overdue:0001']);
    expect(h.recompute).not.toHaveBeenCalled();
  });
});

describe('sleep and clock changes', () => {
  it('after resume raises what fell due meanwhile as ONE missed summary, and only once', () => {
    const h = setup();
    h.runtime.apply({ type: 'reset', context: contextFor(AGENT, { repeatMinutes: 0 }), entries: [entry(1), entry(2, { dueAt: T0 + 5 * HOUR })] });
    // Asleep for 8 hours: the wall clock moves, the monotonic clock and the timers do not.
    vi.setSystemTime(T0 + 8 * HOUR);
    powerMonitor.emit('resume');
    expect(h.kinds()).toEqual(['missed overdue:0001,overdue:0002']);
    expect(h.shown[0]!.route).toBe('/tracking/overdue');
    expect(h.recompute).toHaveBeenCalledOnce();

    vi.advanceTimersByTime(3 * CLOCK_CHECK_MS);
    expect(h.shown).toHaveLength(1);
    expect(h.recompute).toHaveBeenCalledOnce();
  });

  it('notices the clock set forward within one check and recomputes', () => {
    const h = setup();
    h.runtime.apply({ type: 'reset', context: contextFor(AGENT, { repeatMinutes: 0 }), entries: [entry(1), entry(2, { dueAt: T0 + 5 * HOUR })] });
    vi.setSystemTime(T0 + 6 * HOUR);
    vi.advanceTimersByTime(CLOCK_CHECK_MS);
    expect(h.recompute).toHaveBeenCalledOnce();
    expect(h.log).toHaveBeenCalledWith('wall clock jumped; recomputing alerts', { driftMs: 6 * HOUR });
    expect(h.kinds()).toEqual(['missed overdue:0001,overdue:0002']);
    expect(h.counts.at(-1)).toEqual({ overdue: 2, dueSoon: 0 });
  });

  it('notices the clock set back: the overdue count follows the clock', () => {
    const h = setup();
    h.runtime.apply({ type: 'reset', context: contextFor(AGENT, { repeatMinutes: 0 }), entries: [entry(1)] });
    advanceTo(T0 + 4 * HOUR + 10 * MIN);
    expect(h.counts.at(-1)).toEqual({ overdue: 1, dueSoon: 0 });
    vi.setSystemTime(T0 + 3 * HOUR);
    vi.advanceTimersByTime(CLOCK_CHECK_MS);
    expect(h.recompute).toHaveBeenCalledOnce();
    expect(h.counts.at(-1)).toEqual({ overdue: 0, dueSoon: 1 });
  });

  it('ignores timer jitter: a late timer is not a clock change', () => {
    const h = setup();
    h.runtime.apply({ type: 'reset', context: contextFor(AGENT, { repeatMinutes: 0 }), entries: [entry(1)] });
    vi.setSystemTime(Date.now() + 2_000);
    vi.advanceTimersByTime(CLOCK_CHECK_MS);
    expect(h.recompute).not.toHaveBeenCalled();
  });

  it('checks the clocks when the screen is unlocked', () => {
    const h = setup();
    h.runtime.apply({ type: 'reset', context: contextFor(AGENT, { repeatMinutes: 0 }), entries: [entry(1)] });
    powerMonitor.emit('unlock-screen');
    expect(h.recompute).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(1);
    vi.setSystemTime(T0 + 5 * HOUR);
    powerMonitor.emit('unlock-screen');
    expect(h.recompute).toHaveBeenCalledOnce();
    expect(h.kinds()).toEqual(['missed overdue:0001']);
  });
});

describe('effects', () => {
  it('reports to the store host and counts for the badge', () => {
    const h = setup();
    h.runtime.apply({ type: 'reset', context: contextFor(AGENT, { repeatMinutes: 0 }), entries: [entry(1)] });
    advanceTo(T0 + 2 * HOUR);
    expect(h.reports).toEqual([{ type: 'raised', userId: AGENT.id, alerts: [expect.objectContaining({ key: 'case-1:resolution', kind: 'warning' })] }]);
    expect(h.counts).toEqual([{ overdue: 0, dueSoon: 1 }]);
  });

  it('an acknowledge button on the notification reaches the scheduler and the report', () => {
    const h = setup();
    h.runtime.apply({ type: 'reset', context: contextFor(AGENT, { repeatMinutes: 30 }), entries: [entry(1)] });
    advanceTo(T0 + 4 * HOUR);
    FakeNotification.instances.at(-1)!.emit('action', fakeEvent({ actionIndex: 0 }), 0);
    expect(h.reports.at(-1)).toEqual({ type: 'acknowledge', userId: AGENT.id, keys: ['case-1:resolution'], at: T0 + 4 * HOUR });
    advanceTo(T0 + 10 * HOUR);
    expect(h.kinds()).toEqual(['single warning:0001', 'single overdue:0001']);
  });

  it('a failing notifier does not stop the timer', () => {
    const failing = setup({
      notifier: {
        showAlert: () => {
          throw new Error('no notification daemon');
        },
        liveAlertKeys: () => new Set(),
        dismissAlerts: () => 0,
      },
    });
    failing.runtime.apply({ type: 'reset', context: contextFor(AGENT, { repeatMinutes: 0 }), entries: [entry(1)] });
    advanceTo(T0 + 2 * HOUR);
    expect(failing.log).toHaveBeenCalledWith('alert notification failed', expect.any(Error));
    expect(failing.runtime.armedFor()).toBe(T0 + 4 * HOUR);
    advanceTo(T0 + 4 * HOUR);
    expect(failing.reports.filter((r) => r.type === 'raised')).toHaveLength(2);
  });

  it('after an app restart, an overdue alert still unacknowledged is on the desktop again, with its 确认', () => {
    vi.setSystemTime(T0 + 5 * HOUR);
    const h = setup();
    const state = { dueAt: T0 + 4 * HOUR, warnedAt: T0 + 2 * HOUR, overdueAt: T0 + 4 * HOUR, lastAlertAt: T0 + 4 * HOUR, acknowledgedAt: null, snoozedUntil: null };
    h.runtime.apply({ type: 'reset', context: contextFor(AGENT, { repeatMinutes: 0 }), entries: [entry(1, { state })] });
    expect(h.kinds()).toEqual(['unacknowledged overdue:0001']);
    const shown = FakeNotification.instances.at(-1)!;
    expect(shown.options).toMatchObject({ title: '投诉已超时：TS-20261123-0001', timeoutType: 'never' });
    expect(shown.options.body).toContain('超时提醒尚未确认');
    expect(shown.options.actions?.map((a) => a.text)).toEqual(['确认', '15 分钟后提醒']);
    expect(h.reports).toEqual([]);
    shown.emit('action', fakeEvent({ actionIndex: 0 }), 0);
    expect(h.reports).toEqual([{ type: 'acknowledge', userId: AGENT.id, keys: ['case-1:resolution'], at: T0 + 5 * HOUR }]);
  });

  it('speaks the language of the prefs', () => {
    const h = setup({ language: () => 'en' });
    h.runtime.apply({ type: 'reset', context: contextFor(AGENT, { repeatMinutes: 0 }), entries: [entry(1)] });
    advanceTo(T0 + 2 * HOUR);
    expect(FakeNotification.instances[0]!.options.title).toBe('Complaint due soon: TS-20261123-0001');
  });
});

describe('notifications the feed settled', () => {
  function overdueOnScreen() {
    const h = setup();
    h.runtime.apply({ type: 'reset', context: contextFor(AGENT, { repeatMinutes: 30 }), entries: [entry(1), entry(2)] });
    advanceTo(T0 + 4 * HOUR);
    expect(h.real.liveCount()).toBe(2);
    const [one, two] = FakeNotification.instances.slice(-2);
    return { h, one: one!, two: two! };
  }
  const acknowledgedState = (at: number) => ({ dueAt: T0 + 4 * HOUR, warnedAt: T0 + 2 * HOUR, overdueAt: T0 + 4 * HOUR, lastAlertAt: T0 + 4 * HOUR, acknowledgedAt: at, snoozedUntil: null });

  it('closes the alert of an entry acknowledged in the UI, not the others', () => {
    const { h, one, two } = overdueOnScreen();
    h.runtime.apply({ type: 'delta', upserts: [entry(1, { state: acknowledgedState(T0 + 4 * HOUR + MIN) })], removals: [] });
    expect(one.close).toHaveBeenCalledOnce();
    expect(two.close).not.toHaveBeenCalled();
  });

  it('closes the alert of a case closed, or whose deadline was extended', () => {
    const { h, one, two } = overdueOnScreen();
    h.runtime.apply({ type: 'delta', upserts: [entry(2, { dueAt: T0 + 30 * HOUR })], removals: ['case-1:resolution'] });
    expect(one.close).toHaveBeenCalledOnce();
    expect(two.close).toHaveBeenCalledOnce();
  });

  it('closes every alert when another user signs in here', () => {
    const { h, one, two } = overdueOnScreen();
    h.runtime.apply({ type: 'reset', context: contextFor(SUPERVISOR), entries: [entry(1), entry(2)] });
    expect(one.close).toHaveBeenCalledOnce();
    expect(two.close).toHaveBeenCalledOnce();
  });

  it('a switch of user closes the previous user’s alerts before the new user’s own come, and those stay', () => {
    const { h, one, two } = overdueOnScreen();
    advanceTo(T0 + 4 * HOUR + 35 * MIN);
    // The supervisor's escalation (30 minutes past the deadline) is due as they sign in: raised at once.
    h.runtime.apply({ type: 'reset', context: contextFor(SUPERVISOR), entries: [entry(1, { ownerId: 'u-other' })] });
    expect(one.close).toHaveBeenCalledOnce();
    expect(two.close).toHaveBeenCalledOnce();
    const theirs = FakeNotification.instances.at(-1)!;
    expect(theirs.options.title).toBe('1 宗投诉已超时');
    expect(theirs.close).not.toHaveBeenCalled();
    expect(h.real.liveCount()).toBe(1);
    expect(h.reports.at(-1)).toMatchObject({ type: 'raised', userId: SUPERVISOR.id, alerts: [{ key: 'case-1:resolution', capacity: 'supervisor' }] });
  });

  it('keeps alerts a full feed for the same user still stands behind', () => {
    const { h, one, two } = overdueOnScreen();
    h.runtime.apply({ type: 'reset', context: contextFor(AGENT, { repeatMinutes: 30 }), entries: [entry(1)] });
    expect(one.close).not.toHaveBeenCalled();
    expect(two.close).toHaveBeenCalledOnce();
  });
});

describe('stop', () => {
  it('clears the timer and listens to the power events no more', () => {
    const h = setup();
    h.runtime.apply({ type: 'reset', context: contextFor(AGENT, { repeatMinutes: 0 }), entries: [entry(1)] });
    h.runtime.stop();
    expect(vi.getTimerCount()).toBe(0);
    expect(powerMonitor.listenerCount('resume')).toBe(0);
    expect(powerMonitor.listenerCount('unlock-screen')).toBe(0);
    vi.setSystemTime(T0 + 8 * HOUR);
    h.runtime.apply({ type: 'reset', context: contextFor(AGENT, { repeatMinutes: 0 }), entries: [entry(1)] });
    expect(h.shown).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
