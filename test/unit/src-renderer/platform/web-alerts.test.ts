// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AlertRecipient, DeadlineEntry, FeedMessage } from '../../../../src-main/core/alert-feed';
import { DEFAULT_ALERT_POLICY } from '../../../../src-main/core/alert-settings';
import type { AppPrefs } from '../../../../src-renderer/platform/types';
import { createWebAlerts, DRIFT_CHECK_MS, MAX_TIMER_MS, tabTitle, type WebAlerts, type WebAlertsOptions } from '../../../../src-renderer/platform/web-alerts';
import type { InAppNotice } from '../../../../src-renderer/platform/types';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
/** 2026-11-23 10:00 in Asia/Shanghai. */
const T0 = Date.parse('2026-11-23T10:00:00+08:00');

const SUPERVISOR: AlertRecipient = {
  id: 'u-sup',
  name: '赵主管',
  role: 'supervisor',
  department: '客服中心',
  follow: { severities: ['general', 'serious', 'major'], departments: [] },
};

/** A 重大 case of the supervisor's own, due `dueIn` from T0: warned 30 minutes before. */
function entry(dueIn: number, overrides: Partial<DeadlineEntry> = {}): DeadlineEntry {
  const dueAt = T0 + dueIn;
  return {
    key: 'case-1:response',
    caseId: 'case-1',
    caseNo: 'TS-20261123-0001',
    title: '周大：燃气灶漏气',
    severity: 'major',
    ownerId: SUPERVISOR.id,
    ownerName: SUPERVISOR.name,
    department: '客服中心',
    clockKind: 'response',
    warnAt: dueAt - 30 * MIN,
    dueAt,
    paused: false,
    state: null,
    ...overrides,
  };
}

const reset = (entries: DeadlineEntry[], repeatMinutes = 30): FeedMessage => ({
  type: 'reset',
  context: { recipient: SUPERVISOR, policy: { ...DEFAULT_ALERT_POLICY, repeatMinutes } },
  entries,
});
const feed = (message: unknown) => ({ type: 'deadline-feed', message });

interface Recorded {
  alerts: WebAlerts;
  notices: InAppNotice[];
  /** Ids of notices taken back, in order. */
  withdrawn: string[];
  posted: Parameters<WebAlertsOptions['report']>[0][];
  routes: string[];
  /** The counts told for the tab's title, in order. */
  counts: { overdue: number; dueSoon: number }[];
}

let running: WebAlerts | null = null;
function start(language: AppPrefs['language'] = 'zh-CN'): Recorded {
  const recorded: Omit<Recorded, 'alerts'> = { notices: [], withdrawn: [], posted: [], routes: [], counts: [] };
  running = createWebAlerts({
    report: (report) => recorded.posted.push(report),
    notice: (notice) => recorded.notices.push(notice),
    withdraw: (ids) => recorded.withdrawn.push(...ids),
    navigate: (route) => recorded.routes.push(route),
    language: () => language,
    counts: (counts) => recorded.counts.push(counts),
  });
  return { ...recorded, alerts: running };
}

/** A stand-in for the browser's Notification: the global this code calls, recording what it was asked to show. */
class FakeNotification {
  static permission: NotificationPermission = 'granted';
  static shown: FakeNotification[] = [];
  onclick: (() => void) | null = null;
  onclose: (() => void) | null = null;
  closed = false;
  constructor(
    readonly title: string,
    readonly options: NotificationOptions,
  ) {
    FakeNotification.shown.push(this);
  }
  close() {
    this.closed = true;
  }
}

beforeEach(() => {
  // Both clocks move together, as they do in a browser that is awake; only a jump of the wall clock drifts.
  vi.useFakeTimers({ now: T0, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] });
});

afterEach(() => {
  running?.dispose();
  running = null;
  vi.useRealTimers();
  vi.unstubAllGlobals();
  FakeNotification.shown = [];
  FakeNotification.permission = 'granted';
});

describe('web alert runtime', () => {
  it('shows an in-app notice at the warning instant, in the app language, with snooze but no acknowledgement', () => {
    const { alerts, notices } = start();
    expect(alerts.receive(feed(reset([entry(2 * HOUR)])))).toBe(true);
    expect(alerts.scheduler.nextWakeAt()).toBe(T0 + 90 * MIN);

    vi.advanceTimersByTime(90 * MIN - 1);
    expect(notices).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      title: '投诉即将超时：TS-20261123-0001',
      route: '/cases/case-1',
      alerts: { keys: ['case-1:response'], overdueKeys: [] },
    });
    expect(notices[0]!.body).toContain('周大：燃气灶漏气');
    expect(notices[0]!.body).toContain('响应时限将于 12:00 到期（剩余 30 分钟）');
    // Its words in both languages, so it follows a switch of the UI's language.
    expect(notices[0]!.texts?.['zh-CN']).toEqual({ title: notices[0]!.title, body: notices[0]!.body });
    expect(notices[0]!.texts?.en.body).toContain('30 min');
  });

  it('alerts at the deadline, offers the acknowledgement, and reminds every N minutes', () => {
    const { alerts, notices } = start('en');
    alerts.receive(feed(reset([entry(2 * HOUR)], 30)));
    vi.advanceTimersByTime(2 * HOUR);
    expect(notices.map((n) => n.title)).toEqual(['Complaint due soon: TS-20261123-0001', 'Complaint overdue: TS-20261123-0001']);
    expect(notices[1]!.alerts).toEqual({ keys: ['case-1:response'], overdueKeys: ['case-1:response'] });
    vi.advanceTimersByTime(30 * MIN);
    expect(notices.map((n) => n.title).at(-1)).toBe('Reminder, still overdue: TS-20261123-0001');
  });

  it('tells the counts as a deadline comes near and passes, for the tab’s title: numbers only', () => {
    const { alerts, counts } = start();
    alerts.receive(feed(reset([entry(2 * HOUR)])));
    vi.advanceTimersByTime(90 * MIN);
    expect(counts.at(-1)).toEqual({ overdue: 0, dueSoon: 1 });
    vi.advanceTimersByTime(30 * MIN);
    expect(counts.at(-1)).toEqual({ overdue: 1, dueSoon: 0 });
    expect(tabTitle('投诉处理台 Complaint Desk', counts.at(-1)!, 'zh-CN')).toBe('1 宗已超时 · 0 宗即将超时 | 投诉处理台 Complaint Desk');
    expect(tabTitle('投诉处理台 Complaint Desk', { overdue: 2, dueSoon: 1 }, 'en')).toBe('2 overdue · 1 due soon | 投诉处理台 Complaint Desk');
    // The case closed: the title is the page's own again.
    alerts.receive(feed({ type: 'delta', upserts: [], removals: ['case-1:response'] }));
    expect(counts.at(-1)).toEqual({ overdue: 0, dueSoon: 0 });
    expect(tabTitle('投诉处理台 Complaint Desk', counts.at(-1)!, 'zh-CN')).toBe('投诉处理台 Complaint Desk');
  });

  it('posts what it raised back to the store worker, for the alert log', () => {
    const { alerts, posted } = start();
    alerts.receive(feed(reset([entry(2 * HOUR)])));
    vi.advanceTimersByTime(2 * HOUR);
    expect(posted).toMatchObject([
      { type: 'raised', userId: 'u-sup', alerts: [{ key: 'case-1:response', kind: 'warning', capacity: 'owner', delivery: 'single', at: T0 + 90 * MIN }] },
      { type: 'raised', userId: 'u-sup', alerts: [{ key: 'case-1:response', kind: 'overdue', capacity: 'owner', delivery: 'single', at: T0 + 2 * HOUR }] },
    ]);
  });

  it('refuses a feed message that fails validation, and ignores messages that are not the feed', () => {
    const { alerts, notices } = start();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const wrong = { ...entry(HOUR), severity: 'urgent' };
    expect(alerts.receive(feed({ ...reset([]), entries: [wrong] }))).toBe(true);
    expect(alerts.receive(feed({ type: 'delta', upserts: [entry(HOUR, { dueAt: -1 })], removals: [] }))).toBe(true);
    expect(alerts.scheduler.size()).toBe(0);
    expect(alerts.scheduler.context()).toBeNull();
    expect(alerts.receive({ type: 'store-failed', detail: 'x' })).toBe(false);
    vi.advanceTimersByTime(DAY);
    expect(notices).toEqual([]);
  });

  it('a delta removing the entry (the case was closed) cancels what was pending', () => {
    const { alerts, notices, posted } = start();
    alerts.receive(feed(reset([entry(2 * HOUR)])));
    alerts.receive(feed({ type: 'delta', upserts: [], removals: ['case-1:response'] }));
    expect(alerts.scheduler.nextWakeAt()).toBeNull();
    vi.advanceTimersByTime(DAY);
    expect(notices).toEqual([]);
    expect(posted).toEqual([]);
  });

  it('waits for a deadline further away than a browser timer can wait', () => {
    // A browser fires a longer timeout at once; the fake timers would not, so the delays asked for are checked.
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    const { alerts, notices } = start();
    alerts.receive(feed(reset([entry(40 * DAY)])));
    vi.advanceTimersByTime(40 * DAY - 30 * MIN - 1);
    expect(notices).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(notices.map((n) => n.title)).toEqual(['投诉即将超时：TS-20261123-0001']);
    const delays = setTimeoutSpy.mock.calls.map(([, delay]) => delay ?? 0);
    expect(delays.length).toBeGreaterThan(1);
    expect(Math.max(...delays)).toBeLessThanOrEqual(MAX_TIMER_MS);
  });

  it('uses a Web Notification when the user allowed them; a click focuses the page on the case', () => {
    vi.stubGlobal('Notification', FakeNotification);
    const focus = vi.spyOn(window, 'focus').mockImplementation(() => undefined);
    const { alerts, notices, routes } = start();
    alerts.receive(feed(reset([entry(2 * HOUR)])));
    vi.advanceTimersByTime(2 * HOUR);
    expect(notices).toEqual([]);
    expect(FakeNotification.shown.map((n) => [n.title, n.options.requireInteraction])).toEqual([
      ['投诉即将超时：TS-20261123-0001', false],
      ['投诉已超时：TS-20261123-0001', true],
    ]);
    expect(FakeNotification.shown[1]!.options.body).toContain('已超时');

    FakeNotification.shown[1]!.onclick?.();
    expect(focus).toHaveBeenCalled();
    expect(routes).toEqual(['/cases/case-1']);
    expect(FakeNotification.shown[1]!.closed).toBe(true);
  });

  it('falls back to the in-app notice while the user has not allowed notifications', () => {
    FakeNotification.permission = 'default';
    vi.stubGlobal('Notification', FakeNotification);
    const { alerts, notices } = start();
    alerts.receive(feed(reset([entry(2 * HOUR)])));
    vi.advanceTimersByTime(2 * HOUR);
    expect(FakeNotification.shown).toEqual([]);
    expect(notices).toHaveLength(2);
  });

  it('a jump of the wall clock (sleep, clock set) is noticed: what fell due meanwhile comes as one summary', () => {
    const { alerts, notices } = start();
    alerts.receive(feed(reset([entry(HOUR), entry(2 * HOUR, { key: 'case-2:response', caseId: 'case-2', caseNo: 'TS-20261123-0002' })])));
    // The wall clock moves three hours while the monotonic clock and the timers stand still.
    vi.setSystemTime(T0 + 3 * HOUR);
    vi.advanceTimersByTime(DRIFT_CHECK_MS);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.title).toBe('2 宗投诉已超时');
    expect(notices[0]!.body).toContain('您不在时的提醒（未登录、应用关闭或电脑休眠期间）');
    expect(notices[0]!.route).toBe('/tracking/overdue');
    expect(notices[0]!.alerts?.overdueKeys.sort()).toEqual(['case-1:response', 'case-2:response']);
  });

  it('recomputes when the page becomes visible again', () => {
    const { alerts, notices } = start();
    alerts.receive(feed(reset([entry(HOUR)])));
    vi.setSystemTime(T0 + 2 * HOUR);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(notices.map((n) => n.title)).toEqual(['1 宗投诉已超时']);
  });
});

const AGENT: AlertRecipient = { ...SUPERVISOR, id: 'u-agent', name: '王芳', role: 'agent' };
/** The agent's 重大 case, due at T0 + 1 h; its department's supervisor is escalated to 30 minutes later. */
const agentsCase = (overrides: Partial<DeadlineEntry> = {}) => entry(HOUR, { ownerId: AGENT.id, ownerName: AGENT.name, ...overrides });
const resetFor = (recipient: AlertRecipient, entries: DeadlineEntry[]): FeedMessage => ({
  type: 'reset',
  context: { recipient, policy: { ...DEFAULT_ALERT_POLICY, repeatMinutes: 0 } },
  entries,
});

describe('web alert runtime: notices the feed settles', () => {
  it('切换用户: the agent’s notices leave the page; the supervisor gets their own escalation, with their own 确认', () => {
    const { alerts, notices, withdrawn } = start();
    alerts.receive(feed(resetFor(AGENT, [agentsCase()])));
    vi.advanceTimersByTime(HOUR + 2 * MIN);
    expect(notices.map((n) => n.title)).toEqual(['投诉即将超时：TS-20261123-0001', '投诉已超时：TS-20261123-0001']);

    alerts.receive(feed(resetFor(SUPERVISOR, [agentsCase()])));
    // The warning gave way to the overdue notice on the page already; the overdue one, with the agent's 确认, goes now.
    expect(withdrawn).toEqual([notices[1]!.id]);
    vi.advanceTimersByTime(30 * MIN);
    expect(notices.slice(2).map((n) => [n.title, n.alerts?.overdueKeys])).toEqual([['投诉已超时：TS-20261123-0001', ['case-1:response']]]);
    expect(notices[2]!.body).toContain('已升级至部门主管');
    expect(withdrawn).toHaveLength(1);
  });

  it('切换用户 closes the previous user’s system notifications too', () => {
    vi.stubGlobal('Notification', FakeNotification);
    const { alerts } = start();
    alerts.receive(feed(resetFor(AGENT, [agentsCase()])));
    vi.advanceTimersByTime(HOUR);
    expect(FakeNotification.shown.map((n) => n.closed)).toEqual([true, false]); // the warning gave way to the overdue alert
    alerts.receive(feed(resetFor(SUPERVISOR, [agentsCase()])));
    expect(FakeNotification.shown.map((n) => n.closed)).toEqual([true, true]);
  });

  it('an alert acknowledged elsewhere (the alert log, another window) leaves the page; the others stay', () => {
    const { alerts, notices, withdrawn } = start();
    const second = { key: 'case-2:response', caseId: 'case-2', caseNo: 'TS-20261123-0002' };
    alerts.receive(feed(resetFor(AGENT, [agentsCase(), agentsCase(second)])));
    vi.advanceTimersByTime(HOUR);
    const overdue = notices.filter((n) => n.alerts?.overdueKeys.length);
    expect(overdue).toHaveLength(2);
    const acknowledged = { dueAt: T0 + HOUR, warnedAt: T0 + 30 * MIN, overdueAt: T0 + HOUR, lastAlertAt: T0 + HOUR, acknowledgedAt: T0 + HOUR + MIN, snoozedUntil: null };
    vi.advanceTimersByTime(MIN);
    alerts.receive(feed({ type: 'delta', upserts: [agentsCase({ state: acknowledged })], removals: [] }));
    expect(withdrawn).toEqual([overdue.find((n) => n.alerts?.keys[0] === 'case-1:response')!.id]);
  });

  it('after a reload, an overdue alert not yet acknowledged is on the page again with its 确认, though reminders are off', () => {
    vi.setSystemTime(T0 + 2 * HOUR);
    const { alerts, notices, posted } = start();
    const state = { dueAt: T0 + HOUR, warnedAt: T0 + 30 * MIN, overdueAt: T0 + HOUR, lastAlertAt: T0 + HOUR, acknowledgedAt: null, snoozedUntil: null };
    alerts.receive(feed(resetFor(AGENT, [agentsCase({ state })])));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ title: '投诉已超时：TS-20261123-0001', route: '/cases/case-1', alerts: { overdueKeys: ['case-1:response'] } });
    expect(notices[0]!.body).toContain('超时提醒尚未确认');
    // Not a new alert: the log has it already.
    expect(posted).toEqual([]);
  });
});
