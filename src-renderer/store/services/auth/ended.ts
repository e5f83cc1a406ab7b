import { z } from 'zod';
import type { Role } from '../../../domain/users/roles';
import type { UserRecord } from '../../../domain/users/user';
import type { DeskDb } from '../../db';
import { query, type Session } from '../../rpc/define';

/**
 * Why this connection's session ended under it, as far as the store host can tell: the administrator
 * deactivated the account, changed its role (to `role`) or reset its password; `unknown` otherwise
 * (a restart of the store host, a restored backup, a session ended before this connection knew it).
 */
export type SessionEnd = { cause: 'disabled' } | { cause: 'roleChanged'; role: Role } | { cause: 'passwordReset' } | { cause: 'unknown' };

/** The audit command of an administrator's password reset (users.resetPassword). */
const ADMIN_RESET = 'users.resetPassword';

interface SignedIn {
  token: string;
  userId: string;
  role: Role;
  /** The salt of the password signed in with: the same one means no reset since. */
  salt: string;
  /** When this connection signed in or resumed: a reset before then did not end this session. */
  since: number;
}

/**
 * Who each connection signed in as, kept in memory beside its `Session` (which the dispatcher clears
 * when the session row is gone). Only the connection that held a session can ask why it ended, and
 * only about its own account: nobody learns anything of other accounts by asking.
 */
const signedIn = new WeakMap<Session, SignedIn>();

export function rememberSignIn(session: Session, user: UserRecord, token: string, at: number): void {
  signedIn.set(session, { token, userId: user.id, role: user.role, salt: user.password.salt, since: at });
}

export function forgetSignIn(session: Session): void {
  signedIn.delete(session);
}

/** Forgets the connection's account unless it is `userId`: someone at the sign-in page trying another account. */
export function forgetOtherSignIn(session: Session, userId: string | undefined): void {
  if (signedIn.get(session)?.userId !== userId) signedIn.delete(session);
}

/**
 * What changed on the account since it signed in; the most consequential cause first. A new password
 * alone says nothing of who set it (the user may have changed it in another window of the session), so
 * a reset is named only when an administrator's reset is on record since (`resetByAdmin`).
 */
export function endCause(was: Pick<SignedIn, 'role' | 'salt'>, user: UserRecord | undefined, resetByAdmin: boolean): SessionEnd {
  if (!user) return { cause: 'unknown' };
  if (user.active !== 1) return { cause: 'disabled' };
  if (user.role !== was.role) return { cause: 'roleChanged', role: user.role };
  if (user.password.salt !== was.salt && resetByAdmin) return { cause: 'passwordReset' };
  return { cause: 'unknown' };
}

/**
 * Whether the account's audit chain holds an administrator's reset at or after `since`. Resets are
 * rare, so the command index holds few after any instant, of all accounts together; the account's own
 * chain could be long with refused passwords.
 */
async function resetSince(db: DeskDb, userId: string, since: number): Promise<boolean> {
  const subject = `user:${userId}`;
  const resets = await db.audit.where('[command+at+subject+n]').between([ADMIN_RESET, since], [ADMIN_RESET, Infinity]).toArray();
  return resets.some((event) => event.subject === subject);
}

/** 登录已结束: asked by a window whose session the store host refused, to tell the user why. */
export const ended = query(
  z.object({}).default({}),
  async (ctx): Promise<SessionEnd> => {
    const was = signedIn.get(ctx.session);
    // A session still alive has not ended: nothing to explain.
    if (!was || (await ctx.db.sessions.get(was.token))) return { cause: 'unknown' };
    const user = await ctx.db.users.get(was.userId);
    const resetByAdmin = user !== undefined && user.password.salt !== was.salt && (await resetSince(ctx.db, was.userId, was.since));
    return endCause(was, user, resetByAdmin);
  },
  { access: 'public' },
);
