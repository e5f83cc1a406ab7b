import { LOCKOUT_MS, MAX_FAILED_SIGN_INS } from '../../../domain/users/password';
import type { UserRecord } from '../../../domain/users/user';
import { appendAudit } from '../../core/audit';
import type { DeskDb } from '../../db';

/** The audit commands of refused passwords (labels: `security.command.auth.*`). */
export const FAILED_SIGN_IN = 'auth.signInFailed';
export const FAILED_UNLOCK = 'auth.unlockFailed';
export const LOCKED_OUT = 'auth.lockedOut';

/** Why a sign-in was refused, as the audit event's detail says it. The password typed is never kept. */
export type FailureReason = 'wrongPassword' | 'accountDisabled';

/**
 * The account's own chain holds its refused passwords: nobody is signed in, so the account tried is
 * the event's actor too, and the administrator finds the attempts by that user (操作人) or by the
 * command (操作). Runs inside the caller's transaction (users, audit, auditHeads).
 */
async function record(db: DeskDb, user: UserRecord, at: number, command: string, detail: Record<string, unknown>): Promise<void> {
  await appendAudit(db, {
    subject: `user:${user.id}`,
    at,
    actor: { id: user.id, name: user.name, role: user.role },
    command,
    before: null,
    after: null,
    detail,
  });
}

/**
 * A wrong password for an active account, at sign-in or on the lock screen: counted toward the
 * lock-out and recorded, with the lock-out itself when this was the last try. `fresh` is the user
 * as read inside the transaction.
 */
export async function countFailure(
  db: DeskDb,
  fresh: UserRecord,
  now: number,
  via: 'signIn' | 'unlock',
): Promise<{ left: number; lockedOut: boolean }> {
  const failed = fresh.failedSignIns + 1;
  const lockedOut = failed >= MAX_FAILED_SIGN_INS;
  const lockedUntil = lockedOut ? now + LOCKOUT_MS : 0;
  await db.users.update(fresh.id, { failedSignIns: lockedOut ? 0 : failed, lockedUntil });
  await record(db, fresh, now, via === 'unlock' ? FAILED_UNLOCK : FAILED_SIGN_IN, { reason: 'wrongPassword', attempt: failed });
  if (lockedOut) await record(db, fresh, now, LOCKED_OUT, { attempts: failed, lockedUntil });
  return { left: MAX_FAILED_SIGN_INS - failed, lockedOut };
}

/** A sign-in refused without counting toward the lock-out (a deactivated account). */
export async function recordRefusal(db: DeskDb, fresh: UserRecord, now: number, reason: FailureReason): Promise<void> {
  await record(db, fresh, now, FAILED_SIGN_IN, { reason });
}
