import { describe, expect, it } from 'vitest';
import { AGENT, contextFor, entry, erasureEntry, harness, HOUR, LEGAL, MIN, summary, SUPERVISOR, T0 } from './alert-fixtures';
import type { AlertReport, DeadlineEntry, EntryAlertState } from '../../../../src-main/core/alert-feed';
import { alertText } from '../../../../src-main/core/alert-text';

const raisedOf = (reports: AlertReport[]) => reports.flatMap((r) => (r.type === 'raised' ? r.alerts : []));

/** Two 重大 cases of the agent, X and Y, due at DUE; the supervisor of the department follows them. */
const DUE = T0 + 4 * HOUR;
const X = 1;
const Y = 2;
const cases = (states: Partial<Record<number, EntryAlertState>> = {}): DeadlineEntry[] =>
  [X, Y].map((n) => entry(n, { severity: 'major', dueAt: DUE, state: states[n] ?? null }));
/** Reminders every 40 minutes: the agent's next one (DUE + 40) is not the supervisor's escalation (DUE + 30). */
const policy = { repeatMinutes: 40 };
const overdueState = (patch: Partial<EntryAlertState> = {}): EntryAlertState => ({
  dueAt: DUE,
  warnedAt: DUE - 30 * MIN,
  overdueAt: DUE,
  lastAlertAt: DUE,
  acknowledgedAt: null,
  snoozedUntil: null,
  ...patch,
});

/** The agent is alerted about X and Y at DUE and acknowledges X two minutes later. */
function agentAcknowledgedX() {
  const h = harness();
  h.scheduler.apply({ type: 'reset', context: contextFor(AGENT, policy), entries: cases() });
  h.advanceTo(DUE + 2 * MIN);
  expect(summary(h.notifications).slice(-2)).toEqual(['single overdue:0001', 'single overdue:0002']);
  h.scheduler.acknowledge([entry(X).key]);
  h.notifications.length = 0;
  h.reports.length = 0;
  return h;
}

describe('alert scheduler: another user signs in at the desk (切换用户)', () => {
  it('the supervisor gets their own escalation of both cases, the one the agent acknowledged too, at the escalation time', () => {
    const h = agentAcknowledgedX();
    // The store's feed for the supervisor carries the supervisor's history: none yet.
    h.advanceTo(DUE + 5 * MIN);
    h.scheduler.apply({ type: 'reset', context: contextFor(SUPERVISOR, policy), entries: cases() });
    expect(h.notifications).toEqual([]);
    expect(h.armedAt()).toBe(DUE + 30 * MIN);

    h.advanceTo(DUE + 35 * MIN);
    expect(summary(h.notifications)).toEqual(['single overdue:0001', 'single overdue:0002']);
    expect(h.notifications.map((n) => alertText(n, 'zh-CN').title)).toEqual(['投诉已超时：TS-20261123-0001', '投诉已超时：TS-20261123-0002']);
    expect(raisedOf(h.reports).map((a) => [a.key, a.kind, a.capacity, a.at])).toEqual([
      ['case-1:resolution', 'overdue', 'supervisor', DUE + 30 * MIN],
      ['case-2:resolution', 'overdue', 'supervisor', DUE + 30 * MIN],
    ]);
    expect(h.reports.every((r) => r.userId === SUPERVISOR.id)).toBe(true);
  });

  it('the supervisor’s reminders run from their own alert, until they acknowledge it themselves', () => {
    const h = agentAcknowledgedX();
    h.scheduler.apply({ type: 'reset', context: contextFor(SUPERVISOR, policy), entries: cases() });
    h.advanceTo(DUE + 30 * MIN);
    h.scheduler.acknowledge([entry(Y).key]);
    expect(h.reports.at(-1)).toMatchObject({ type: 'acknowledge', userId: SUPERVISOR.id, keys: ['case-2:resolution'] });
    h.advanceTo(DUE + 70 * MIN);
    expect(summary(h.notifications)).toEqual(['single overdue:0001', 'single overdue:0002', 'single repeat:0001']);
  });

  it('back to the agent: what they acknowledged stays quiet, what they did not is shown again (not raised again)', () => {
    const h = agentAcknowledgedX();
    h.scheduler.apply({ type: 'reset', context: contextFor(SUPERVISOR, policy), entries: cases() });
    h.advanceTo(DUE + 31 * MIN);
    h.notifications.length = 0;
    h.reports.length = 0;

    // The agent's own history comes back from the store with the feed.
    const agentStates = { [X]: overdueState({ acknowledgedAt: DUE + 2 * MIN }), [Y]: overdueState() };
    h.scheduler.apply({ type: 'reset', context: contextFor(AGENT, policy), entries: cases(agentStates) });
    expect(summary(h.notifications)).toEqual(['unacknowledged overdue:0002']);
    expect(h.notifications[0]!.route).toBe('/cases/case-2');
    expect(h.reports).toEqual([]);
    // Their reminder comes at their own last alert + 40 minutes, not at the supervisor's.
    h.advanceTo(DUE + 40 * MIN);
    expect(summary(h.notifications)).toEqual(['unacknowledged overdue:0002', 'single repeat:0002']);
    expect(raisedOf(h.reports).map((a) => [a.key, a.kind, a.capacity])).toEqual([['case-2:resolution', 'repeat', 'owner']]);
  });

  it('a full feed for the same user (a policy change) keeps what the runtime knows and shows nothing again', () => {
    const h = agentAcknowledgedX();
    h.scheduler.apply({ type: 'reset', context: contextFor(AGENT, { repeatMinutes: 60 }), entries: cases() });
    expect(h.notifications).toEqual([]);
    h.advanceTo(DUE + 59 * MIN);
    expect(h.notifications).toEqual([]);
    h.advanceTo(DUE + 60 * MIN);
    expect(summary(h.notifications)).toEqual(['single repeat:0002']);
  });
});

describe('alert scheduler: unacknowledged alerts when the app starts or a user signs in', () => {
  it('are shown again even with reminders off, and not reported as raised', () => {
    const h = harness(DUE + 10 * MIN);
    h.scheduler.apply({ type: 'reset', context: contextFor(AGENT, { repeatMinutes: 0 }), entries: [entry(Y, { dueAt: DUE, state: overdueState() })] });
    expect(summary(h.notifications)).toEqual(['unacknowledged overdue:0002']);
    const { title, body } = alertText(h.notifications[0]!, 'zh-CN');
    expect(title).toBe('投诉已超时：TS-20261123-0002');
    expect(body.split('\n').at(-1)).toBe('超时提醒尚未确认');
    expect(h.reports).toEqual([]);
    h.advanceTo(DUE + 30 * HOUR);
    expect(h.notifications).toHaveLength(1);
  });

  it('not those acknowledged, snoozed to later, paused or of a moved deadline', () => {
    const h = harness(DUE + 10 * MIN);
    h.scheduler.apply({
      type: 'reset',
      context: contextFor(AGENT, { repeatMinutes: 0 }),
      entries: [
        entry(1, { dueAt: DUE, state: overdueState({ acknowledgedAt: DUE + MIN }) }),
        entry(2, { dueAt: DUE, state: overdueState({ snoozedUntil: DUE + 20 * MIN }) }),
        entry(3, { dueAt: DUE, paused: true, state: overdueState() }),
        entry(4, { dueAt: DUE + 5 * MIN, state: overdueState() }),
      ],
    });
    // Only the moved deadline alerts: afresh, as missed while the app was off.
    expect(summary(h.notifications)).toEqual(['missed overdue:0004']);
  });

  it('many come as one summary that says so', () => {
    const h = harness(DUE + 10 * MIN);
    const entries = [1, 2, 3, 4].map((n) => entry(n, { dueAt: DUE, state: overdueState() }));
    h.scheduler.apply({ type: 'reset', context: contextFor(AGENT), entries });
    expect(summary(h.notifications)).toEqual(['unacknowledged overdue:0001,overdue:0002,overdue:0003,overdue:0004']);
    expect(h.notifications[0]!.route).toBe('/tracking/overdue');
    expect(alertText(h.notifications[0]!, 'en').body.split('\n')[0]).toBe('Not yet acknowledged');
  });
});

describe('alert scheduler: deletion requests’ reply deadlines as users come and go', () => {
  const REQUEST: DeadlineEntry = erasureEntry('SC-20261201-001', { dueAt: DUE });

  it('legal signing in is shown again the overdue request still waiting for 确认, leading to it; an agent after them hears nothing', () => {
    const h = harness(DUE + 10 * MIN);
    h.scheduler.apply({ type: 'reset', context: contextFor(LEGAL, { repeatMinutes: 0 }), entries: [{ ...REQUEST, state: overdueState({ warnedAt: DUE - HOUR }) }] });
    expect(summary(h.notifications)).toEqual(['unacknowledged overdue:-001']);
    expect(h.notifications[0]!.route).toBe('/settings/privacy/SC-20261201-001');
    expect(alertText(h.notifications[0]!, 'zh-CN')).toEqual({
      title: '个人信息删除请求逾期未答复：SC-20261201-001',
      body: '答复时限已于 14:00 到期，已超时 10 分钟\n超时提醒尚未确认',
    });
    expect(h.reports).toEqual([]);
    expect(h.scheduler.counts()).toEqual({ overdue: 0, dueSoon: 0 });

    // The agent's feed carries the request too (a store host that filtered nothing): they are not told of it.
    h.scheduler.apply({ type: 'reset', context: contextFor(AGENT, { repeatMinutes: 0 }), entries: [REQUEST, ...cases()] });
    expect(h.scheduler.size()).toBe(2);
    h.advanceTo(DUE + 30 * HOUR);
    expect(h.notifications.slice(1).flatMap((n) => n.alerts.map((a) => a.clockKind))).toEqual(['resolution', 'resolution']);
    expect(raisedOf(h.reports).map((a) => a.key)).not.toContain(REQUEST.key);
  });
});
