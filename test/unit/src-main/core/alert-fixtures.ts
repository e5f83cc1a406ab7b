/** Deadline entries and a scheduler driven by a fake clock and the one timer it arms. */
import type { AlertContext, AlertCounts, AlertNotification, AlertRecipient, AlertReport, DeadlineEntry } from '../../../../src-main/core/alert-feed';
import { warnAtFor } from '../../../../src-main/core/alert-policy';
import { createAlertScheduler, type AlertScheduler } from '../../../../src-main/core/alert-scheduler';
import { DEFAULT_ALERT_POLICY, type AlertPolicySettings } from '../../../../src-main/core/alert-settings';

export const MIN = 60_000;
export const HOUR = 60 * MIN;
/** 2026-11-23 10:00 in Asia/Shanghai (the unit tests' time zone). */
export const T0 = Date.parse('2026-11-23T10:00:00+08:00');

export const AGENT: AlertRecipient = {
  id: 'u-agent',
  name: '王芳',
  role: 'agent',
  department: '客服中心',
  follow: { severities: ['general', 'serious', 'major'], departments: [] },
};
export const SUPERVISOR: AlertRecipient = { ...AGENT, id: 'u-sup', name: '李主管', role: 'supervisor' };
export const DIRECTOR: AlertRecipient = { ...AGENT, id: 'u-dir', name: '赵总监', role: 'director' };

export function entry(
  n: number,
  overrides: Partial<DeadlineEntry> = {},
  policy: AlertPolicySettings = DEFAULT_ALERT_POLICY,
): DeadlineEntry {
  const severity = overrides.severity ?? 'general';
  const dueAt = overrides.dueAt ?? T0 + 4 * HOUR;
  return {
    key: `case-${n}:resolution`,
    caseId: `case-${n}`,
    caseNo: `TS-20261123-${String(n).padStart(4, '0')}`,
    title: `客户${n}：快递三天没到，电话也打不通`,
    severity,
    ownerId: AGENT.id,
    ownerName: AGENT.name,
    department: '客服中心',
    clockKind: 'resolution',
    warnAt: warnAtFor(severity, dueAt, policy),
    dueAt,
    paused: false,
    state: null,
    ...overrides,
  };
}

export function contextFor(recipient: AlertRecipient | null, policy: Partial<AlertPolicySettings> = {}): AlertContext {
  return { recipient, policy: { ...DEFAULT_ALERT_POLICY, ...policy } };
}

export interface Harness {
  scheduler: AlertScheduler;
  notifications: AlertNotification[];
  reports: AlertReport[];
  counts: AlertCounts[];
  /** How often the runtime was asked to (re)arm its timer. */
  arms: number;
  armedAt(): number | null;
  now(): number;
  /** Moves the clock to `at`, firing the timer at each instant it was armed for on the way. */
  advanceTo(at: number): void;
  /** Moves the clock without any timer firing (the computer slept, the clock was set). */
  jumpTo(at: number): void;
}

export function harness(start = T0): Harness {
  let now = start;
  let armed: number | null = null;
  const result: Harness = {
    notifications: [],
    reports: [],
    counts: [],
    arms: 0,
    armedAt: () => armed,
    now: () => now,
    scheduler: createAlertScheduler({
      now: () => now,
      arm: (at) => {
        armed = at;
        result.arms += 1;
      },
      notify: (n) => result.notifications.push(n),
      report: (r) => result.reports.push(r),
      counts: (c) => result.counts.push(c),
    }),
    advanceTo(at) {
      for (let guard = 0; armed !== null && armed <= at; guard += 1) {
        if (guard > 100_000) throw new Error('the scheduler keeps re-arming at the same instant');
        now = Math.max(now, armed);
        armed = null;
        result.scheduler.tick();
      }
      now = at;
    },
    jumpTo(at) {
      now = at;
    },
  };
  return result;
}

/** Each notification as `delivery kind… caseNo…`, for readable expectations. */
export function summary(notifications: AlertNotification[]): string[] {
  return notifications.map((n) => `${n.delivery} ${n.alerts.map((a) => `${a.kind}:${a.caseNo.slice(-4)}`).join(',')}`);
}

/** Legal, who answer customers' deletion requests (个人信息删除请求) and hear of their reply deadlines. */
export const LEGAL: AlertRecipient = { ...AGENT, id: 'u-legal', name: '周律师', role: 'legal', department: '法务部' };

/** The reply deadline of deletion request `no`, as the store host feeds it: 严重, nobody's, naming no one. */
export function erasureEntry(no: string, overrides: Partial<DeadlineEntry> = {}): DeadlineEntry {
  return entry(0, {
    key: `erasure:${no}:erasureReply`,
    caseId: `erasure:${no}`,
    caseNo: no,
    title: '',
    severity: 'serious',
    ownerId: null,
    ownerName: '',
    department: '',
    clockKind: 'erasureReply',
    ...overrides,
  });
}
