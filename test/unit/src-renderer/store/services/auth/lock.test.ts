import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor, UserRecord } from '../../../../../../src-renderer/domain/users/user';
import type { Session } from '../../../../../../src-renderer/store/rpc/define';
import type { AuthStatus } from '../../../../../../src-renderer/store/services/auth';
import { MINUTE, ok, openTestStore, PASSWORD, refusal, registration, type TestStore } from '../../fixtures';

let store: TestStore;
afterEach(async () => store?.close());

const WRONG = 'Wrong2026no';
const call = (session: Session, name: string, args: unknown = {}) => store.dispatcher.dispatch(name, args, session);
const status = async (session: Session) => ok<AuthStatus>(await call(session, 'auth.status'));

/** An agent's window, locked by the idle lock. */
async function lockedAgent(): Promise<Session> {
  store = await openTestStore();
  const session = store.session('agent');
  ok(await call(session, 'auth.lock'));
  return session;
}

describe('auth.lock (idle lock)', () => {
  it('refuses every call but status, unlock and sign-out with auth.screenLocked, and status says locked', async () => {
    const session = await lockedAgent();
    expect(await store.db.sessions.get('token-agent')).toMatchObject({ lockedAt: store.now() });
    for (const [name, args] of [
      ['cases.list', {}],
      ['cases.register', registration()],
      ['settings.get', {}],
      ['auth.confirm', { password: PASSWORD }],
      ['auth.changePassword', { current: PASSWORD, next: 'Better2027' }],
      ['auth.signIn', { username: 'admin', password: PASSWORD }],
      ['auth.lock', {}],
    ] as const) {
      expect(refusal(await call(session, name, args)), name).toEqual({ code: 'auth.screenLocked' });
    }
    expect(await store.db.cases.count()).toBe(0);
    expect(await status(session)).toEqual({ needsSetup: false, actor: session.actor, locked: true, lockedBy: 'idle' });
  });

  it('says the user locked the screen by hand (user menu) until unlocked; the next idle lock is idle again', async () => {
    store = await openTestStore();
    const session = store.session('agent');
    expect(refusal(await call(session, 'auth.lock', { byHand: false })).code).toBe('validation.failed');
    ok(await call(session, 'auth.lock', { byHand: true }));
    expect(await store.db.sessions.get('token-agent')).toMatchObject({ lockedAt: store.now(), lockedByHand: true });
    // Another window, or a reload, of the same session reads the same cause from the session row.
    expect(await status(store.session('agent'))).toEqual({ needsSetup: false, actor: session.actor, locked: true, lockedBy: 'hand' });
    ok(await call(session, 'auth.unlock', { password: PASSWORD }));
    expect(await store.db.sessions.get('token-agent')).not.toHaveProperty('lockedByHand');
    ok(await call(session, 'auth.lock'));
    expect(await status(session)).toMatchObject({ locked: true, lockedBy: 'idle' });
  });

  it('unlocks with the password and not with a wrong one (which says how many tries are left)', async () => {
    const session = await lockedAgent();
    expect(refusal(await call(session, 'auth.unlock', { password: WRONG }))).toEqual({
      code: 'validation.failed',
      fields: [{ field: 'password', code: 'auth.wrongPasswordLeft', params: { left: 4 } }],
    });
    expect(refusal(await call(session, 'cases.list')).code).toBe('auth.screenLocked');
    expect(ok<{ actor: Actor }>(await call(session, 'auth.unlock', { password: PASSWORD })).actor.id).toBe('u-agent');
    expect((await call(session, 'cases.list')).ok).toBe(true);
    expect(await status(session)).toEqual({ needsSetup: false, actor: session.actor });
    expect(await store.db.sessions.get('token-agent')).not.toHaveProperty('lockedAt');
    // A successful unlock forgives the wrong password before it, as a sign-in does.
    expect((await store.db.users.get('u-agent'))?.failedSignIns).toBe(0);
  });

  it('holds for another window and for a reload of the same session, and one unlock frees them all', async () => {
    store = await openTestStore();
    const first = store.session('agent');
    const second = store.session('agent');
    expect((await call(second, 'cases.list')).ok).toBe(true);
    ok(await call(first, 'auth.lock'));
    expect(refusal(await call(second, 'cases.list'))).toEqual({ code: 'auth.screenLocked' });

    // A reload resumes the session on a new connection, locked.
    const reloaded: Session = { actor: null, token: null };
    expect(ok<{ locked: boolean }>(await call(reloaded, 'auth.resume', { token: 'token-agent' })).locked).toBe(true);
    expect(await status(reloaded)).toMatchObject({ actor: { id: 'u-agent' }, locked: true });
    expect(refusal(await call(reloaded, 'cases.get', { id: 'c-1' })).code).toBe('auth.screenLocked');

    ok(await call(reloaded, 'auth.unlock', { password: PASSWORD }));
    expect((await call(first, 'cases.list')).ok).toBe(true);
    expect((await call(second, 'cases.list')).ok).toBe(true);
  });

  it('counts wrong passwords toward the lock-out like sign-in: the fifth locks the account for 15 minutes', async () => {
    const session = await lockedAgent();
    for (let i = 0; i < 4; i += 1) expect(refusal(await call(session, 'auth.unlock', { password: WRONG })).code).toBe('validation.failed');
    expect(refusal(await call(session, 'auth.unlock', { password: WRONG }))).toEqual({ code: 'auth.locked', params: { minutes: 15 } });
    // Now even the right password is refused, here and at sign-in, and nothing else gets through.
    expect(refusal(await call(session, 'auth.unlock', { password: PASSWORD }))).toEqual({ code: 'auth.locked', params: { minutes: 15 } });
    expect(refusal(await call({ actor: null, token: null }, 'auth.signIn', { username: 'agent', password: PASSWORD })).code).toBe('auth.locked');
    expect(refusal(await call(session, 'cases.list')).code).toBe('auth.screenLocked');
    store.clock.now += 15 * MINUTE + 1;
    ok(await call(session, 'auth.unlock', { password: PASSWORD }));
    expect((await call(session, 'cases.list')).ok).toBe(true);
  });

  it('holds the lock-out against wrong passwords in parallel (two windows of the session), then against the right one', async () => {
    const session = await lockedAgent();
    const other = store.session('agent');
    const attempts = await Promise.all(Array.from({ length: 8 }, (_, i) => call(i % 2 ? other : session, 'auth.unlock', { password: WRONG })));
    expect(attempts.filter((r) => refusal(r).code === 'auth.locked')).toHaveLength(8 - 5 + 1);
    // Exactly five were counted; the others found the account locked out and wrote nothing.
    expect(await store.db.users.get('u-agent')).toMatchObject({ failedSignIns: 0, lockedUntil: store.now() + 15 * MINUTE });
    expect(await store.db.audit.where('[command+at+subject+n]').between(['auth.unlockFailed', -Infinity], ['auth.unlockFailed', Infinity]).count()).toBe(5);
    expect(refusal(await call(session, 'auth.unlock', { password: PASSWORD }))).toEqual({ code: 'auth.locked', params: { minutes: 15 } });
    expect(refusal(await call(session, 'cases.list')).code).toBe('auth.screenLocked');
  });

  it('refuses the right password when the account is locked out while it is being checked', async () => {
    const session = await lockedAgent();
    // A sign-in elsewhere locks the account out after this unlock looked at it, before its transaction.
    const lockMeanwhile = (user: UserRecord) => {
      store.db.users.hook('reading').unsubscribe(lockMeanwhile);
      // Queued now, outside the read's transaction: it commits before the unlock's own transaction starts.
      void Dexie.ignoreTransaction(() => store.db.users.update('u-agent', { lockedUntil: store.now() + 15 * MINUTE }));
      return user;
    };
    store.db.users.hook('reading', lockMeanwhile);
    expect(refusal(await call(session, 'auth.unlock', { password: PASSWORD }))).toEqual({ code: 'auth.locked', params: { minutes: 15 } });
    expect(refusal(await call(session, 'cases.list')).code).toBe('auth.screenLocked');
    expect(await store.db.sessions.get('token-agent')).toHaveProperty('lockedAt');
  });

  it('says why the screen is locked: the password typed again that locked the account out, until when, and after', async () => {
    store = await openTestStore();
    const session = store.session('agent');
    for (let i = 0; i < 4; i += 1) expect(refusal(await call(session, 'auth.confirm', { password: WRONG })).code).toBe('validation.failed');
    // 恢复此备份… as the agent, say: the fifth wrong password locks the account out, and this screen with it.
    expect(refusal(await call(session, 'auth.confirm', { password: WRONG }))).toEqual({ code: 'auth.locked', params: { minutes: 15, screenLocked: 1 } });
    const until = store.now() + 15 * MINUTE;
    expect(await status(session)).toEqual({ needsSetup: false, actor: session.actor, locked: true, lockedBy: 'lockOut', lockedOutUntil: until });
    // Another window of the session, or a reload, is told the same.
    const reloaded: Session = { actor: null, token: null };
    ok(await call(reloaded, 'auth.resume', { token: 'token-agent' }));
    expect(await status(reloaded)).toMatchObject({ locked: true, lockedBy: 'lockOut', lockedOutUntil: until });
    // Once the lock-out is over the screen is still locked, by it; the password is taken again.
    store.clock.now = until + 1;
    expect(await status(session)).toEqual({ needsSetup: false, actor: session.actor, locked: true, lockedBy: 'lockOut' });
    ok(await call(session, 'auth.unlock', { password: PASSWORD }));
    expect(await status(session)).toEqual({ needsSetup: false, actor: session.actor });
  });

  it('says the account is locked out when wrong passwords on an idle-locked screen locked it', async () => {
    const session = await lockedAgent();
    for (let i = 0; i < 5; i += 1) await call(session, 'auth.unlock', { password: WRONG });
    expect(await status(session)).toMatchObject({ locked: true, lockedBy: 'idle', lockedOutUntil: store.now() + 15 * MINUTE });
  });

  it('lets the user switch: signing out ends the locked session, then someone else signs in', async () => {
    const session = await lockedAgent();
    expect(ok(await call(session, 'auth.signOut'))).toBeNull();
    expect(await store.db.sessions.get('token-agent')).toBeUndefined();
    expect(await status(session)).toEqual({ needsSetup: false, actor: null });
    ok(await call(session, 'auth.signIn', { username: 'supervisor', password: PASSWORD }));
    expect((await call(session, 'cases.list')).ok).toBe(true);
    // The agent's old session cannot be resumed past the lock.
    expect(refusal(await call({ actor: null, token: null }, 'auth.resume', { token: 'token-agent' })).code).toBe('auth.sessionExpired');
  });

  it('drops a password confirmed before the lock', async () => {
    store = await openTestStore();
    const admin = store.session('admin');
    ok(await call(admin, 'auth.confirm', { password: PASSWORD }));
    ok(await call(admin, 'auth.lock'));
    ok(await call(admin, 'auth.unlock', { password: PASSWORD }));
    expect(refusal(await call(admin, 'users.resetPassword', { id: 'u-agent', password: 'Fresh2027go' }))).toEqual({ code: 'auth.confirmRequired' });
  });

  it('ends with the session: a deactivated user cannot unlock', async () => {
    const session = await lockedAgent();
    await store.db.sessions.where('userId').equals('u-agent').delete();
    expect(refusal(await call(session, 'auth.unlock', { password: PASSWORD }))).toEqual({ code: 'auth.sessionExpired' });
  });
});
