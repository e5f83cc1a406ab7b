import { afterEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../../../../src-renderer/domain/audit/chain';
import type { Actor } from '../../../../../../src-renderer/domain/users/user';
import { subjectEvents } from '../../../../../../src-renderer/store/core/audit';
import type { Session } from '../../../../../../src-renderer/store/rpc/define';
import type { AuthStatus } from '../../../../../../src-renderer/store/services/auth';
import { HOUR, MINUTE, NOW, ok, openTestStore, PASSWORD, refusal, registration, type TestStore } from '../../fixtures';

let store: TestStore;
afterEach(async () => store?.close());

const anonymous = (): Session => ({ actor: null, token: null });
const signIn = (session: Session, username: string, password = PASSWORD) => store.dispatcher.dispatch('auth.signIn', { username, password }, session);

/** The administrator's connection after entering the password again (role changes and deactivation need it). */
async function confirmedAdmin(): Promise<Session> {
  const admin = store.session('admin');
  ok(await store.dispatcher.dispatch('auth.confirm', { password: PASSWORD }, admin));
  return admin;
}

describe('auth.setup (首次使用：创建管理员)', () => {
  it('creates the first account as an administrator, signed in, once', async () => {
    store = await openTestStore({ users: false });
    expect(ok<AuthStatus>(await store.dispatcher.dispatch('auth.status', {}))).toEqual({ needsSetup: true, actor: null });
    const session = anonymous();
    const result = ok<{ actor: Actor; token: string }>(
      await store.dispatcher.dispatch('auth.setup', { username: ' Admin ', name: '系统管理员', password: 'Desk2026ok' }, session),
    );
    expect(result.actor).toEqual({ id: expect.any(String), username: 'admin', name: '系统管理员', role: 'admin', department: '运营部' });
    expect(session).toEqual({ actor: result.actor, token: result.token });
    expect(await store.db.sessions.get(result.token)).toMatchObject({ userId: result.actor.id });
    expect(ok<AuthStatus>(await store.dispatcher.dispatch('auth.status', {}, session))).toEqual({ needsSetup: false, actor: result.actor });

    // The account's chain starts with its creation, without the password hash.
    const events = await subjectEvents(store.db, `user:${result.actor.id}`);
    expect(events.map((e) => e.command)).toEqual(['auth.setup']);
    expect(JSON.stringify(events)).not.toContain((await store.db.users.get(result.actor.id))!.password.hash);
    expect(verifyChain(events).ok).toBe(true);

    expect(refusal(await store.dispatcher.dispatch('auth.setup', { username: 'other', name: '另一个', password: 'Desk2026ok' }, anonymous()))).toEqual({
      code: 'auth.alreadySetUp',
    });
    expect(await store.db.users.count()).toBe(1);
  });

  it('holds the first password to the policy', async () => {
    store = await openTestStore({ users: false });
    const setup = (password: string) => store.dispatcher.dispatch('auth.setup', { username: 'admin', name: '管理员', password }, anonymous());
    expect(refusal(await setup('short1'))).toEqual({ code: 'validation.failed', fields: [{ field: 'password', code: 'validation.passwordTooShort' }] });
    expect(refusal(await setup('admin2026x')).fields).toEqual([{ field: 'password', code: 'validation.passwordContainsName' }]);
    expect(await store.db.users.count()).toBe(0);
  });
});

describe('auth.signIn (登录)', () => {
  it('signs a user in on this connection and opens a session', async () => {
    store = await openTestStore();
    const session = anonymous();
    const { actor, token } = ok<{ actor: Actor; token: string }>(await signIn(session, 'Agent'));
    expect(actor).toEqual({ id: 'u-agent', username: 'agent', name: '客服小王', role: 'agent', department: '客服中心' });
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect(session).toEqual({ actor, token });
    expect((await store.dispatcher.dispatch('cases.register', registration(), session)).ok).toBe(true);
  });

  it('gives the same answer for an unknown user, a wrong password and a deactivated account', async () => {
    store = await openTestStore();
    await store.db.users.update('u-legal', { active: 0 });
    expect(refusal(await signIn(anonymous(), 'nobody')).code).toBe('auth.badCredentials');
    expect(refusal(await signIn(anonymous(), 'agent', 'Wrong2026')).code).toBe('auth.badCredentials');
    expect(refusal(await signIn(anonymous(), 'legal')).code).toBe('auth.badCredentials');
  });

  it('locks the account for 15 minutes after 5 failures in a row, even for the right password', async () => {
    store = await openTestStore();
    const lefts: unknown[] = [];
    for (let i = 0; i < 4; i += 1) lefts.push(refusal(await signIn(anonymous(), 'agent', `Wrong${i}abc`)).params?.left);
    expect(lefts).toEqual([4, 3, 2, 1]);
    expect(refusal(await signIn(anonymous(), 'agent', 'Wrong5abc'))).toEqual({ code: 'auth.locked', params: { minutes: 15 } });
    const session = anonymous();
    store.clock.now = NOW + 10 * MINUTE;
    expect(refusal(await signIn(session, 'agent'))).toEqual({ code: 'auth.locked', params: { minutes: 5 } });
    expect(session.actor).toBeNull();
    store.clock.now = NOW + 15 * MINUTE + 1;
    expect((await signIn(session, 'agent')).ok).toBe(true);
    expect(await store.db.users.get('u-agent')).toMatchObject({ failedSignIns: 0, lockedUntil: 0 });
  });

  it('forgets earlier failures after a successful sign-in', async () => {
    store = await openTestStore();
    for (let i = 0; i < 4; i += 1) await signIn(anonymous(), 'agent', 'Wrong1abc');
    expect((await signIn(anonymous(), 'agent')).ok).toBe(true);
    expect(refusal(await signIn(anonymous(), 'agent', 'Wrong1abc')).params).toEqual({ left: 4 });
  });
});

describe('sessions', () => {
  it('resume a connection with the session token after a reload, and refuse an unknown token', async () => {
    store = await openTestStore();
    const { token } = ok<{ token: string }>(await signIn(anonymous(), 'supervisor'));
    const reloaded = anonymous();
    store.clock.now = NOW + HOUR;
    const resumed = ok<{ actor: Actor }>(await store.dispatcher.dispatch('auth.resume', { token }, reloaded));
    expect(resumed.actor.id).toBe('u-supervisor');
    expect(reloaded).toEqual({ actor: resumed.actor, token });
    expect((await store.db.sessions.get(token))?.lastSeenAt).toBe(NOW + HOUR);
    expect(refusal(await store.dispatcher.dispatch('auth.resume', { token: 'forged' }, anonymous()))).toEqual({ code: 'auth.sessionExpired' });
  });

  it('expire after 12 idle hours', async () => {
    store = await openTestStore();
    const { token } = ok<{ token: string }>(await signIn(anonymous(), 'agent'));
    store.clock.now = NOW + 12 * HOUR + 1;
    const late = anonymous();
    expect(refusal(await store.dispatcher.dispatch('auth.resume', { token }, late))).toEqual({ code: 'auth.sessionExpired' });
    expect(late.actor).toBeNull();
    expect(await store.db.sessions.get(token)).toBeUndefined();
  });

  it('end at sign-out', async () => {
    store = await openTestStore();
    const session = anonymous();
    const { token } = ok<{ token: string }>(await signIn(session, 'agent'));
    expect(ok(await store.dispatcher.dispatch('auth.signOut', {}, session))).toBeNull();
    expect(session).toEqual({ actor: null, token: null });
    expect(await store.db.sessions.get(token)).toBeUndefined();
    expect(refusal(await store.dispatcher.dispatch('cases.list', {}, session))).toEqual({ code: 'auth.signInRequired' });
  });

  it('of a deactivated user end at once, on the open connection too', async () => {
    store = await openTestStore();
    const session = anonymous();
    const { token } = ok<{ token: string }>(await signIn(session, 'agent'));
    const agent = store.users.agent;
    const admin = await confirmedAdmin();
    ok(await store.dispatcher.dispatch('users.save', { id: agent.id, username: 'agent', name: agent.name, role: 'agent', department: agent.department, active: false }, admin));
    expect(await store.db.sessions.where('userId').equals(agent.id).count()).toBe(0);
    expect(ok<AuthStatus>(await store.dispatcher.dispatch('auth.status', {}, { ...session }))).toEqual({ needsSetup: false, actor: null });
    expect(refusal(await store.dispatcher.dispatch('cases.register', registration(), session))).toEqual({ code: 'auth.sessionExpired' });
    expect(refusal(await store.dispatcher.dispatch('auth.resume', { token }, anonymous()))).toEqual({ code: 'auth.sessionExpired' });
    expect(await store.db.cases.count()).toBe(0);
  });

  it('end when the role changes, so the new role applies from the next sign-in', async () => {
    store = await openTestStore();
    const session = anonymous();
    await signIn(session, 'agent2');
    const admin = await confirmedAdmin();
    ok(await store.dispatcher.dispatch('users.save', { id: 'u-agent2', username: 'agent2', name: '客服小李', role: 'supervisor', department: '客服中心' }, admin));
    expect(refusal(await store.dispatcher.dispatch('cases.list', {}, session)).code).toBe('auth.sessionExpired');
    const again = anonymous();
    expect(ok<{ actor: Actor }>(await signIn(again, 'agent2')).actor.role).toBe('supervisor');
  });
});

describe('auth.changePassword', () => {
  it('checks the current password and the policy, then takes the new one', async () => {
    store = await openTestStore();
    const change = (current: string, next: string) => store.send('auth.changePassword', { current, next }, 'agent');
    expect(refusal(await change('Wrong2026', 'Better2027'))).toEqual({ code: 'validation.failed', fields: [{ field: 'current', code: 'auth.wrongPassword' }] });
    expect(refusal(await change(PASSWORD, 'weakweak')).fields).toEqual([{ field: 'next', code: 'validation.passwordLettersDigits' }]);
    expect(ok(await change(PASSWORD, 'Better2027'))).toBeNull();
    expect(refusal(await signIn(anonymous(), 'agent')).code).toBe('auth.badCredentials');
    expect((await signIn(anonymous(), 'agent', 'Better2027')).ok).toBe(true);
    expect((await subjectEvents(store.db, 'user:u-agent')).map((e) => e.command)).toEqual(['auth.changePassword']);
  });
});
