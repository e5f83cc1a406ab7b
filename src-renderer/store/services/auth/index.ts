import { z } from 'zod';
import { DeskError, type DeskErrorData } from '../../../domain/common/errors';
import { hashPassword, LOCKOUT_MS, passwordFieldError, SIGN_IN_WARN_LEFT, verifyPassword, type PasswordHash } from '../../../domain/users/password';
import { ChangePasswordInput, currentActor, SetupInput, SignInInput, toActor, type Actor, type UserRecord } from '../../../domain/users/user';
import { appendAudit } from '../../core/audit';
import { writeSetting } from '../../core/settings';
import { presetNames } from '../../../domain/settings/presets';
import { userAuditView } from '../../core/users';
import type { DeskDb } from '../../db';
import { command, query, type ServiceModule, type StoreContext } from '../../rpc/define';
import { ended, forgetOtherSignIn, forgetSignIn, rememberSignIn } from './ended';
import { countFailure, lockOutRefusal } from './failures';
import { countUnknownName, unknownNameTries } from './unknown-names';
import { checkOwnPassword, lock, lockState, unlock, type LockState } from './lock';

/** A session unused this long is gone; the user signs in again. */
export const SESSION_IDLE_MS = 12 * 3600_000;

export interface AuthStatus extends Partial<LockState> {
  needsSetup: boolean;
  actor: Actor | null;
  /**
   * Present (true) while the screen of this session is locked: only `auth.unlock` or signing out goes
   * on. Then `lockedBy` says why, and `lockedOutUntil` until when no password is taken (see LockState).
   */
  locked?: true;
}

function newToken(): string {
  return [...crypto.getRandomValues(new Uint8Array(32))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function openSession(ctx: StoreContext, user: UserRecord): Promise<{ actor: Actor; token: string }> {
  const token = newToken();
  const now = ctx.now();
  await ctx.db.sessions.put({ token, userId: user.id, createdAt: now, lastSeenAt: now });
  const actor = toActor(user);
  ctx.session.actor = actor;
  ctx.session.token = token;
  delete ctx.session.confirmedUntil;
  delete ctx.session.lockedAt;
  rememberSignIn(ctx.session, user, token, now);
  // Who receives this desktop's alerts may have changed.
  ctx.changed('sessions', user.id);
  return { actor, token };
}

/** `field` is the form field that holds the new password, so the message shows under it. */
function checkPassword(password: string, username: string, field = 'password'): void {
  const problem = passwordFieldError(field, password, username);
  if (problem) throw new DeskError({ code: 'validation.failed', fields: [problem] });
}

const status = query(z.object({}).default({}), async (ctx): Promise<AuthStatus> => {
  // The sign-in as the call found it: one made on the connection while this reads (切换用户) stands as it is.
  const { token, actor: signedIn } = ctx.session;
  const still = () => ctx.session.token === token && ctx.session.actor === signedIn;
  // A session ended elsewhere (deactivation, role change, password reset) no longer counts as signed in.
  const alive = token ? await ctx.db.sessions.get(token) : undefined;
  // Renamed, or moved to another department, since the sign-in: the app shows the user as they are now.
  const user = alive && signedIn ? await ctx.db.users.get(signedIn.id) : undefined;
  if (still()) {
    if (!alive) {
      ctx.session.actor = null;
      ctx.session.token = null;
    } else if (signedIn && user) ctx.session.actor = currentActor(signedIn, user);
    // Locked in another window of the same session counts here too.
    if (alive?.lockedAt !== undefined) ctx.session.lockedAt = alive.lockedAt;
    else delete ctx.session.lockedAt;
  }
  const { actor, lockedAt } = ctx.session;
  return {
    needsSetup: (await ctx.db.users.count()) === 0,
    actor,
    ...(lockedAt !== undefined ? { locked: true as const, ...(actor ? await lockState(ctx.db, actor.id, lockedAt, ctx.now(), alive?.lockedByHand === true) : {}) } : {}),
  };
}, { access: 'public', whileLocked: true });

/** First run: the first account is an administrator. Refused once any account exists. */
const setup = command(SetupInput, async (ctx, input) => {
  checkPassword(input.password, input.username);
  const password = await hashPassword(input.password);
  const { db } = ctx;
  const names = presetNames(input.presets);
  return db.transaction('rw', db.users, db.sessions, db.settings, db.audit, db.auditHeads, async () => {
    if ((await db.users.count()) > 0) throw new DeskError({ code: 'auth.alreadySetUp' });
    const user: UserRecord = {
      id: crypto.randomUUID(),
      username: input.username,
      name: input.name,
      role: 'admin',
      department: names.adminDepartment,
      active: 1,
      password,
      createdAt: ctx.now(),
      failedSignIns: 0,
      lockedUntil: 0,
    };
    await db.users.add(user);
    await appendAudit(db, {
      subject: `user:${user.id}`,
      at: ctx.now(),
      actor: { id: user.id, name: user.name, role: user.role },
      command: 'auth.setup',
      before: null,
      after: userAuditView(user),
    });
    // Names in another language than the built-in defaults are written, audited as the administrator's.
    const by = { id: user.id, name: user.name, role: user.role };
    for (const key of ['centreName', 'departments', 'categories'] as const) await writeSetting(ctx, key, names[key], 'auth.setup', by);
    ctx.changed('users', user.id);
    return openSession(ctx, user);
  });
}, { access: 'public' });

/** The refusal of a wrong password (or of a deactivated account's right one that locked it out): how many tries are left once few are. */
function wrongPassword(left: number, lockedOut: boolean): DeskErrorData {
  const minutes = LOCKOUT_MS / 60_000;
  if (lockedOut) return { code: 'auth.locked', params: { minutes } };
  return left <= SIGN_IN_WARN_LEFT ? { code: 'auth.badCredentialsLeft', params: { left, minutes } } : { code: 'auth.badCredentials' };
}

/** A password no account will ever match: an unknown name costs the same slow KDF as a known one. */
let decoy: Promise<PasswordHash> | null = null;

/** The refusal of an unknown user name: an account's wrong password's, as long and as worded (unknown-names.ts). */
async function refuseUnknownName(db: DeskDb, username: string, password: string, now: number): Promise<DeskErrorData> {
  const locked = lockOutRefusal(unknownNameTries(db, username), now);
  if (locked) return locked;
  decoy ??= hashPassword(crypto.randomUUID());
  await verifyPassword(password, await decoy);
  const { left, lockedOut } = countUnknownName(db, username, now);
  return wrongPassword(left, lockedOut);
}

/**
 * 登录. An unknown user name is refused like a wrong password and recorded nowhere: no account's
 * audit chain could hold it, and what people type as a name is sometimes their password. Refused
 * passwords of existing accounts, and lock-outs, go to the account's audit chain (see failures.ts).
 * A deactivated account is locked out like any other, and named as such only to whoever gives its
 * right password while it is not locked out: the lock-out bounds the guesses that answer tells apart.
 */
const signIn = command(SignInInput, async (ctx, input) => {
  const { db } = ctx;
  const user = await db.users.where('username').equals(input.username).first();
  // Whoever tries another account on this connection is not told why the previous one's session ended.
  forgetOtherSignIn(ctx.session, user?.id);
  if (!user) throw new DeskError(await refuseUnknownName(db, input.username, input.password, ctx.now()));
  const now = ctx.now();
  // Before the slow KDF, so that a locked-out account costs nothing and tells nothing about its password.
  const locked = lockOutRefusal(user, now);
  if (locked) throw new DeskError(locked);
  // The slow KDF runs outside any transaction; the outcome is written in one.
  const valid = await verifyPassword(input.password, user.password);
  // A failure is refused only after its transaction commits: throwing inside would roll back the count and the audit event.
  type Outcome = { refused: DeskErrorData } | { signedIn: { actor: Actor; token: string } };
  const outcome = await db.transaction('rw', db.users, db.sessions, db.audit, db.auditHeads, async (): Promise<Outcome> => {
    const fresh = (await db.users.get(user.id))!;
    // An attempt in parallel may have locked the account while this one's KDF ran.
    const lockedMeanwhile = lockOutRefusal(fresh, now);
    if (lockedMeanwhile) return { refused: lockedMeanwhile };
    // The password checked is the one stored now: an administrator's reset meanwhile makes the old one wrong.
    const current = valid && fresh.password.salt === user.password.salt && fresh.password.hash === user.password.hash;
    if (!current || fresh.active !== 1) {
      const { left, lockedOut } = await countFailure(db, fresh, now, 'signIn', current ? 'accountDisabled' : 'wrongPassword');
      return { refused: current && !lockedOut ? { code: 'auth.accountDisabled' } : wrongPassword(left, lockedOut) };
    }
    await db.users.update(user.id, { failedSignIns: 0, lockedUntil: 0 });
    return { signedIn: await openSession(ctx, fresh) };
  });
  if ('refused' in outcome) throw new DeskError(outcome.refused);
  return outcome.signedIn;
}, { access: 'public' });

/** Re-attaches a connection (after a reload or a store restart) to its session. */
const resume = command(z.object({ token: z.string().min(1).max(200) }), async (ctx, { token }) => {
  const { db } = ctx;
  // Refused after the transaction, so that deleting a dead session commits.
  const resumed = await db.transaction('rw', db.sessions, db.users, async () => {
    const session = await db.sessions.get(token);
    const now = ctx.now();
    const user = session ? await db.users.get(session.userId) : undefined;
    if (!session || !user || user.active !== 1 || now - session.lastSeenAt > SESSION_IDLE_MS) {
      if (session) await db.sessions.delete(token);
      return null;
    }
    await db.sessions.update(token, { lastSeenAt: now });
    return { user, lockedAt: session.lockedAt };
  });
  if (!resumed) throw new DeskError({ code: 'auth.sessionExpired' });
  const { user, lockedAt } = resumed;
  const actor = toActor(user);
  rememberSignIn(ctx.session, user, token, ctx.now());
  ctx.session.actor = actor;
  ctx.session.token = token;
  delete ctx.session.confirmedUntil;
  // A locked session resumes locked: a reload is no way around the lock screen.
  if (lockedAt !== undefined) ctx.session.lockedAt = lockedAt;
  else delete ctx.session.lockedAt;
  ctx.changed('sessions', actor.id);
  return { actor, token, locked: lockedAt !== undefined };
}, { access: 'public' });

const signOut = command(z.object({}).default({}), async (ctx) => {
  if (ctx.session.token) await ctx.db.sessions.delete(ctx.session.token);
  if (ctx.session.actor) ctx.changed('sessions', ctx.session.actor.id);
  ctx.session.actor = null;
  ctx.session.token = null;
  delete ctx.session.confirmedUntil;
  delete ctx.session.lockedAt;
  // Signed out on purpose: there is nothing to explain later.
  forgetSignIn(ctx.session);
  return null;
}, { access: 'public', whileLocked: true });

/** How long the password entered again covers destructive commands. */
export const CONFIRM_MS = 5 * 60_000;

/** 再次输入密码: the signed-in user proves it is still them before a destructive command (see `confirm` handlers). */
// An empty field is refused as required, never counted as a wrong password.
const confirmPassword = command(z.object({ password: z.string().min(1, { error: 'validation.required' }).max(200) }), async (ctx, { password }) => {
  delete ctx.session.confirmedUntil;
  await checkOwnPassword(ctx, password, { field: 'password', via: 'confirm' });
  const confirmedUntil = ctx.now() + CONFIRM_MS;
  ctx.session.confirmedUntil = confirmedUntil;
  return { confirmedUntil };
});

/** 修改密码: the current password, then a new one that meets the policy and is not the current one again. */
const changePassword = command(ChangePasswordInput, async (ctx, input) => {
  const actor = ctx.actor!;
  checkPassword(input.next, actor.username, 'next');
  // Compared as typed, before anything is checked or counted: it tells nothing of the stored password,
  // and the current one typed again as new would be recorded as a change that changed nothing.
  if (input.next === input.current) throw new DeskError({ code: 'validation.failed', fields: [{ field: 'next', code: 'security.samePassword' }] });
  await checkOwnPassword(ctx, input.current, { field: 'current', via: 'confirm' });
  const password = await hashPassword(input.next);
  await ctx.db.transaction('rw', ctx.db.users, ctx.db.audit, ctx.db.auditHeads, async () => {
    await ctx.db.users.update(actor.id, { password });
    await appendAudit(ctx.db, {
      subject: `user:${actor.id}`,
      at: ctx.now(),
      actor: { id: actor.id, name: actor.name, role: actor.role },
      command: 'auth.changePassword',
      before: null,
      after: null,
    });
  });
  return null;
});

/** 登录: first-run setup, sign-in with lock-out, sessions that survive reloads, the idle lock, sign-out. */
export const authService = {
  'auth.status': status,
  'auth.setup': setup,
  'auth.signIn': signIn,
  'auth.resume': resume,
  'auth.signOut': signOut,
  'auth.changePassword': changePassword,
  'auth.confirm': confirmPassword,
  'auth.lock': lock,
  'auth.unlock': unlock,
  'auth.ended': ended,
} satisfies ServiceModule;
