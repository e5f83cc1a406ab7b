/**
 * The alert policy, pure: whether the desk user hears about a deadline, in
 * which capacity, and what is due when (warning, overdue alert, reminders),
 * with quiet hours. The scheduler calls `evaluate` at the instants it returns.
 */
import { ERASURE_ALERT_ROLES, isErasureDeadline, type AlertKind, type AlertRecipient, type AlertSeverity, type Capacity, type DeadlineEntry, type EntryAlertState } from './alert-feed';
import type { AlertPolicySettings } from './alert-settings';

export const MINUTE_MS = 60_000;

/** When the due-soon warning for a deadline is due: the lead time of its severity before it. */
export function warnAtFor(severity: AlertSeverity, dueAt: number, policy: AlertPolicySettings): number {
  return Math.max(0, dueAt - policy.leadMinutes[severity] * MINUTE_MS);
}

/** How the desk user relates to one entry: null when they do not hear about it at all. */
export interface Plan {
  /** The capacity that alerts first (owner, emergency group, supervisor, director). */
  capacity: Capacity;
  /** Whether they receive the due-soon warning. */
  warns: boolean;
  /** When their overdue alert is due: the deadline, or later by the escalation delay of their level. */
  overdueAlertAt: number;
}

/** Capacities in order of precedence when two alert at the same instant. */
const PRECEDENCE: Record<Capacity, number> = { owner: 0, emergency: 1, supervisor: 2, director: 3 };

function followsDepartment(recipient: AlertRecipient, department: string, everyDepartment: boolean): boolean {
  const chosen = recipient.follow.departments;
  if (chosen.length > 0) return chosen.includes(department);
  return everyDepartment || recipient.department === department;
}

/** The capacity chosen so far for an entry, and whether any capacity warns before the deadline. */
interface Best {
  capacity: Capacity | null;
  delayMs: number;
  warns: boolean;
}

function consider(best: Best, capacity: Capacity, warns: boolean, delayMs: number): void {
  best.warns ||= warns;
  const earlier = delayMs < best.delayMs || (delayMs === best.delayMs && best.capacity !== null && PRECEDENCE[capacity] < PRECEDENCE[best.capacity]);
  if (earlier) {
    best.capacity = capacity;
    best.delayMs = delayMs;
  }
}

/**
 * The capacities in which `recipient` hears of `entry`; the earliest decides
 * when the overdue alert comes. Runs for every entry of a full feed, so it
 * allocates nothing for the (many) entries that do not concern the user.
 */
export function planFor(entry: DeadlineEntry, recipient: AlertRecipient | null, policy: AlertPolicySettings): Plan | null {
  if (!recipient) return null;
  const { role } = recipient;
  // A deletion request's answer is legal's or the administrator's to give: theirs, warned and at the deadline.
  if (isErasureDeadline(entry)) return (ERASURE_ALERT_ROLES as readonly string[]).includes(role) ? { capacity: 'owner', warns: true, overdueAlertAt: entry.dueAt } : null;
  const supervising = role === 'supervisor' || role === 'director' || role === 'ops_director';
  const own = entry.ownerId === recipient.id;
  const emergency = entry.severity === 'major' && policy.emergencyGroup.includes(recipient.id);
  // Supervising roles choose what they follow; their own cases and the emergency group always alert.
  const follows =
    supervising &&
    recipient.follow.severities.includes(entry.severity) &&
    followsDepartment(recipient, entry.department, role === 'ops_director');
  if (!own && !emergency && !follows) return null;

  const best: Best = { capacity: null, delayMs: Infinity, warns: false };
  if (own) consider(best, 'owner', true, 0);
  if (emergency) consider(best, 'emergency', true, 0);
  if (follows) {
    const { supervisorAfterMinutes, directorAfterMinutes } = policy.escalation;
    if (role === 'supervisor') consider(best, 'supervisor', true, supervisorAfterMinutes * MINUTE_MS);
    else consider(best, 'director', false, directorAfterMinutes * MINUTE_MS);
  }
  if (best.capacity === null) return null;
  return { capacity: best.capacity, warns: best.warns, overdueAlertAt: entry.dueAt + best.delayMs };
}

export function freshState(dueAt: number): EntryAlertState {
  return { dueAt, warnedAt: null, overdueAt: null, lastAlertAt: null, acknowledgedAt: null, snoozedUntil: null };
}

const NO_HISTORY: EntryAlertState = Object.freeze(freshState(0));

/** The history that applies to the entry's current deadline (a moved deadline starts afresh). */
export function stateFor(entry: DeadlineEntry, state: EntryAlertState | null): EntryAlertState | null {
  return state && state.dueAt === entry.dueAt ? state : null;
}

const later = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

/** Two views of one history (the runtime's and the store's): every field only ever moves forward. */
export function mergeStates(a: EntryAlertState | null, b: EntryAlertState | null): EntryAlertState | null {
  if (!a || !b) return a ?? b;
  if (a.dueAt !== b.dueAt) return a.dueAt > b.dueAt ? a : b;
  return {
    dueAt: a.dueAt,
    warnedAt: later(a.warnedAt, b.warnedAt),
    overdueAt: later(a.overdueAt, b.overdueAt),
    lastAlertAt: later(a.lastAlertAt, b.lastAlertAt),
    acknowledgedAt: later(a.acknowledgedAt, b.acknowledgedAt),
    snoozedUntil: later(a.snoozedUntil, b.snoozedUntil),
  };
}

/**
 * An overdue alert raised to this user and not acknowledged since, nor snoozed to a later moment:
 * what a user coming (back) to the desk must be shown again. `state` is the history of the entry's
 * current deadline (see `stateFor`).
 */
export function awaitsAcknowledgement(state: EntryAlertState | null, now: number): boolean {
  if (!state || state.overdueAt === null) return false;
  if (state.acknowledgedAt !== null && state.acknowledgedAt >= state.overdueAt) return false;
  return state.snoozedUntil === null || state.snoozedUntil <= now;
}

/** A snooze still to come replaces the regular reminder; an acknowledged overdue alert has no reminders. */
function reminderAt(state: EntryAlertState, policy: AlertPolicySettings): number | null {
  const last = state.lastAlertAt ?? 0;
  if (state.snoozedUntil !== null && state.snoozedUntil > last) return state.snoozedUntil;
  if (state.overdueAt === null) return null;
  if (state.acknowledgedAt !== null && state.acknowledgedAt >= state.overdueAt) return null;
  return policy.repeatMinutes > 0 ? last + policy.repeatMinutes * MINUTE_MS : null;
}

export interface Evaluation {
  /** The alert due now, null if none (or held by quiet hours). */
  alert: AlertKind | null;
  /** When that alert became due (to tell a late one from a punctual one). */
  alertDueAt: number;
  /** True when an alert is due but quiet hours hold it. */
  held: boolean;
  /** The history after raising `alert` (unchanged when nothing was raised). */
  state: EntryAlertState | null;
  /** The next instant this entry matters (an alert, or a count that changes); null when none. */
  wakeAt: number | null;
  overdue: boolean;
  dueSoon: boolean;
}

/** What is due for one entry at `now`, for a recipient with `plan`. */
export function evaluate(
  entry: DeadlineEntry,
  plan: Plan,
  prior: EntryAlertState | null,
  policy: AlertPolicySettings,
  now: number,
): Evaluation {
  const current = stateFor(entry, prior);
  if (entry.paused) return { alert: null, alertDueAt: now, held: false, state: current, wakeAt: null, overdue: false, dueSoon: false };

  // No history yet: read as an empty one, allocated only if an alert is raised.
  const state = current ?? NO_HISTORY;
  let alert: AlertKind | null = null;
  let alertDueAt = now;
  if (now >= plan.overdueAlertAt) {
    if (state.overdueAt === null) {
      alert = 'overdue';
      alertDueAt = plan.overdueAlertAt;
    } else {
      const reminder = reminderAt(state, policy);
      if (reminder !== null && now >= reminder) {
        alert = 'repeat';
        alertDueAt = reminder;
      }
    }
  } else if (plan.warns && now >= entry.warnAt && now < entry.dueAt) {
    if (state.warnedAt === null) {
      alert = 'warning';
      alertDueAt = entry.warnAt;
    } else {
      const reminder = reminderAt(state, policy);
      if (reminder !== null && now >= reminder) {
        alert = 'warning';
        alertDueAt = reminder;
      }
    }
  }

  const held = alert !== null && entry.severity !== 'major' && isQuiet(policy, now);
  const next = alert !== null && !held ? raise(state, entry.dueAt, alert, now) : state;
  const changed = next !== state || current !== null;

  // The earliest future instant that matters: an alert, or a count that changes.
  let wakeAt = sooner(Infinity, entry.warnAt, now);
  wakeAt = sooner(wakeAt, entry.dueAt, now);
  if (next.overdueAt === null) {
    wakeAt = sooner(wakeAt, plan.overdueAlertAt, now);
    if (plan.warns && next.warnedAt !== null) wakeAt = sooner(wakeAt, reminderAt(next, policy), now);
  } else {
    wakeAt = sooner(wakeAt, reminderAt(next, policy), now);
  }
  if (held) wakeAt = sooner(wakeAt, quietEndAfter(policy, now), now);

  return {
    alert: held ? null : alert,
    alertDueAt,
    held,
    state: changed ? next : null,
    wakeAt: wakeAt === Infinity ? null : wakeAt,
    overdue: now >= entry.dueAt,
    dueSoon: now >= entry.warnAt && now < entry.dueAt,
  };
}

/** `at` when it is after `now` and before `best`. */
function sooner(best: number, at: number | null, now: number): number {
  return at !== null && at > now && at < best ? at : best;
}

function raise(state: EntryAlertState, dueAt: number, alert: AlertKind, now: number): EntryAlertState {
  return {
    ...state,
    dueAt,
    warnedAt: alert === 'warning' ? (state.warnedAt ?? now) : state.warnedAt,
    overdueAt: alert === 'overdue' ? now : state.overdueAt,
    lastAlertAt: now,
  };
}

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** Quiet hours in this desktop's local time; `from` after `to` spans midnight; equal means none. */
export function isQuiet(policy: AlertPolicySettings, at: number): boolean {
  const { enabled, from, to } = policy.quietHours;
  if (!enabled || from === to) return false;
  const date = new Date(at);
  const minute = date.getHours() * 60 + date.getMinutes();
  const start = minutesOf(from);
  const end = minutesOf(to);
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/** The first end of quiet hours after `at` (local time, so a DST shift is respected). */
export function quietEndAfter(policy: AlertPolicySettings, at: number): number {
  const end = minutesOf(policy.quietHours.to);
  const date = new Date(at);
  date.setHours(Math.floor(end / 60), end % 60, 0, 0);
  if (date.getTime() <= at) date.setDate(date.getDate() + 1);
  return date.getTime();
}
