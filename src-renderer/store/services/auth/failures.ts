import type { DeskErrorData } from '../../../domain/common/errors';
import { LOCKOUT_MS, MAX_FAILED_SIGN_INS } from '../../../domain/users/password';
import type { UserRecord } from '../../../domain/users/user';
import { appendAudit } from '../../core/audit';
import type { DeskDb } from '../../db';

/** The audit commands of refused passwords (labels: `security.command.auth.*`). */
export const FAILED_SIGN_IN = 'auth.signInFailed';
export const FAILED_UNLOCK = 'auth.unlockFailed';
export const FAILED_CONFIRM = 'auth.confirmFailed';
export const LOCKED_OUT = 'auth.lockedOut';

/** Where a password was typed: at sign-in, on the lock screen, or again when signed in (再次输入密码, 修改密码). */
export type PasswordCheck = 'signIn' | 'unlock' | 'confirm';

const FAILED: Record<PasswordCheck, string> = { signIn: FAILED_SIGN_IN, unlock: FAILED_UNLOCK, confirm: FAILED_CONFIRM };

/** Why a sign-in was refused, as the audit event's detail says it. The password typed is never kept. */
export type FailureReason = 'wrongPassword' | 'accountDisabled';

/**
 * The refusal of an account locked out at `now`, or null. Asked before the password is checked and
 * again inside the transaction that would count the attempt: attempts in parallel all pass the first
 * look while the slow KDF runs, and only the second sees the lock-out one of them has just set.
 * A refusal here writes nothing, so attempts made while locked out cannot grow the audit log.
 */
export function lockOutRefusal(user: Pick<UserRecord, 'lockedUntil'>, now: number): DeskErrorData | null {
  if (user.lockedUntil <= now) return null;
  return { code: 'auth.locked', params: { minutes: Math.ceil((user.lockedUntil - now) / 60_000) } };
}

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
 * A refused password at sign-in, on the lock screen or typed again when signed in, counted toward the lock-out and recorded, with
 * the lock-out itself when this was the last try. A deactivated account's refusals count too, its right
 * password included (`accountDisabled`): otherwise its password could be guessed without limit, and
 * every guess would add an event to a chain nobody may trim. So an account adds at most
 * MAX_FAILED_SIGN_INS refusals and one lock-out per lock-out window. `fresh` is the user as read inside
 * the transaction, which the caller has already refused if locked out (see lockOutRefusal).
 */
export async function countFailure(
  db: DeskDb,
  fresh: UserRecord,
  now: number,
  via: PasswordCheck,
  reason: FailureReason = 'wrongPassword',
): Promise<{ left: number; lockedOut: boolean }> {
  const failed = fresh.failedSignIns + 1;
  const lockedOut = failed >= MAX_FAILED_SIGN_INS;
  // A lock-out still running is never shortened, whatever this attempt's count says.
  const running = fresh.lockedUntil > now ? fresh.lockedUntil : 0;
  const lockedUntil = Math.max(running, lockedOut ? now + LOCKOUT_MS : 0);
  await db.users.update(fresh.id, { failedSignIns: lockedOut ? 0 : failed, lockedUntil });
  await record(db, fresh, now, FAILED[via], { reason, attempt: failed });
  if (lockedOut) await record(db, fresh, now, LOCKED_OUT, { attempts: failed, lockedUntil });
  return { left: MAX_FAILED_SIGN_INS - failed, lockedOut };
}
