/**
 * How the alerts the scheduler raised reach the user: grouped by how each is
 * delivered (missed, held over quiet hours, live alone or coalesced), each
 * notification most urgent first and leading to the case or the tracking view,
 * with the rows the alert log keeps of them. Also the overdue alerts still
 * waiting for their 确认, shown again to a user new at the desk.
 */
import { isErasureDeadline, type AlertKind, type AlertNotification, type AlertSeverity, type DeadlineEntry, type Delivery, type NoticeDelivery, type NotifiedAlert, type RaisedAlert } from './alert-feed';
import type { Plan } from './alert-policy';

/** An alert raised this long after it was due was missed (the computer slept, the app was closed). */
export const LATE_MS = 2 * 60_000;

/** `timer`: raised by the timer, late ones count as missed; `change`: raised by a feed change or an action, always live. */
export type Mode = 'timer' | 'change' | 'missed';

/** The entry behind an alert, as far as its notification needs it. */
export interface Alerted {
  entry: DeadlineEntry;
  plan: Plan;
}

export interface Raised<T extends Alerted = Alerted> {
  tracked: T;
  kind: AlertKind;
  dueAt: number;
  /** It had been held over quiet hours. */
  released: boolean;
}

/** What one delivery shows, and the rows of the alert log it is reported with. */
export interface Delivered {
  notifications: AlertNotification[];
  alerts: RaisedAlert[];
}

export interface Notices {
  /** The notifications and log rows for `raised` (not empty) at `now`; more live alerts than `coalesceAbove` share one. */
  deliver(raised: readonly Raised[], mode: Mode, now: number, coalesceAbove: number): Delivered;
  /**
   * Overdue alerts raised before and not acknowledged yet, as they were delivered: one each, or one
   * summary when there are many. Nothing is reported: the log has them already.
   */
  showAgain(items: readonly Raised[], now: number, coalesceAbove: number): AlertNotification[];
}

/** The notices of one scheduler: its notification ids stay unique when two are shown at the same instant. */
export function createNotices(): Notices {
  let sequence = 0;

  function notification(delivery: NoticeDelivery, raised: readonly Raised[], at: number): AlertNotification {
    const alerts = raised.map(notifiedOf).sort(byUrgency);
    const single = (delivery === 'single' || delivery === 'unacknowledged') && alerts.length === 1;
    return { id: `alert-${at}-${++sequence}`, delivery, at, alerts, route: routeOf(alerts, single) };
  }

  return {
    deliver(raised, mode, now, coalesceAbove) {
      const groups: Record<'missed' | 'quiet' | 'live', Raised[]> = { missed: [], quiet: [], live: [] };
      for (const item of raised) {
        if (item.released) groups.quiet.push(item);
        else if (mode === 'missed' || (mode === 'timer' && item.dueAt < now - LATE_MS)) groups.missed.push(item);
        else groups.live.push(item);
      }
      const notifications: AlertNotification[] = [];
      if (groups.missed.length > 0) notifications.push(notification('missed', groups.missed, now));
      if (groups.quiet.length > 0) notifications.push(notification('quiet', groups.quiet, now));
      const coalesce = groups.live.length > coalesceAbove;
      if (coalesce) notifications.push(notification('coalesced', groups.live, now));
      else for (const item of groups.live) notifications.push(notification('single', [item], now));
      const alerts: RaisedAlert[] = [];
      for (const [delivery, items] of [
        ['missed', groups.missed],
        ['quiet', groups.quiet],
        [coalesce ? 'coalesced' : 'single', groups.live],
      ] as const) {
        for (const item of items) alerts.push(loggedOf(item, delivery, now));
      }
      return { notifications, alerts };
    },
    showAgain(items, now, coalesceAbove) {
      if (items.length === 0) return [];
      if (items.length > coalesceAbove) return [notification('unacknowledged', items, now)];
      return items.map((item) => notification('unacknowledged', [item], now));
    },
  };
}

/**
 * Where a click leads: the case (or the deletion request) of a single alert; for a summary, the
 * overdue or due-soon view of its complaints (as its title counts them), or the deletion requests
 * when it is about nothing else.
 */
function routeOf(alerts: readonly NotifiedAlert[], single: boolean): string {
  const first = alerts[0]!;
  if (single) return isErasureDeadline(first) ? `/settings/privacy/${encodeURIComponent(first.caseNo)}` : `/cases/${first.caseId}`;
  const complaints = alerts.filter((alert) => !isErasureDeadline(alert));
  if (complaints.length === 0) return '/settings/privacy';
  return complaints.some((alert) => alert.kind !== 'warning') ? '/tracking/overdue' : '/tracking/dueSoon';
}

function notifiedOf({ tracked: { entry, plan }, kind }: Raised): NotifiedAlert {
  return {
    key: entry.key,
    caseId: entry.caseId,
    caseNo: entry.caseNo,
    title: entry.title,
    severity: entry.severity,
    clockKind: entry.clockKind,
    dueAt: entry.dueAt,
    kind,
    capacity: plan.capacity,
  };
}

function loggedOf({ tracked: { entry, plan }, kind }: Raised, delivery: Delivery, at: number): RaisedAlert {
  return {
    key: entry.key,
    caseId: entry.caseId,
    caseNo: entry.caseNo,
    severity: entry.severity,
    clockKind: entry.clockKind,
    dueAt: entry.dueAt,
    kind,
    capacity: plan.capacity,
    delivery,
    at,
  };
}

const KIND_ORDER: Record<AlertKind, number> = { overdue: 0, repeat: 1, warning: 2 };
const SEVERITY_ORDER: Record<AlertSeverity, number> = { major: 0, serious: 1, general: 2 };

/** Most urgent first: late before due soon, 重大 before 一般, the earliest deadline first. */
function byUrgency(a: NotifiedAlert, b: NotifiedAlert): number {
  return (
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.dueAt - b.dueAt ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}
