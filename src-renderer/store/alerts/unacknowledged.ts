/**
 * The overdue alerts a user has not acknowledged yet — what the 提醒 entry of
 * the navigation counts, and what the alert runtime shows again when the user
 * comes to the desk (src-main/core/alert-policy.ts `awaitsAcknowledgement`).
 * Read from the user's alert states rather than the log: a log row stays
 * unacknowledged after its deadline stopped running (its case ended, its
 * clock paused, its deletion request answered), a state does not count then.
 */
import { awaitsAcknowledgement } from '../../../src-main/core/alert-policy';
import { FINAL_STATUSES } from '../../domain/lifecycle/machine';
import { replyDeadlineRuns } from '../../domain/privacy/erasure-cases';
import type { AlertStateRecord, DeskDb } from '../db';
import { readRequests } from '../services/privacy/requests';
import { clockKindOfKey, erasureNoOfKey } from './entries';

/** Keys of `userId`'s deadlines whose overdue alert waits for their 确认, at `now`. */
export async function unacknowledgedKeys(db: DeskDb, userId: string, now: number): Promise<string[]> {
  // The user's states are few next to the cases; only the open ones need their case (or request) read.
  const open = (await db.alertStates.where('userId').equals(userId).toArray()).filter((state) => awaitsAcknowledgement(state, now));
  if (open.length === 0) return [];
  const [cases, requests] = await Promise.all([caseDeadlines(db, open), erasureDeadlines(db, open)]);
  return [...cases, ...requests].sort();
}

/** The states of case clocks that still run with the deadline they were raised for. */
async function caseDeadlines(db: DeskDb, open: readonly AlertStateRecord[]): Promise<string[]> {
  const states = open.filter((state) => clockKindOfKey(state.key) !== undefined);
  const cases = await db.cases.bulkGet([...new Set(states.map((state) => state.caseId))]);
  const byId = new Map(cases.flatMap((record) => (record ? [[record.id, record] as const] : [])));
  return states
    .filter((state) => {
      const record = byId.get(state.caseId);
      const kind = clockKindOfKey(state.key)!;
      // An ended case keeps one deadline running: the referral reply the referring body (12315) still expects.
      if (!record || record.archived === 1 || (FINAL_STATUSES.includes(record.status) && kind !== 'referralReply')) return false;
      const clock = record.clocks[kind];
      // The alert belongs to the deadline that runs now: a moved deadline starts afresh, and a paused
      // clock never alerts, so the runtime does not show its alert again either (alert-policy `evaluate`).
      return clock?.state === 'running' && clock.dueAt === state.dueAt;
    })
    .map((state) => state.key);
}

/** The states of deletion requests' reply deadlines whose request still waits for its answer. */
async function erasureDeadlines(db: DeskDb, open: readonly AlertStateRecord[]): Promise<string[]> {
  const states = open.flatMap((state) => {
    const no = erasureNoOfKey(state.key);
    return no === undefined ? [] : [{ state, no }];
  });
  if (states.length === 0) return [];
  const requests = await readRequests(db, states.map(({ no }) => no));
  return states.filter(({ state }, n) => replyDeadlineRuns(requests[n], state.dueAt)).map(({ state }) => state.key);
}
