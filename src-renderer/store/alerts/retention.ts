/**
 * Housekeeping of the alert log (提醒记录): the log keeps `privacy.alertLogDays`
 * days, and an alert state is dropped once nothing can read it again. Runs in
 * the store host's hourly housekeeping, a chunk per transaction, so a year of
 * alerts going at once never holds the database for long.
 */
import type { CaseRecord } from '../../domain/cases/case';
import { FINAL_STATUSES } from '../../domain/lifecycle/machine';
import { DEFAULT_SETTINGS } from '../../domain/settings/settings';
import { readSettings } from '../core/settings';
import { replyDeadlineRuns } from '../../domain/privacy/erasure-cases';
import type { AlertStateRecord, DeskDb } from '../db';
import { readRequests } from '../services/privacy/requests';
import { clockKindOfKey, erasureNoOfKey } from './entries';

const DAY = 86_400_000;
/** Rows deleted per transaction. */
export const PRUNE_CHUNK = 2_000;

/** Log rows raised before this instant are deleted; a row raised exactly at it is kept. */
export async function alertLogCutoff(db: DeskDb, now: number): Promise<number> {
  const { privacy } = await readSettings(db);
  // A stored value that is no number (written by hand, or damaged) must not stop the housekeeping: the default applies.
  const days = typeof privacy?.alertLogDays === 'number' && privacy.alertLogDays >= 1 ? privacy.alertLogDays : DEFAULT_SETTINGS.privacy.alertLogDays;
  return now - days * DAY;
}

/**
 * Whether nothing will read this state again. The deadline feed and the log
 * writers use a state only while its case is open and its clock runs (or is
 * paused) at the state's deadline (alerts/entries.ts, alerts/log.ts). A
 * closed case can be sent back for re-handling: its states are kept while
 * their clock still runs at the same deadline, so a returned case does not
 * alert someone again about a deadline they already acknowledged.
 */
export function isDeadState(state: AlertStateRecord, record: CaseRecord | undefined): boolean {
  if (!record) return true;
  if (record.archived !== 1 && !FINAL_STATUSES.includes(record.status)) return false;
  const kind = clockKindOfKey(state.key);
  const clock = kind ? record.clocks[kind] : undefined;
  return !(clock && (clock.state === 'running' || clock.state === 'paused') && clock.dueAt === state.dueAt);
}

/** Deletes the log rows raised before `cutoff`, oldest first, through the [raisedAt+id] index. */
async function pruneLogRows(db: DeskDb, cutoff: number, chunk: number): Promise<number> {
  let deleted = 0;
  for (;;) {
    const count = await db.transaction('rw', db.alerts, async () => {
      // Always from the start of the range: the rows of the chunk before are gone.
      const ids = await db.alerts.where('[raisedAt+id]').below([cutoff, -Infinity]).limit(chunk).primaryKeys();
      await db.alerts.bulkDelete(ids);
      return ids.length;
    });
    deleted += count;
    if (count < chunk) return deleted;
  }
}

type StateKey = [key: string, userId: string];

interface StateChunk {
  read: number;
  last: StateKey | null;
  dead: number;
}

/** Deletes the states of one chunk (after `from`, in primary-key order) that `isDeadState` finds. */
async function pruneStateChunk(db: DeskDb, from: StateKey | null, chunk: number): Promise<StateChunk> {
  return db.transaction('rw', [db.alertStates, db.cases, db.settings], async () => {
    const states: AlertStateRecord[] = await (from ? db.alertStates.where(':id').above(from) : db.alertStates.toCollection()).limit(chunk).toArray();
    const requestNos = [...new Set(states.flatMap((state) => erasureNoOfKey(state.key) ?? []))];
    const caseIds = [...new Set(states.flatMap((state) => (erasureNoOfKey(state.key) === undefined ? [state.caseId] : [])))];
    const [cases, found] = await Promise.all([db.cases.bulkGet(caseIds), readRequests(db, requestNos)]);
    const byId = new Map(cases.flatMap((record) => (record ? [[record.id, record] as const] : [])));
    const requests = new Map(requestNos.map((no, n) => [no, found[n]] as const));
    // A deletion request's reply deadline (its `caseId` is the request's key) is read while the request waits for its answer.
    const isDead = (state: AlertStateRecord) => {
      const no = erasureNoOfKey(state.key);
      return no === undefined ? isDeadState(state, byId.get(state.caseId)) : !replyDeadlineRuns(requests.get(no), state.dueAt);
    };
    const dead = states.filter(isDead).map((state): StateKey => [state.key, state.userId]);
    await db.alertStates.bulkDelete(dead);
    const end = states.at(-1);
    return { read: states.length, last: end ? [end.key, end.userId] : null, dead: dead.length };
  });
}

/** Deletes the states nothing reads any more, a chunk at a time. */
async function pruneStates(db: DeskDb, chunk: number): Promise<number> {
  let deleted = 0;
  let from: StateKey | null = null;
  for (;;) {
    const result: StateChunk = await pruneStateChunk(db, from, chunk);
    deleted += result.dead;
    if (result.read < chunk || !result.last) return deleted;
    from = result.last;
  }
}

/**
 * The alert log's retention: deletes the log rows older than
 * `privacy.alertLogDays` and the alert states of cases gone, closed or
 * archived, and of deletion requests answered. Returns how many log rows were deleted (what a window showing the
 * log must re-read); the states are invisible outside the store host.
 */
export async function pruneAlertLog(db: DeskDb, now: number, chunk = PRUNE_CHUNK): Promise<number> {
  const cutoff = await alertLogCutoff(db, now);
  const deleted = await pruneLogRows(db, cutoff, chunk);
  await pruneStates(db, chunk);
  return deleted;
}
