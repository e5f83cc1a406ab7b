/**
 * The overdue alerts a user has not acknowledged yet — what the 提醒 entry of
 * the navigation counts, and what the alert runtime shows again when the user
 * comes to the desk (src-main/core/alert-policy.ts `awaitsAcknowledgement`).
 * Read from the user's alert states rather than the log: a log row stays
 * unacknowledged after its case was closed or while its clock is paused, a
 * state does not count then.
 */
import { awaitsAcknowledgement } from '../../../src-main/core/alert-policy';
import { FINAL_STATUSES } from '../../domain/lifecycle/machine';
import type { DeskDb } from '../db';
import { clockKindOfKey } from './entries';

/** Keys of `userId`'s deadlines whose overdue alert waits for their 确认, at `now`. */
export async function unacknowledgedKeys(db: DeskDb, userId: string, now: number): Promise<string[]> {
  // The user's states are few next to the cases; only the open ones need their case read.
  const open = (await db.alertStates.where('userId').equals(userId).toArray()).filter((state) => awaitsAcknowledgement(state, now));
  if (open.length === 0) return [];
  const cases = await db.cases.bulkGet([...new Set(open.map((state) => state.caseId))]);
  const byId = new Map(cases.flatMap((record) => (record ? [[record.id, record] as const] : [])));
  return open
    .filter((state) => {
      const record = byId.get(state.caseId);
      if (!record || record.archived === 1 || FINAL_STATUSES.includes(record.status)) return false;
      const kind = clockKindOfKey(state.key);
      const clock = kind ? record.clocks[kind] : undefined;
      // The alert belongs to the deadline that runs now: a moved deadline starts afresh, and a paused
      // clock never alerts, so the runtime does not show its alert again either (alert-policy `evaluate`).
      return clock?.state === 'running' && clock.dueAt === state.dueAt;
    })
    .map((state) => state.key)
    .sort();
}
