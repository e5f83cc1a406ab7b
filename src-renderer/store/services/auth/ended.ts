import { z } from 'zod';
import type { Role } from '../../../domain/users/roles';
import type { UserRecord } from '../../../domain/users/user';
import { query, type Session } from '../../rpc/define';

/**
 * Why this connection's session ended under it, as far as the store host can tell: the administrator
 * deactivated the account, changed its role (to `role`) or reset its password; `unknown` otherwise
 * (a restart of the store host, a restored backup, a session ended before this connection knew it).
 */
export type SessionEnd = { cause: 'disabled' } | { cause: 'roleChanged'; role: Role } | { cause: 'passwordReset' } | { cause: 'unknown' };

interface SignedIn {
  token: string;
  userId: string;
  role: Role;
  /** The salt of the password signed in with: a new one means a new password. */
  salt: string;
}

/**
 * Who each connection signed in as, kept in memory beside its `Session` (which the dispatcher clears
 * when the session row is gone). Only the connection that held a session can ask why it ended, and
 * only about its own account: nobody learns anything of other accounts by asking.
 */
const signedIn = new WeakMap<Session, SignedIn>();

export function rememberSignIn(session: Session, user: UserRecord, token: string): void {
  signedIn.set(session, { token, userId: user.id, role: user.role, salt: user.password.salt });
}

export function forgetSignIn(session: Session): void {
  signedIn.delete(session);
}

/** What changed on the account since it signed in; the most consequential cause first. */
export function endCause(was: Pick<SignedIn, 'role' | 'salt'>, user: UserRecord | undefined): SessionEnd {
  if (!user) return { cause: 'unknown' };
  if (user.active !== 1) return { cause: 'disabled' };
  if (user.role !== was.role) return { cause: 'roleChanged', role: user.role };
  if (user.password.salt !== was.salt) return { cause: 'passwordReset' };
  return { cause: 'unknown' };
}

/** 登录已结束: asked by a window whose session the store host refused, to tell the user why. */
export const ended = query(
  z.object({}).default({}),
  async (ctx): Promise<SessionEnd> => {
    const was = signedIn.get(ctx.session);
    // A session still alive has not ended: nothing to explain.
    if (!was || (await ctx.db.sessions.get(was.token))) return { cause: 'unknown' };
    return endCause(was, await ctx.db.users.get(was.userId));
  },
  { access: 'public' },
);
