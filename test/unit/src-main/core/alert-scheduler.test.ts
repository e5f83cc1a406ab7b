import { describe, expect, it } from 'vitest';
import { AGENT, contextFor, DIRECTOR, entry, erasureEntry, harness, HOUR, LEGAL, MIN, summary, SUPERVISOR, T0 } from './alert-fixtures';
import type { AlertReport, DeadlineEntry } from '../../../../src-main/core/alert-feed';
import { COALESCE_WINDOW_MS } from '../../../../src-main/core/alert-scheduler';

const raisedOf = (reports: AlertReport[]) => reports.flatMap((r) => (r.type === 'raised' ? r.alerts : []));

describe('alert scheduler: the owner of a case', () => {
  it.each([
    ['general', 120],
    ['serious', 60],
    ['major', 30],
  ] as const)('warns %s cases %i minutes before the deadline and alerts at the deadline, each once', (severity, lead) => {
    const h = harness();
    h.scheduler.apply({ type: 'reset', context: contextFor(AGENT, { repeatMinutes: 0 }), entries: [entry(1, { severity })] });
    expect(h.notifications).toEqual([]);
    expect(h.armedAt()).toBe(T0 + 4 * HOUR - lead * MIN);

    h.advanceTo(T0 + 4 * HOUR - lead * MIN - 1);
    expect(h.notifications).toEqual([]);
    h.advanceTo(T0 + 4 * HOUR - lead * MIN);
    expect(summary(h.notifications)).toEqual(['single warning:0001']);
    expect(h.notifications[0]!.route).toBe('/cases/case-1');

    h.advanceTo(T0 + 4 * HOUR);
    expect(summary(h.notifications)).toEqual(['single warning:0001', 'single overdue:0001']);
    h.advanceTo(T0 + 48 * HOUR);
    expect(h.notifications).toHaveLength(2);
    expect(raisedOf(h.reports).map((a) => [a.kind, a.capacity, a.at])).toEqual([
      ['warning', 'owner', T0 + 4 * HOUR - lead * MIN],
      ['overdue', 'owner', T0 + 4 * HOUR],
    ]);
  });

  it('keeps ONE timer armed at the next instant that matters, not one per entry', () => {
    const h = harness();
    const entries = [entry(1, { dueAt: T0 + 5 * HOUR }), entry(2, { dueAt: T0 + 3 * HOUR }), entry(3, { dueAt: T0 + 9 * HOUR })];
    h.scheduler.apply({ type: 'reset', context: contextFor(AGENT), entries });
    expect(h.arms).toBe(1);
    expect(h.armedAt()).toBe(T0 + 1 * HOUR); // case 2's warning, 2 h before its deadline
  });

  it('reminds every N minutes while overdue until acknowledged, then never again for that deadline', () => {
    const h = harness();
    h.scheduler.apply({ type: 'reset', context: contextFor(AGENT, { repeatMinutes: 30 }), entries: [entry(1)] });
    h.advanceTo(T0 + 4 * HOUR + 65 * MIN);
    expect(summary(h.notifications)).toEqual(['single warning:0001', 'single overdue:0001', 'single repeat:0001', 'single repeat:0001']);

    h.scheduler.acknowledge(['case-1:resolution']);
    expect(h.reports.at(-1)).toEqual({ type: 'acknowledge', userId: AGENT.id, keys: ['case-1:resolution'], at: T0 + 4 * HOUR + 65 * MIN });
    h.advanceTo(T0 + 30 * HOUR);
    expect(h.notifications).toHaveLength(4);
  });

  it('snoozing reminds once after 15 minutes, then the reminders continue', () => {
    const h = harness();
    h.scheduler.apply({ type: 'reset', context: contextFor(AGENT, { repeatMinutes: 60 }), entries: [entry(1)] });
    h.advanceTo(T0 + 4 * HOUR);
    h.scheduler.snooze(['case-1:resolution']);
    expect(h.reports.at(-1)).toMatchObject({ type: 'snooze', keys: ['case-1:resolution'], until: T0 + 4 * HOUR + 15 * MIN });
    h.advanceTo(T0 + 4 * HOUR + 14 * MIN);
    expect(h.notifications).toHaveLength(2);
    h.advanceTo(T0 + 4 * HOUR + 15 * MIN);
    expect(summary(h.notifications).at(-1)).toBe('single repeat:0001');
    h.advanceTo(T0 + 5 * HOUR + 15 * MIN);
    expect(h.notifications).toHaveLength(4);
  });

  it('an acknowledgement arriving from the store (another window) stops the reminders too', () => {
    const h = harness();
    h.scheduler.apply({ type: 'reset', context: contextFor(AGENT), entries: [entry(1)] });
    h.advanceTo(T0 + 4 * HOUR);
    const acknowledged = { dueAt: T0 + 4 * HOUR, warnedAt: T0 + 2 * HOUR, overdueAt: T0 + 4 * HOUR, lastAlertAt: T0 + 4 * HOUR, acknowledgedAt: T0 + 4 * HOUR + MIN, snoozedUntil: null };
    h.scheduler.apply({ type: 'delta', upserts: [entry(1, { state: acknowledged })], removals: [] });
    h.advanceTo(T0 + 10 * HOUR);
    expect(summary(h.notifications)).toEqual(['single warning:0001', 'single overdue:0001']);
  });
});

describe('alert scheduler: escalation and who hears what', () => {
  const others = { ownerId: 'someone-else', ownerName: '张三' };

  it('the department supervisor is warned, and alerted once the case is late by the supervisor delay', () => {
    const h = harness();
    h.scheduler.apply({ type: 'reset', context: contextFor(SUPERVISOR, { repeatMinutes: 0 }), entries: [entry(1, others)] });
    h.advanceTo(T0 + 4 * HOUR + 29 * MIN);
    expect(summary(h.notifications)).toEqual(['single warning:0001']);
    h.advanceTo(T0 + 4 * HOUR + 30 * MIN);
    expect(summary(h.notifications)).toEqual(['single warning:0001', 'single overdue:0001']);
    expect(h.notifications[1]!.alerts[0]!.capacity).toBe('supervisor');
  });

  it('the director hears only of cases late by the director delay, not of warnings', () => {
    const h = harness();
    h.scheduler.apply({ type: 'reset', context: contextFor(DIRECTOR, { repeatMinutes: 0 }), entries: [entry(1, others)] });
    h.advanceTo(T0 + 6 * HOUR - 1);
    expect(h.notifications).toEqual([]);
    h.advanceTo(T0 + 6 * HOUR);
    expect(summary(h.notifications)).toEqual(['single overdue:0001']);
    expect(h.notifications[0]!.alerts[0]!.capacity).toBe('director');
  });

  it('an operations director follows every department; a director only their own', () => {
    const elsewhere = entry(1, { ...others, department: '物流配送部' });
    const ops = harness();
    ops.scheduler.apply({ type: 'reset', context: contextFor({ ...DIRECTOR, role: 'ops_director' }, { repeatMinutes: 0 }), entries: [elsewhere] });
    ops.advanceTo(T0 + 7 * HOUR);
    expect(summary(ops.notifications)).toEqual(['single overdue:0001']);

    const director = harness();
    director.scheduler.apply({ type: 'reset', context: contextFor(DIRECTOR), entries: [elsewhere] });
    director.advanceTo(T0 + 30 * HOUR);
    expect(director.notifications).toEqual([]);
  });

  it('other agents hear nothing of a case that is not theirs', () => {
    const h = harness();
    h.scheduler.apply({ type: 'reset', context: contextFor(AGENT), entries: [entry(1, others)] });
    h.advanceTo(T0 + 30 * HOUR);
    expect(h.notifications).toEqual([]);
    expect(h.armedAt()).toBeNull();
  });

  it('a supervisor following only 重大 hears nothing of 一般 cases of the department, but always of their own', () => {
    const supervisor = { ...SUPERVISOR, follow: { severities: ['major' as const], departments: [] } };
    const h = harness();
    h.scheduler.apply({
      type: 'reset',
      context: contextFor(supervisor, { repeatMinutes: 0 }),
      entries: [entry(1, others), entry(2, { ...others, severity: 'major' }), entry(3, { ownerId: supervisor.id })],
    });
    h.advanceTo(T0 + 30 * HOUR);
    expect(new Set(h.notifications.flatMap((n) => n.alerts.map((a) => a.caseNo.slice(-4))))).toEqual(new Set(['0002', '0003']));
  });

  it('a supervisor may follow other departments instead of their own', () => {
    const supervisor = { ...SUPERVISOR, follow: { severities: ['general' as const], departments: ['物流配送部'] } };
    const h = harness();
    h.scheduler.apply({
      type: 'reset',
      context: contextFor(supervisor, { repeatMinutes: 0 }),
      entries: [entry(1, others), entry(2, { ...others, department: '物流配送部' })],
    });
    h.advanceTo(T0 + 30 * HOUR);
    expect(summary(h.notifications)).toEqual(['single warning:0002', 'single overdue:0002']);
  });

  it('the emergency group hears of 重大 cases at once, of other cases not at all', () => {
    const member = { ...AGENT, id: 'u-emergency', department: '法务部' };
    const h = harness();
    h.scheduler.apply({
      type: 'reset',
      context: contextFor(member, { repeatMinutes: 0, emergencyGroup: [member.id] }),
      entries: [entry(1, { ...others, severity: 'major' }), entry(2, { ...others, severity: 'serious' })],
    });
    h.advanceTo(T0 + 30 * HOUR);
    expect(summary(h.notifications)).toEqual(['single warning:0001', 'single overdue:0001']);
    expect(h.notifications.every((n) => n.alerts[0]!.capacity === 'emergency')).toBe(true);
  });

  it('nobody signed in: nothing is alerted and nothing counted', () => {
    const h = harness();
    h.scheduler.apply({ type: 'reset', context: contextFor(null), entries: [entry(1, { dueAt: T0 - HOUR })] });
    h.advanceTo(T0 + 30 * HOUR);
    expect(h.notifications).toEqual([]);
    expect(h.reports).toEqual([]);
    expect(h.scheduler.counts()).toEqual({ overdue: 0, dueSoon: 0 });
  });
});

describe('alert scheduler: quiet hours', () => {
  const quiet = { quietHours: { enabled: true, from: '22:00', to: '07:00' }, repeatMinutes: 60 };
  const at = (time: string, day = 23) => Date.parse(`2026-11-${day}T${time}:00+08:00`);

  it('holds alerts of 一般/严重 cases and delivers them as one summary when quiet hours end', () => {
    const h = harness(at('20:00'));
    h.scheduler.apply({
      type: 'reset',
      context: contextFor(AGENT, quiet),
      entries: [entry(1, { dueAt: at('23:00') }), entry(2, { dueAt: at('23:30'), severity: 'serious' })],
    });
    h.advanceTo(at('21:59'));
    expect(summary(h.notifications)).toEqual(['single warning:0001']);
    h.advanceTo(at('06:59', 24));
    expect(h.notifications).toHaveLength(1);
    h.advanceTo(at('07:00', 24));
    expect(summary(h.notifications).slice(1)).toEqual(['quiet overdue:0002,overdue:0001']);
    expect(h.notifications[1]!.route).toBe('/tracking/overdue');
    // The reminders start from the delivery, not from the held deadline.
    h.advanceTo(at('08:00', 24));
    expect(summary(h.notifications).slice(2)).toEqual(['single repeat:0001', 'single repeat:0002']);
  });

  it('重大 cases alert at once, quiet hours or not', () => {
    const h = harness(at('22:30'));
    h.scheduler.apply({ type: 'reset', context: contextFor(AGENT, quiet), entries: [entry(1, { dueAt: at('23:40'), severity: 'major' })] });
    h.advanceTo(at('23:10'));
    expect(summary(h.notifications)).toEqual(['single warning:0001']);
    h.advanceTo(at('23:40'));
    expect(summary(h.notifications)).toEqual(['single warning:0001', 'single overdue:0001']);
  });

  it('a held alert of a case closed during the night is never delivered', () => {
    const h = harness(at('20:00'));
    h.scheduler.apply({ type: 'reset', context: contextFor(AGENT, quiet), entries: [entry(1, { dueAt: at('23:00') })] });
    h.advanceTo(at('23:30'));
    h.scheduler.apply({ type: 'delta', upserts: [], removals: ['case-1:resolution'] });
    h.advanceTo(at('09:00', 24));
    expect(summary(h.notifications)).toEqual(['single warning:0001']);
  });
});

describe('alert scheduler: coalescing', () => {
  it('37 cases late at the same moment make one notification; three make three', () => {
    const many = harness();
    many.scheduler.apply({
      type: 'reset',
      context: contextFor(AGENT, { repeatMinutes: 0 }),
      entries: Array.from({ length: 37 }, (_, i) => entry(i + 1, { dueAt: T0 + 5 * HOUR, warnAt: T0 + 5 * HOUR })),
    });
    many.advanceTo(T0 + 5 * HOUR);
    expect(many.notifications).toHaveLength(1);
    expect(many.notifications[0]).toMatchObject({ delivery: 'coalesced', route: '/tracking/overdue' });
    expect(many.notifications[0]!.alerts).toHaveLength(37);
    expect(raisedOf(many.reports)).toHaveLength(37);

    const few = harness();
    few.scheduler.apply({
      type: 'reset',
      context: contextFor(AGENT, { repeatMinutes: 0 }),
      entries: Array.from({ length: 3 }, (_, i) => entry(i + 1, { dueAt: T0 + 5 * HOUR, warnAt: T0 + 5 * HOUR })),
    });
    few.advanceTo(T0 + 5 * HOUR);
    expect(summary(few.notifications)).toEqual(['single overdue:0001', 'single overdue:0002', 'single overdue:0003']);
  });

  it('deadlines within the same second share a notification; a summary of warnings leads to the due-soon view', () => {
    const h = harness();
    h.scheduler.apply({
      type: 'reset',
      context: contextFor(AGENT, { coalesceAbove: 1 }),
      entries: [entry(1, { dueAt: T0 + 3 * HOUR }), entry(2, { dueAt: T0 + 3 * HOUR + 400 })],
    });
    h.advanceTo(T0 + HOUR + 500);
    expect(summary(h.notifications)).toEqual(['coalesced warning:0001,warning:0002']);
    expect(h.notifications[0]!.route).toBe('/tracking/dueSoon');
  });
});

describe('alert scheduler: sleep, clock changes and restarts', () => {
  it('what fell due while the app was off is raised as ONE summary at start', () => {
    const h = harness(T0 + 10 * HOUR);
    h.scheduler.apply({
      type: 'reset',
      context: contextFor(AGENT),
      entries: [entry(1), entry(2, { dueAt: T0 + 9 * HOUR }), entry(3, { dueAt: T0 + 11 * HOUR }), entry(4, { dueAt: T0 + 30 * HOUR })],
    });
    expect(summary(h.notifications)).toEqual(['missed overdue:0001,overdue:0002,warning:0003']);
    expect(h.notifications[0]!.route).toBe('/tracking/overdue');
    expect(raisedOf(h.reports).every((a) => a.delivery === 'missed')).toBe(true);
  });

  it('after a restart, alerts already raised (their state comes back with the feed) are not raised again', () => {
    const h = harness(T0 + 4 * HOUR + 10 * MIN);
    const state = { dueAt: T0 + 4 * HOUR, warnedAt: T0 + 2 * HOUR, overdueAt: T0 + 4 * HOUR, lastAlertAt: T0 + 4 * HOUR, acknowledgedAt: null, snoozedUntil: null };
    h.scheduler.apply({ type: 'reset', context: contextFor(AGENT, { repeatMinutes: 30 }), entries: [entry(1, { state })] });
    // Shown again, as it still waits for 确认, but not raised (nor logged) again.
    expect(summary(h.notifications)).toEqual(['unacknowledged overdue:0001']);
    expect(h.reports).toEqual([]);
    h.advanceTo(T0 + 4 * HOUR + 30 * MIN);
    expect(summary(h.notifications)).toEqual(['unacknowledged overdue:0001', 'single repeat:0001']);
  });

  it('a full feed that carries an older state than the runtime knows raises nothing twice', () => {
    const h = harness();
    h.scheduler.apply({ type: 'reset', context: contextFor(AGENT), entries: [entry(1)] });
    h.advanceTo(T0 + 4 * HOUR);
    expect(h.notifications).toHaveLength(2);
    // The store has not written the reports yet when it sends a full feed (e.g. after a policy change).
    h.scheduler.apply({ type: 'reset', context: contextFor(AGENT), entries: [entry(1)] });
    expect(h.notifications).toHaveLength(2);
  });

  it('a full feed naming a deadline twice counts the last entry only, as upserting them one by one would', () => {
    const h = harness();
    const overdue = entry(1, { dueAt: T0 - HOUR });
    const ahead = entry(1, { dueAt: T0 + 5 * HOUR });
    h.scheduler.apply({ type: 'reset', context: contextFor(AGENT), entries: [overdue, ahead, entry(2, { dueAt: T0 + 9 * HOUR })] });
    expect(h.scheduler.size()).toBe(2);
    expect(h.notifications).toEqual([]);
    expect(h.scheduler.counts()).toEqual({ overdue: 0, dueSoon: 0 });
    expect(h.armedAt()).toBe(T0 + 3 * HOUR); // the later entry's warning, 2 h before its deadline

    // And the other way round: the overdue one last, raised once and counted once.
    const again = harness();
    again.scheduler.apply({ type: 'reset', context: contextFor(AGENT), entries: [ahead, overdue, overdue] });
    expect(summary(again.notifications)).toEqual(['missed overdue:0001']);
    expect(again.scheduler.counts()).toEqual({ overdue: 1, dueSoon: 0 });
    expect(again.scheduler.size()).toBe(1);
    // Removing it leaves nothing armed: no stale copy of the key stays in the queue.
    again.scheduler.apply({ type: 'delta', upserts: [], removals: [overdue.key] });
    expect(again.scheduler.nextWakeAt()).toBeNull();
    expect(again.scheduler.counts()).toEqual({ overdue: 0, dueSoon: 0 });
  });

  it('resume from sleep: one summary of what was missed, then the timer continues', () => {
    const h = harness();
    h.scheduler.apply({ type: 'reset', context: contextFor(AGENT, { repeatMinutes: 60 }), entries: [entry(1), entry(2, { dueAt: T0 + 6 * HOUR })] });
    h.jumpTo(T0 + 6 * HOUR + 5 * MIN);
    h.scheduler.recompute();
    expect(summary(h.notifications)).toEqual(['missed overdue:0001,overdue:0002']);
    h.advanceTo(T0 + 7 * HOUR + 5 * MIN);
    expect(summary(h.notifications).slice(1)).toEqual(['single repeat:0001', 'single repeat:0002']);
  });

  it('a timer that fires hours late (no resume event) is reported as missed, not as live alerts', () => {
    const h = harness();
    h.scheduler.apply({ type: 'reset', context: contextFor(AGENT), entries: [entry(1)] });
    h.jumpTo(T0 + 5 * HOUR);
    h.scheduler.tick();
    expect(summary(h.notifications)).toEqual(['missed overdue:0001']);
  });

  it('the clock set back: recomputing raises nothing twice and re-arms at the next instant', () => {
    const h = harness();
    h.scheduler.apply({ type: 'reset', context: contextFor(AGENT), entries: [entry(1)] });
    h.advanceTo(T0 + 2 * HOUR + MIN);
    expect(h.notifications).toHaveLength(1);
    h.jumpTo(T0);
    h.scheduler.recompute();
    expect(h.notifications).toHaveLength(1);
    expect(h.armedAt()).toBe(T0 + 2 * HOUR); // the warning instant still counts for the due-soon figure
    h.advanceTo(T0 + 4 * HOUR);
    expect(summary(h.notifications)).toEqual(['single warning:0001', 'single overdue:0001']);
  });
});

describe('alert scheduler: the feed changes', () => {
  it('closing a case removes its pending alerts', () => {
    const h = harness();
    h.scheduler.apply({ type: 'reset', context: contextFor(AGENT), entries: [entry(1)] });
    h.scheduler.apply({ type: 'delta', upserts: [], removals: ['case-1:resolution'] });
    expect(h.armedAt()).toBeNull();
    h.advanceTo(T0 + 30 * HOUR);
    expect(h.notifications).toEqual([]);
    expect(h.scheduler.size()).toBe(0);
  });

  it('a paused clock neither alerts nor counts; resumed, it does again', () => {
    const h = harness();
    h.scheduler.apply({ type: 'reset', context: contextFor(AGENT), entries: [entry(1, { dueAt: T0 + 3 * HOUR })] });
    h.scheduler.apply({ type: 'delta', upserts: [entry(1, { dueAt: T0 + 3 * HOUR, paused: true })], removals: [] });
    h.advanceTo(T0 + 4 * HOUR);
    expect(h.notifications).toEqual([]);
    expect(h.scheduler.counts()).toEqual({ overdue: 0, dueSoon: 0 });
    h.scheduler.apply({ type: 'delta', upserts: [entry(1, { dueAt: T0 + 5 * HOUR })], removals: [] });
    h.advanceTo(T0 + 5 * HOUR);
    expect(summary(h.notifications)).toEqual(['single warning:0001', 'single overdue:0001']);
  });

  it('an extension moves the deadline: a fresh warning and alert for the new deadline', () => {
    const h = harness();
    h.scheduler.apply({ type: 'reset', context: contextFor(AGENT, { repeatMinutes: 0 }), entries: [entry(1)] });
    h.advanceTo(T0 + 3 * HOUR);
    expect(summary(h.notifications)).toEqual(['single warning:0001']);
    const state = { dueAt: T0 + 4 * HOUR, warnedAt: T0 + 2 * HOUR, overdueAt: null, lastAlertAt: T0 + 2 * HOUR, acknowledgedAt: null, snoozedUntil: null };
    h.scheduler.apply({ type: 'delta', upserts: [entry(1, { dueAt: T0 + 24 * HOUR, state })], removals: [] });
    h.advanceTo(T0 + 21 * HOUR);
    expect(h.notifications).toHaveLength(1);
    h.advanceTo(T0 + 24 * HOUR);
    expect(summary(h.notifications)).toEqual(['single warning:0001', 'single warning:0001', 'single overdue:0001']);
  });

  it('re-graded to 重大, the warning comes with the shorter lead', () => {
    const h = harness();
    h.scheduler.apply({ type: 'reset', context: contextFor(AGENT), entries: [entry(1, { dueAt: T0 + 10 * HOUR })] });
    expect(h.armedAt()).toBe(T0 + 8 * HOUR);
    h.scheduler.apply({ type: 'delta', upserts: [entry(1, { dueAt: T0 + 3 * HOUR, severity: 'major' })], removals: [] });
    expect(h.armedAt()).toBe(T0 + 2 * HOUR + 30 * MIN);
  });

  it('counts the overdue and due-soon cases the user follows, as time passes', () => {
    const h = harness();
    h.scheduler.apply({
      type: 'reset',
      context: contextFor(AGENT),
      entries: [entry(1, { dueAt: T0 + HOUR }), entry(2, { dueAt: T0 + 3 * HOUR }), entry(3, { dueAt: T0 + HOUR, ownerId: 'other' })],
    });
    expect(h.scheduler.counts()).toEqual({ overdue: 0, dueSoon: 1 });
    h.advanceTo(T0 + HOUR);
    expect(h.scheduler.counts()).toEqual({ overdue: 1, dueSoon: 1 });
    h.advanceTo(T0 + 3 * HOUR);
    expect(h.scheduler.counts()).toEqual({ overdue: 2, dueSoon: 0 });
    h.scheduler.apply({ type: 'delta', upserts: [], removals: ['case-1:resolution'] });
    expect(h.counts.at(-1)).toEqual({ overdue: 1, dueSoon: 0 });
  });
});

describe('alert scheduler: deletion requests’ reply deadlines (个人信息删除请求)', () => {
  /** The reply deadline of request SC-20261201-00n, 严重: warned 1 h before. */
  const erasure = (n: number, overrides: Partial<DeadlineEntry> = {}) => erasureEntry(`SC-20261201-00${n}`, overrides);
  const zero = { overdue: 0, dueSoon: 0 };

  it('legal is warned and alerted at the reply deadline, the alerts raised and logged, the tray counts untouched', () => {
    const h = harness();
    h.scheduler.apply({ type: 'reset', context: contextFor(LEGAL, { repeatMinutes: 0 }), entries: [erasure(1)] });
    expect(h.scheduler.size()).toBe(1);
    expect(h.armedAt()).toBe(T0 + 3 * HOUR);
    h.advanceTo(T0 + 3 * HOUR);
    expect(summary(h.notifications)).toEqual(['single warning:-001']);
    expect(h.scheduler.counts()).toEqual(zero);
    h.advanceTo(T0 + 4 * HOUR);
    expect(summary(h.notifications)).toEqual(['single warning:-001', 'single overdue:-001']);
    expect(h.notifications.map((n) => n.route)).toEqual(['/settings/privacy/SC-20261201-001', '/settings/privacy/SC-20261201-001']);
    expect(h.scheduler.counts()).toEqual(zero);
    expect(h.counts.every((c) => c.overdue === 0 && c.dueSoon === 0)).toBe(true);
    expect(raisedOf(h.reports).map((a) => [a.key, a.clockKind, a.kind, a.capacity, a.at])).toEqual([
      ['erasure:SC-20261201-001:erasureReply', 'erasureReply', 'warning', 'owner', T0 + 3 * HOUR],
      ['erasure:SC-20261201-001:erasureReply', 'erasureReply', 'overdue', 'owner', T0 + 4 * HOUR],
    ]);
    expect(h.reports.every((r) => r.userId === LEGAL.id)).toBe(true);
  });

  it('beside a complaint of their own, only the complaint is counted, as time passes and as entries go', () => {
    const h = harness();
    h.scheduler.apply({
      type: 'reset',
      context: contextFor({ ...LEGAL, role: 'admin' }, { repeatMinutes: 0 }),
      entries: [entry(1, { ownerId: LEGAL.id }), erasure(1, { dueAt: T0 + 3 * HOUR })],
    });
    h.advanceTo(T0 + 2 * HOUR);
    expect(h.scheduler.counts()).toEqual({ overdue: 0, dueSoon: 1 });
    h.advanceTo(T0 + 3 * HOUR);
    expect(h.scheduler.counts()).toEqual({ overdue: 0, dueSoon: 1 });
    h.advanceTo(T0 + 4 * HOUR);
    expect(h.scheduler.counts()).toEqual({ overdue: 1, dueSoon: 0 });
    expect(summary(h.notifications)).toEqual(['single warning:0001', 'single warning:-001', 'single overdue:-001', 'single overdue:0001']);
    h.scheduler.apply({ type: 'delta', upserts: [], removals: ['case-1:resolution'] });
    expect(h.counts.at(-1)).toEqual(zero);
    h.scheduler.apply({ type: 'delta', upserts: [], removals: ['erasure:SC-20261201-001:erasureReply'] });
    expect(h.scheduler.counts()).toEqual(zero);
    expect(h.scheduler.size()).toBe(0);
  });

  it('many due at once share a summary that leads to the privacy panel; missed ones at start are not counted either', () => {
    const h = harness(T0 + 5 * HOUR);
    h.scheduler.apply({ type: 'reset', context: contextFor(LEGAL), entries: [erasure(1), erasure(2), erasure(3, { dueAt: T0 + 5 * HOUR + 30 * MIN })] });
    expect(summary(h.notifications)).toEqual(['missed overdue:-001,overdue:-002,warning:-003']);
    expect(h.notifications[0]!.route).toBe('/settings/privacy');
    expect(h.scheduler.counts()).toEqual(zero);
  });

  it('a full feed naming a deadline twice still counts no deletion request', () => {
    const h = harness(T0 + 5 * HOUR);
    const overdue = erasure(1);
    h.scheduler.apply({ type: 'reset', context: contextFor(LEGAL), entries: [overdue, overdue, erasure(2, { dueAt: T0 + 5 * HOUR + 30 * MIN }), entry(1, { ownerId: LEGAL.id })] });
    expect(h.scheduler.size()).toBe(3);
    expect(h.scheduler.counts()).toEqual({ overdue: 1, dueSoon: 0 });
  });

  it('agents, supervisors and directors hear nothing of them, and keep none', () => {
    for (const recipient of [AGENT, SUPERVISOR, DIRECTOR, { ...DIRECTOR, role: 'ops_director' as const }]) {
      const h = harness();
      h.scheduler.apply({
        type: 'reset',
        context: contextFor(recipient, { emergencyGroup: [recipient.id] }),
        entries: [erasure(1), erasure(2, { dueAt: T0 - HOUR, severity: 'major' })],
      });
      h.advanceTo(T0 + 30 * HOUR);
      expect(h.notifications).toEqual([]);
      expect(h.reports).toEqual([]);
      expect(h.scheduler.size()).toBe(0);
      expect(h.armedAt()).toBeNull();
    }
  });
});

describe('alert scheduler at 100,000 entries', () => {
  it('applies a full feed, arms one timer at the earliest instant and follows a one-entry change', () => {
    const h = harness();
    const entries = Array.from({ length: 100_000 }, (_, i) => entry(i + 1, { dueAt: T0 + 3 * HOUR + ((i * 7919) % 100_000) * 1000 }));
    h.scheduler.apply({ type: 'reset', context: contextFor(AGENT, { repeatMinutes: 0 }), entries });
    expect(h.scheduler.size()).toBe(100_000);
    expect(h.arms).toBe(1);
    expect(h.armedAt()).toBe(T0 + HOUR);
    // One entry moves: its warning is due at once, the timer stays where it was.
    h.scheduler.apply({ type: 'delta', upserts: [entry(50_000, { dueAt: T0 + 2 * HOUR })], removals: [] });
    expect(summary(h.notifications)).toEqual(['single warning:0000']);
    expect(h.armedAt()).toBe(T0 + HOUR);
    h.advanceTo(T0 + HOUR + 10 * 1000);
    const inWindow = entries.filter((e) => e.key !== 'case-50000:resolution' && e.warnAt <= T0 + HOUR + 10 * 1000 + COALESCE_WINDOW_MS);
    expect(h.scheduler.counts().dueSoon).toBe(inWindow.length + 1);
    expect(h.notifications.slice(1).flatMap((n) => n.alerts)).toHaveLength(inWindow.length);
  });
});
