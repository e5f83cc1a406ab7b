import { z } from 'zod';
import { DeskError, type DeskErrorData } from '../../../domain/common/errors';
import { LOCKOUT_MS, verifyPassword } from '../../../domain/users/password';
import { command } from '../../rpc/define';
import { countFailure, lockOutRefusal } from './failures';

/**
 * 锁屏: the UI calls `auth.lock` after the idle time of the settings (`security.idleLockMinutes`).
 * The lock is kept on the connection and in the session row, so a reload or a second window of
 * the same session is locked too; until `auth.unlock` succeeds the dispatcher refuses every call
 * but status, unlock and sign-out with `auth.screenLocked`.
 */
export const lock = command(z.object({}).default({}), async (ctx) => {
  const token = ctx.session.token!;
  const lockedAt = ctx.now();
  await ctx.db.sessions.update(token, { lockedAt });
  ctx.session.lockedAt = lockedAt;
  // A password confirmed before the lock does not cover destructive commands after it.
  delete ctx.session.confirmedUntil;
  return { lockedAt };
});

/** 解锁: the signed-in user's password; wrong ones count toward the lock-out, and are recorded, exactly as at sign-in. */
export const unlock = command(
  z.object({ password: z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }).max(200) }),
  async (ctx, { password }) => {
    const { db } = ctx;
    const actor = ctx.actor!;
    const token = ctx.session.token!;
    const user = await db.users.get(actor.id);
    if (!user || user.active !== 1) throw new DeskError({ code: 'auth.sessionExpired' });
    const now = ctx.now();
    const locked = lockOutRefusal(user, now);
    if (locked) throw new DeskError(locked);
    // The slow KDF runs outside any transaction; a refusal is thrown only after its count committed.
    const valid = await verifyPassword(password, user.password);
    const refused = await db.transaction('rw', db.users, db.sessions, db.audit, db.auditHeads, async (): Promise<DeskErrorData | null> => {
      const fresh = (await db.users.get(user.id))!;
      // Another window of this session, or a sign-in, may have locked the account out while the KDF ran.
      const lockedMeanwhile = lockOutRefusal(fresh, now);
      if (lockedMeanwhile) return lockedMeanwhile;
      if (!valid) {
        const { left, lockedOut } = await countFailure(db, fresh, now, 'unlock');
        return lockedOut
          ? { code: 'auth.locked', params: { minutes: LOCKOUT_MS / 60_000 } }
          : { code: 'validation.failed', fields: [{ field: 'password', code: 'auth.wrongPasswordLeft', params: { left } }] };
      }
      await db.users.update(user.id, { failedSignIns: 0, lockedUntil: 0 });
      // Dexie deletes a property updated to undefined.
      await db.sessions.update(token, { lockedAt: undefined, lastSeenAt: now });
      return null;
    });
    if (refused) throw new DeskError(refused);
    delete ctx.session.lockedAt;
    return { actor };
  },
  { whileLocked: true },
);
