/**
 * The deadline feed: what the store host tells the alert runtime (main, or the
 * web harness page) about every running clock of every open case that
 * concerns the desk user (and every customer's deletion request still waiting
 * for the centre's answer, for those who answer them), and what
 * the runtime reports back (alerts raised, acknowledged, snoozed) for the
 * store host to log. Both directions are validated on receipt.
 *
 * The vocabularies restate the domain's (src-main/core may not import the
 * renderer's domain); a type test holds them equal.
 */
import { z } from 'zod';
import { AlertPolicySettings } from './alert-settings';

export const ALERT_SEVERITIES = ['general', 'serious', 'major'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];
export const CASE_CLOCK_KINDS = ['response', 'verification', 'grading', 'planApproval', 'resolution', 'callback', 'referralReply'] as const;
/**
 * A case's clocks, and `erasureReply`: the reply a customer's deletion request (个人信息删除请求) is
 * owed by. Its entry's `caseId` is the request's key (`erasure:<no>`) and `caseNo` its number.
 */
export const ALERT_CLOCK_KINDS = [...CASE_CLOCK_KINDS, 'erasureReply'] as const;
export type AlertClockKind = (typeof ALERT_CLOCK_KINDS)[number];
export const ERASURE_CLOCK = 'erasureReply' satisfies AlertClockKind;
/** Whether an entry (or alert) is a deletion request's reply deadline rather than a case's clock. */
export const isErasureDeadline = (item: { clockKind: AlertClockKind }) => item.clockKind === ERASURE_CLOCK;
/** The roles that answer deletion requests (`erasure.record`), and hear of their reply deadlines. */
export const ERASURE_ALERT_ROLES = ['legal', 'admin'] as const;
export const ALERT_ROLES = ['agent', 'supervisor', 'director', 'ops_director', 'legal', 'admin'] as const;

const Instant = z.number().finite().min(0).max(8.64e15);
const Id = z.string().min(1).max(100);

/**
 * This desk user's history with one deadline. It belongs to one `dueAt`: an
 * extension or a new grading moves the deadline and starts a fresh history.
 */
export const EntryAlertState = z.object({
  dueAt: Instant,
  warnedAt: Instant.nullable(),
  overdueAt: Instant.nullable(),
  lastAlertAt: Instant.nullable(),
  acknowledgedAt: Instant.nullable(),
  snoozedUntil: Instant.nullable(),
});
export type EntryAlertState = z.infer<typeof EntryAlertState>;

/** One running (or paused) clock of one open case, or one deletion request's reply deadline. `key` is `<caseId>:<clockKind>`. */
export const DeadlineEntry = z.object({
  key: z.string().min(3).max(200),
  caseId: Id,
  caseNo: z.string().min(1).max(60),
  /** Customer and the start of the description, for the notification body. */
  title: z.string().max(120),
  severity: z.enum(ALERT_SEVERITIES),
  ownerId: Id.nullable(),
  ownerName: z.string().max(60),
  department: z.string().max(60),
  clockKind: z.enum(ALERT_CLOCK_KINDS),
  /** When the due-soon warning is due (dueAt minus the lead time of the case's severity). */
  warnAt: Instant,
  dueAt: Instant,
  paused: z.boolean(),
  /** Null until this desk user has been alerted about this deadline. */
  state: EntryAlertState.nullable(),
});
export type DeadlineEntry = z.infer<typeof DeadlineEntry>;

/** The user signed in at this desktop, who receives the alerts, and what they follow. */
export const AlertRecipient = z.object({
  id: Id,
  name: z.string().max(60),
  role: z.enum(ALERT_ROLES),
  department: z.string().max(60),
  /** Severities and departments followed in a supervising role (own cases always alert). */
  follow: z.object({
    severities: z.array(z.enum(ALERT_SEVERITIES)).max(3),
    /** Empty: every department. */
    departments: z.array(z.string().max(60)).max(100),
  }),
});
export type AlertRecipient = z.infer<typeof AlertRecipient>;

export const AlertContext = z.object({
  /** Null while nobody is signed in at this desktop: nothing is alerted, nothing counted. */
  recipient: AlertRecipient.nullable(),
  policy: AlertPolicySettings,
});
export type AlertContext = z.infer<typeof AlertContext>;

export const MAX_FEED_ENTRIES = 500_000;

/** A full feed replaces everything the runtime knows; a delta adds, changes and removes entries. */
export const FeedMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('reset'), context: AlertContext, entries: z.array(DeadlineEntry).max(MAX_FEED_ENTRIES) }),
  z.object({
    type: z.literal('delta'),
    upserts: z.array(DeadlineEntry).max(MAX_FEED_ENTRIES),
    removals: z.array(z.string().min(3).max(200)).max(MAX_FEED_ENTRIES),
  }),
]);
export type FeedMessage = z.infer<typeof FeedMessage>;

export const ALERT_KINDS = ['warning', 'overdue', 'repeat'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** Why the desk user receives an entry's alerts. */
export const CAPACITIES = ['owner', 'supervisor', 'director', 'emergency'] as const;
export type Capacity = (typeof CAPACITIES)[number];

/**
 * How an alert reached the user: alone, in a notification summarising many at
 * the same moment, after quiet hours, or in the summary of what was missed
 * while the app was off or the computer asleep.
 */
export const DELIVERIES = ['single', 'coalesced', 'quiet', 'missed'] as const;
export type Delivery = (typeof DELIVERIES)[number];
/**
 * How a notification reaches the user: as an alert is delivered, or `unacknowledged` — overdue
 * alerts raised earlier (before the app started, before this user signed in here) that still wait
 * for their 确认, shown again. That is no new alert: it is neither reported nor logged.
 */
export type NoticeDelivery = Delivery | 'unacknowledged';

export const RaisedAlert = z.object({
  key: z.string().min(3).max(200),
  caseId: Id,
  caseNo: z.string().min(1).max(60),
  severity: z.enum(ALERT_SEVERITIES),
  clockKind: z.enum(ALERT_CLOCK_KINDS),
  dueAt: Instant,
  kind: z.enum(ALERT_KINDS),
  capacity: z.enum(CAPACITIES),
  delivery: z.enum(DELIVERIES),
  at: Instant,
});
export type RaisedAlert = z.infer<typeof RaisedAlert>;

export const SNOOZE_MINUTES = 15;

/** What the runtime reports to the store host, for the alert log and each entry's state. */
export const AlertReport = z.discriminatedUnion('type', [
  z.object({ type: z.literal('raised'), userId: Id, alerts: z.array(RaisedAlert).min(1).max(MAX_FEED_ENTRIES) }),
  z.object({ type: z.literal('acknowledge'), userId: Id, keys: z.array(z.string().min(3).max(200)).min(1).max(MAX_FEED_ENTRIES), at: Instant }),
  z.object({ type: z.literal('snooze'), userId: Id, keys: z.array(z.string().min(3).max(200)).min(1).max(MAX_FEED_ENTRIES), at: Instant, until: Instant }),
]);
export type AlertReport = z.infer<typeof AlertReport>;

/**
 * Alert reports held while the store host is down or starting (or, in the browser harness, until
 * it said it handled them). They are the alert log, so they wait for the next host; the bound
 * only matters if the host never comes back, and then the oldest go first.
 */
export const MAX_QUEUED_REPORTS = 10_000;

/** Browser harness, page → store Worker: a report of the page's alert runtime, numbered for its answer. */
export interface WorkerReportMessage {
  type: 'alert-report';
  id: number;
  report: AlertReport;
}

/** Browser harness, store Worker → page: report `id` was handled (written, or refused): never to be sent again. */
export interface WorkerReportDoneMessage {
  type: 'alert-report-done';
  id: number;
}

/** Counts the tray, badge and overlay icon show. */
export interface AlertCounts {
  /** Cases (not clocks) this user follows that are past a running deadline now. */
  overdue: number;
  /** Cases this user follows inside their warning window now. */
  dueSoon: number;
}

/** One alert inside a notification: the entry it is about and what happened. */
export interface NotifiedAlert {
  key: string;
  caseId: string;
  caseNo: string;
  title: string;
  severity: AlertSeverity;
  clockKind: DeadlineEntry['clockKind'];
  dueAt: number;
  kind: AlertKind;
  capacity: Capacity;
}

/**
 * What the runtime shows as one notification: a single alert, or a summary
 * of many (coalesced, held over quiet hours, or missed while off/asleep).
 */
export interface AlertNotification {
  id: string;
  delivery: NoticeDelivery;
  at: number;
  alerts: NotifiedAlert[];
  /** Where a click leads: the case for one alert, the overdue (or due-soon) view for a summary. */
  route: string;
}
