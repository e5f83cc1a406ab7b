import { describe, expect, it } from 'vitest';
import { evaluate, isQuiet, mergeStates, planFor, quietEndAfter, warnAtFor } from '../../../../src-main/core/alert-policy';
import { AlertPolicySettings, DEFAULT_ALERT_POLICY } from '../../../../src-main/core/alert-settings';
import type { AlertRecipient, DeadlineEntry } from '../../../../src-main/core/alert-feed';
import { AGENT, DIRECTOR, entry, erasureEntry, HOUR, LEGAL, MIN, SUPERVISOR, T0 } from './alert-fixtures';

const policy = DEFAULT_ALERT_POLICY;
const at = (text: string) => Date.parse(`${text}+08:00`);

describe('alert policy defaults', () => {
  it('warns 2 h before 一般, 1 h before 严重, 30 min before 重大 deadlines', () => {
    expect(warnAtFor('general', T0, policy)).toBe(T0 - 2 * HOUR);
    expect(warnAtFor('serious', T0, policy)).toBe(T0 - HOUR);
    expect(warnAtFor('major', T0, policy)).toBe(T0 - 30 * MIN);
  });

  it('the defaults pass the settings schema; a director delay shorter than the supervisor delay does not', () => {
    expect(AlertPolicySettings.safeParse(policy).success).toBe(true);
    const result = AlertPolicySettings.safeParse({ ...policy, escalation: { supervisorAfterMinutes: 60, directorAfterMinutes: 30 } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ message: 'validation.escalationOrder', path: ['escalation', 'directorAfterMinutes'] });
    expect(AlertPolicySettings.safeParse({ ...policy, quietHours: { enabled: true, from: '24:00', to: '07:00' } }).success).toBe(false);
  });
});

describe('planFor', () => {
  it('the earliest capacity decides when the overdue alert comes', () => {
    const own = planFor(entry(1, { ownerId: SUPERVISOR.id }), SUPERVISOR, policy);
    expect(own).toEqual({ capacity: 'owner', warns: true, overdueAlertAt: T0 + 4 * HOUR });
    const supervised = planFor(entry(1, { ownerId: 'x' }), SUPERVISOR, policy);
    expect(supervised).toEqual({ capacity: 'supervisor', warns: true, overdueAlertAt: T0 + 4 * HOUR + 30 * MIN });
    const directed = planFor(entry(1, { ownerId: 'x' }), DIRECTOR, policy);
    expect(directed).toEqual({ capacity: 'director', warns: false, overdueAlertAt: T0 + 6 * HOUR });
    expect(planFor(entry(1, { ownerId: 'x' }), AGENT, policy)).toBeNull();
    expect(planFor(entry(1), null, policy)).toBeNull();
  });

  it('an emergency-group director hears of 重大 cases at the deadline and is warned', () => {
    const plan = planFor(entry(1, { ownerId: 'x', severity: 'major' }), DIRECTOR, { ...policy, emergencyGroup: [DIRECTOR.id] });
    expect(plan).toEqual({ capacity: 'emergency', warns: true, overdueAlertAt: T0 + 4 * HOUR });
  });
});

describe('planFor a deletion request’s reply deadline (个人信息删除请求)', () => {
  const DUE = T0 + 10 * HOUR;
  const erasure = (overrides: Partial<DeadlineEntry> = {}) => erasureEntry('SC-20261201-001', { dueAt: DUE, ...overrides });
  const ADMIN: AlertRecipient = { ...AGENT, id: 'u-admin', name: '系统管理员', role: 'admin', department: '信息部' };

  it('legal and the administrator answer it: theirs, warned, and alerted at the deadline with no escalation delay', () => {
    const delayed = { ...policy, escalation: { supervisorAfterMinutes: 45, directorAfterMinutes: 180 } };
    for (const recipient of [LEGAL, ADMIN]) {
      expect(planFor(erasure(), recipient, policy)).toEqual({ capacity: 'owner', warns: true, overdueAlertAt: DUE });
      expect(planFor(erasure(), recipient, delayed)).toEqual({ capacity: 'owner', warns: true, overdueAlertAt: DUE });
    }
    // Neither role hears of a complaint that is not their own.
    expect(planFor(entry(1, { ownerId: 'x' }), LEGAL, policy)).toBeNull();
  });

  it('nobody else hears of it: not agents, nor supervisors and directors following everything, nor the emergency group', () => {
    // The fixtures follow every severity of every department.
    const everyone: AlertRecipient[] = [AGENT, SUPERVISOR, DIRECTOR, { ...DIRECTOR, id: 'u-ops', role: 'ops_director' }];
    expect(everyone.every((r) => r.follow.severities.length === 3 && r.follow.departments.length === 0)).toBe(true);
    const emergency = { ...policy, emergencyGroup: everyone.map((r) => r.id) };
    for (const recipient of everyone) {
      expect(planFor(erasure(), recipient, policy)).toBeNull();
      // Even were it 重大, in their department, or named theirs, with them in the emergency group.
      expect(planFor(erasure({ severity: 'major', department: recipient.department }), recipient, emergency)).toBeNull();
      expect(planFor(erasure({ ownerId: recipient.id }), recipient, emergency)).toBeNull();
    }
    expect(planFor(erasure(), null, policy)).toBeNull();
  });

  it('is warned as a 严重 deadline, then alerted at the deadline', () => {
    const request = erasure();
    const plan = planFor(request, LEGAL, policy)!;
    expect(evaluate(request, plan, null, policy, DUE - HOUR - 1)).toMatchObject({ alert: null, wakeAt: DUE - HOUR, dueSoon: false, overdue: false });
    const warned = evaluate(request, plan, null, policy, DUE - HOUR);
    expect(warned).toMatchObject({ alert: 'warning', dueSoon: true, overdue: false });
    expect(evaluate(request, plan, warned.state, policy, DUE)).toMatchObject({ alert: 'overdue', overdue: true });
  });
});

describe('evaluate', () => {
  const plan = planFor(entry(1, { ownerId: 'x' }), SUPERVISOR, policy)!;

  it('a supervisor who signs in after the deadline gets no "due soon" warning for a case already late', () => {
    const result = evaluate(entry(1, { ownerId: 'x' }), plan, null, policy, T0 + 4 * HOUR + 10 * MIN);
    expect(result.alert).toBeNull();
    expect(result.wakeAt).toBe(T0 + 4 * HOUR + 30 * MIN);
    expect(result.overdue).toBe(true);
  });

  it('a paused clock is silent and asks for no wake-up', () => {
    const result = evaluate(entry(1, { ownerId: 'x', paused: true }), plan, null, policy, T0 + 5 * HOUR);
    expect(result).toMatchObject({ alert: null, wakeAt: null, overdue: false, dueSoon: false });
  });

  it('a history of another deadline does not count', () => {
    const old = { dueAt: T0, warnedAt: T0 - HOUR, overdueAt: T0, lastAlertAt: T0, acknowledgedAt: T0, snoozedUntil: null };
    const result = evaluate(entry(1), planFor(entry(1), AGENT, policy)!, old, policy, T0 + 2 * HOUR);
    expect(result.alert).toBe('warning');
    expect(result.state).toMatchObject({ dueAt: T0 + 4 * HOUR, warnedAt: T0 + 2 * HOUR, acknowledgedAt: null });
  });
});

describe('mergeStates', () => {
  it('keeps the later of each instant, and the history of the newer deadline', () => {
    const a = { dueAt: T0, warnedAt: 1, overdueAt: null, lastAlertAt: 5, acknowledgedAt: null, snoozedUntil: 9 };
    const b = { dueAt: T0, warnedAt: 1, overdueAt: 3, lastAlertAt: 4, acknowledgedAt: 6, snoozedUntil: null };
    expect(mergeStates(a, b)).toEqual({ dueAt: T0, warnedAt: 1, overdueAt: 3, lastAlertAt: 5, acknowledgedAt: 6, snoozedUntil: 9 });
    expect(mergeStates(a, { ...b, dueAt: T0 + 1 })).toEqual({ ...b, dueAt: T0 + 1 });
    expect(mergeStates(null, b)).toBe(b);
  });
});

describe('quiet hours (local time)', () => {
  const overnight = { ...policy, quietHours: { enabled: true, from: '22:00', to: '07:00' } };
  const daytime = { ...policy, quietHours: { enabled: true, from: '12:00', to: '13:30' } };

  it('span midnight when they start after they end', () => {
    expect(isQuiet(overnight, at('2026-11-23T21:59:59'))).toBe(false);
    expect(isQuiet(overnight, at('2026-11-23T22:00:00'))).toBe(true);
    expect(isQuiet(overnight, at('2026-11-24T03:00:00'))).toBe(true);
    expect(isQuiet(overnight, at('2026-11-24T07:00:00'))).toBe(false);
    expect(quietEndAfter(overnight, at('2026-11-23T23:00:00'))).toBe(at('2026-11-24T07:00:00'));
    expect(quietEndAfter(overnight, at('2026-11-24T01:00:00'))).toBe(at('2026-11-24T07:00:00'));
  });

  it('within one day, and never when disabled or empty', () => {
    expect(isQuiet(daytime, at('2026-11-23T12:45:00'))).toBe(true);
    expect(isQuiet(daytime, at('2026-11-23T13:30:00'))).toBe(false);
    expect(quietEndAfter(daytime, at('2026-11-23T12:45:00'))).toBe(at('2026-11-23T13:30:00'));
    expect(isQuiet({ ...overnight, quietHours: { ...overnight.quietHours, enabled: false } }, at('2026-11-24T03:00:00'))).toBe(false);
    expect(isQuiet({ ...policy, quietHours: { enabled: true, from: '08:00', to: '08:00' } }, at('2026-11-24T08:00:00'))).toBe(false);
  });
});
