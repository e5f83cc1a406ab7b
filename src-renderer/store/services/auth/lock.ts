import { z } from 'zod';
import { DeskError, type DeskErrorData } from '../../../domain/common/errors';
import { LOCKOUT_MS, verifyPassword } from '../../../domain/users/password';
import type { UserRecord } from '../../../domain/users/user';
import type { DeskDb } from '../../db';
import { command, type StoreContext } from '../../rpc/define';
import { countFailure, FAILED_CONFIRM, LOCKED_OUT, lockOutRefusal, type PasswordCheck } from './failures';

/**
 * 锁屏: the UI calls `auth.lock` after the idle time of the settings (`security.idleLockMinutes`),
 * or with `byHand` when the user locks the screen from the user menu before stepping away.
 * The lock is kept on the connection and in the session row, so a reload or a second window of
 * the same session is locked too; until `auth.unlock` succeeds the dispatcher refuses every call
 * but status, unlock and sign-out with `auth.screenLocked`.
 */
export const lock = command(z.object({ byHand: z.literal(true).optional() }).strict().default({}), async (ctx, { byHand }) => {
  const token = ctx.session.token!;
  const lockedAt = ctx.now();
  await ctx.db.sessions.update(token, { lockedAt, lockedByHand: byHand });
  ctx.session.lockedAt = lockedAt;
  // A password confirmed before the lock does not cover destructive commands after it.
  delete ctx.session.confirmedUntil;
  return { lockedAt };
});

/** Why a session's screen is locked, as its lock screen explains it (auth.status). */
export interface LockState {
  /**
   * `lockOut`: the password typed again (再次输入密码, 修改密码) that locked the account out locked the
   * screen with it; `hand`: the user locked it from the user menu; `idle` otherwise (the idle lock).
   */
  lockedBy: 'idle' | 'hand' | 'lockOut';
  /** While the account is locked out, whatever locked the screen: when its password is taken again. */
  lockedOutUntil?: number;
}

/**
 * The lock of a session locked at `lockedAt`, of the account `userId`. The session row keeps only the
 * instant (and whether the user locked it by hand); a lock-out that locked the screen was recorded in the account's chain at that same instant,
 * after the refused password typed again (checkOwnPassword writes all three in one transaction), so
 * those events name the cause, for every window and reload of the session alike. A lock-out by wrong
 * passwords on a screen already locked follows a refused unlock instead, and leaves the cause as it was.
 */
export async function lockState(db: DeskDb, userId: string, lockedAt: number, now: number, byHand = false): Promise<LockState> {
  const subject = `user:${userId}`;
  const at = (command: string) => db.audit.where('[command+at+subject+n]').between([command, lockedAt, subject, 0], [command, lockedAt, subject, Infinity]).count();
  const [refused, lockOuts, user] = await Promise.all([at(FAILED_CONFIRM), at(LOCKED_OUT), db.users.get(userId)]);
  return {
    lockedBy: refused > 0 && lockOuts > 0 ? 'lockOut' : byHand ? 'hand' : 'idle',
    ...(user && user.lockedUntil > now ? { lockedOutUntil: user.lockedUntil } : {}),
  };
}

/** How a password typed again by the signed-in user is checked, and what follows a right one. */
interface OwnPassword {
  /** The field a wrong password is refused on. */
  field: string;
  via: PasswordCheck;
  /** Inside the transaction that resets the count, when the password is right. */
  then?: (fresh: UserRecord) => Promise<void>;
}

/**
 * The signed-in user's own password typed again — to unlock the screen, to confirm a destructive
 * command (再次输入密码), as the current one when changing it. A wrong one counts toward the lock-out
 * and is recorded, exactly as at sign-in: otherwise anyone at an unlocked desk could guess the
 * owner's password without limit through the confirmation dialog. The try that locks the account
 * out also locks this session's screen, which cannot then be unlocked until the lock-out ends.
 * Throws the refusal only after its count committed; answers the user as read in the transaction.
 */
export async function checkOwnPassword(ctx: StoreContext, password: string, { field, via, then }: OwnPassword): Promise<UserRecord> {
  const { db } = ctx;
  const token = ctx.session.token!;
  const user = await db.users.get(ctx.actor!.id);
  if (!user || user.active !== 1) throw new DeskError({ code: 'auth.sessionExpired' });
  const now = ctx.now();
  const locked = lockOutRefusal(user, now);
  if (locked) throw new DeskError(locked);
  // The slow KDF runs outside any transaction; a refusal is thrown only after its count committed.
  const valid = await verifyPassword(password, user.password);
  let lockScreen = false;
  const outcome = await db.transaction('rw', db.users, db.sessions, db.audit, db.auditHeads, async (): Promise<DeskErrorData | UserRecord> => {
    const fresh = (await db.users.get(user.id))!;
    // Another window of this session, or a sign-in, may have locked the account out while the KDF ran.
    const lockedMeanwhile = lockOutRefusal(fresh, now);
    if (lockedMeanwhile) return lockedMeanwhile;
    // The password checked is the one stored now: a reset meanwhile makes the old one wrong.
    const current = valid && fresh.password.salt === user.password.salt && fresh.password.hash === user.password.hash;
    if (!current) {
      const { left, lockedOut } = await countFailure(db, fresh, now, via);
      // On the lock screen the password; elsewhere the user's current one (as against a new one).
      const code = via === 'unlock' ? 'auth.wrongPasswordLeft' : 'auth.wrongCurrentPasswordLeft';
      if (!lockedOut) return { code: 'validation.failed', fields: [{ field, code, params: { left } }] };
      if (via === 'unlock') return { code: 'auth.locked', params: { minutes: LOCKOUT_MS / 60_000 } };
      await db.sessions.update(token, { lockedAt: now, lockedByHand: undefined });
      lockScreen = true;
      // Said, so the window shows its lock screen at once (an account locked out elsewhere leaves this session open).
      return { code: 'auth.locked', params: { minutes: LOCKOUT_MS / 60_000, screenLocked: 1 } };
    }
    await db.users.update(user.id, { failedSignIns: 0, lockedUntil: 0 });
    await then?.(fresh);
    return fresh;
  });
  if (lockScreen) ctx.session.lockedAt = now;
  if ('code' in outcome) {
    delete ctx.session.confirmedUntil;
    throw new DeskError(outcome);
  }
  return outcome;
}

/** 解锁: the signed-in user's password; wrong ones count toward the lock-out, and are recorded, exactly as at sign-in. */
export const unlock = command(
  z.object({ password: z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }).max(200) }),
  async (ctx, { password }) => {
    const token = ctx.session.token!;
    const now = ctx.now();
    await checkOwnPassword(ctx, password, {
      field: 'password',
      via: 'unlock',
      // Dexie deletes a property updated to undefined.
      then: async () => void (await ctx.db.sessions.update(token, { lockedAt: undefined, lockedByHand: undefined, lastSeenAt: now })),
    });
    delete ctx.session.lockedAt;
    return { actor: ctx.actor! };
  },
  { whileLocked: true },
);
