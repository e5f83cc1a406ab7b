/**
 * The alert log and each user's alert state per deadline: written from the
 * runtime's reports (alerts raised, acknowledged or snoozed from a
 * notification) and from the UI's commands, by the same functions.
 */
import { AlertReport, type RaisedAlert } from '../../../src-main/core/alert-feed';
import type { Person } from '../../domain/cases/case';
import type { AlertLogRecord, AlertStateRecord, DeskDb } from '../db';
import { readDeskUser } from './context';
import { awaitsAnswer } from '../../domain/privacy/erasure-cases';
import { readRequests } from '../services/privacy/requests';
import { caseIdOfKey, clockKindOfKey, erasureEntryKey, erasureNoOfKey } from './entries';

const fresh = (key: string, userId: string, caseId: string, dueAt: number): AlertStateRecord => ({
  key,
  userId,
  caseId,
  dueAt,
  warnedAt: null,
  overdueAt: null,
  lastAlertAt: null,
  acknowledgedAt: null,
  snoozedUntil: null,
});

const later = (a: number | null, b: number): number => (a === null ? b : Math.max(a, b));

async function nextLogId(db: DeskDb): Promise<number> {
  const [last] = await db.alerts.orderBy(':id').reverse().limit(1).primaryKeys();
  return (last ?? 0) + 1;
}

/** One raised alert's identity in the log: the same deadline (key and instant), kind and time raised for the same user is the same alert. */
const raisedKey = (key: string, dueAt: number, kind: string, at: number) => `${key}|${dueAt}|${kind}|${at}`;

/**
 * Appends the alerts raised to `user` to the log and moves each deadline's state forward. Call
 * inside a transaction. An alert already logged (a report sent again after the store host died
 * before it answered, see platform/report-outbox.ts) is not logged twice.
 */
export async function logRaised(db: DeskDb, user: Person, raised: readonly RaisedAlert[]): Promise<void> {
  const logged = await db.alerts.where('[key+userId]').anyOf([...new Set(raised.map((alert) => alert.key))].map((key) => [key, user.id])).toArray();
  const seen = new Set(logged.map((row) => raisedKey(row.key, row.dueAt, row.kind, row.raisedAt)));
  const alerts = raised.filter((alert) => !seen.has(raisedKey(alert.key, alert.dueAt, alert.kind, alert.at)));
  if (alerts.length === 0) return;
  let id = await nextLogId(db);
  const rows: AlertLogRecord[] = alerts.map((alert) => ({
    id: id++,
    key: alert.key,
    caseId: alert.caseId,
    caseNo: alert.caseNo,
    severity: alert.severity,
    clockKind: alert.clockKind,
    dueAt: alert.dueAt,
    kind: alert.kind,
    capacity: alert.capacity,
    delivery: alert.delivery,
    userId: user.id,
    userName: user.name,
    raisedAt: alert.at,
    acknowledgedAt: null,
    acknowledgedBy: null,
  }));
  await db.alerts.bulkAdd(rows);

  const keys = [...new Set(alerts.map((alert) => alert.key))];
  const stored = await db.alertStates.bulkGet(keys.map((key): [string, string] => [key, user.id]));
  const states = new Map<string, AlertStateRecord>();
  stored.forEach((state) => state && states.set(state.key, state));
  for (const alert of alerts) {
    const current = states.get(alert.key);
    // A history belongs to one deadline: an alert about another one (moved by an extension or a re-grading) starts afresh.
    const state = current && current.dueAt === alert.dueAt ? current : fresh(alert.key, user.id, alert.caseId, alert.dueAt);
    states.set(alert.key, {
      ...state,
      warnedAt: alert.kind === 'warning' ? (state.warnedAt ?? alert.at) : state.warnedAt,
      overdueAt: alert.kind === 'overdue' ? later(state.overdueAt, alert.at) : state.overdueAt,
      lastAlertAt: later(state.lastAlertAt, alert.at),
    });
  }
  await db.alertStates.bulkPut([...states.values()]);
}

/**
 * The deadline each key names now: a case's running or paused clock, a deletion request's reply
 * deadline while it waits for its answer. Keys of deadlines that no longer run are absent.
 */
async function currentDueAts(db: DeskDb, keys: readonly string[]): Promise<Map<string, number>> {
  const nos = keys.flatMap((key) => erasureNoOfKey(key) ?? []);
  const caseKeys = keys.filter((key) => clockKindOfKey(key) !== undefined);
  const [cases, requests] = await Promise.all([
    db.cases.bulkGet([...new Set(caseKeys.map(caseIdOfKey))]),
    readRequests(db, nos),
  ]);
  const dueAts = new Map<string, number>();
  for (const record of cases) {
    for (const clock of Object.values(record?.clocks ?? {})) {
      if (record && (clock.state === 'running' || clock.state === 'paused')) dueAts.set(`${record.id}:${clock.kind}`, clock.dueAt);
    }
  }
  for (const request of requests) if (request && awaitsAnswer(request)) dueAts.set(erasureEntryKey(request.no), request.dueAt);
  return dueAts;
}

/**
 * Changes `userId`'s state of each key's current deadline (the clock's dueAt
 * now: acknowledging before any alert, or after the deadline moved, applies to
 * the deadline that runs). Keys of deadlines that no longer run keep no state.
 */
async function amendStates(db: DeskDb, userId: string, keys: readonly string[], change: (state: AlertStateRecord) => AlertStateRecord): Promise<void> {
  const unique = [...new Set(keys)];
  const [stored, dueAts] = await Promise.all([db.alertStates.bulkGet(unique.map((key): [string, string] => [key, userId])), currentDueAts(db, unique)]);
  const next: AlertStateRecord[] = [];
  unique.forEach((key, n) => {
    const dueAt = dueAts.get(key);
    if (dueAt === undefined) return;
    const current = stored[n];
    next.push(change(current && current.dueAt === dueAt ? current : fresh(key, userId, caseIdOfKey(key), dueAt)));
  });
  await db.alertStates.bulkPut(next);
}

/** `user` acknowledged the alerts of `keys` at `at`: their open log rows are stamped and repeats stop. Call inside a transaction. */
export async function logAcknowledged(db: DeskDb, user: Person, keys: readonly string[], at: number): Promise<void> {
  const unique = [...new Set(keys)];
  const rows = await db.alerts.where('[key+userId]').anyOf(unique.map((key) => [key, user.id])).toArray();
  const open = rows.filter((row) => row.acknowledgedAt === null);
  await db.alerts.bulkPut(open.map((row) => ({ ...row, acknowledgedAt: at, acknowledgedBy: { id: user.id, name: user.name } })));
  await amendStates(db, user.id, unique, (state) => ({ ...state, acknowledgedAt: later(state.acknowledgedAt, at) }));
}

/** `user` snoozed the alerts of `keys` until `until`: one reminder then. Call inside a transaction. */
export async function logSnoozed(db: DeskDb, user: Person, keys: readonly string[], until: number): Promise<void> {
  await amendStates(db, user.id, keys, (state) => ({ ...state, snoozedUntil: until }));
}

export const logTables = (db: DeskDb) => [db.alerts, db.alertStates, db.cases, db.settings, db.sessions, db.users];

export type ReportOutcome = { ok: true; keys: string[] } | { ok: false; reason: 'invalid' | 'notDeskUser' };

/**
 * A report from the alert runtime, validated here because it crossed a
 * process boundary. Only the desk user's reports are written: one about
 * anybody else comes from a runtime that has not caught up with a sign-out
 * (or from something that should not be sending reports at all).
 */
export async function recordReport(db: DeskDb, payload: unknown, now: number): Promise<ReportOutcome> {
  const parsed = AlertReport.safeParse(payload);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    console.error(`alert report refused: invalid (${issue?.code ?? '?'} at ${issue?.path.join('.') || 'the report'})`);
    return { ok: false, reason: 'invalid' };
  }
  const report: AlertReport = parsed.data;
  return db.transaction('rw', logTables(db), async (): Promise<ReportOutcome> => {
    const desk = await readDeskUser(db, now);
    if (!desk || desk.user.id !== report.userId) {
      console.error(`alert report refused: ${report.userId} is not the desk user`);
      return { ok: false, reason: 'notDeskUser' };
    }
    const user = { id: desk.user.id, name: desk.user.name };
    if (report.type === 'raised') await logRaised(db, user, report.alerts);
    else if (report.type === 'acknowledge') await logAcknowledged(db, user, report.keys, report.at);
    else await logSnoozed(db, user, report.keys, report.until);
    const keys = report.type === 'raised' ? report.alerts.map((alert) => alert.key) : report.keys;
    return { ok: true, keys: [...new Set(keys)] };
  });
}
