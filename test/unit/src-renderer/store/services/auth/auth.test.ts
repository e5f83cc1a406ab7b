import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../../../../src-renderer/domain/audit/chain';
import { hashPassword } from '../../../../../../src-renderer/domain/users/password';
import type { Actor, UserRecord } from '../../../../../../src-renderer/domain/users/user';
import { subjectEvents } from '../../../../../../src-renderer/store/core/audit';
import type { Session } from '../../../../../../src-renderer/store/rpc/define';
import type { AuthStatus } from '../../../../../../src-renderer/store/services/auth';
import { HOUR, MINUTE, NOW, ok, openTestStore, PASSWORD, refusal, registration, type TestStore } from '../../fixtures';
import { anonymous, confirmedAdmin, signInOn } from './sessions';

let store: TestStore;
afterEach(async () => store?.close());

const signIn = (session: Session, username: string, password?: string) => signInOn(store, session, username, password);

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

  it('starts the desk with English names when set up so: centre, departments, sub-categories, the administrator’s department; audited', async () => {
    store = await openTestStore({ users: false });
    const session = anonymous();
    const { actor } = ok<{ actor: Actor }>(await store.dispatcher.dispatch('auth.setup', { username: 'admin', name: 'Alice Wong', password: 'Desk2026ok', presets: 'en' }, session));
    expect(actor.department).toBe('Operations');
    const settings = ok<{ centreName: string; departments: string[]; categories: Record<string, { subCategories: string[]; department: string }> }>(
      await store.dispatcher.dispatch('settings.get', {}, session),
    );
    expect(settings.centreName).toBe('Customer Service Centre');
    expect(settings.departments).toContain('Operations');
    expect(settings.categories.logistics).toEqual({ subCategories: ['Late delivery', 'Lost parcel', 'Wrong delivery', 'Damaged packaging'], department: 'Logistics' });
    // Every category's department is one of the desk's.
    for (const category of Object.values(settings.categories)) expect(settings.departments).toContain(category.department);
    const events = await subjectEvents(store.db, 'settings');
    expect(events.map((e) => [e.command, e.actor.name, Object.keys(e.changes)[0]])).toEqual([
      ['auth.setup', 'Alice Wong', 'centreName'],
      ['auth.setup', 'Alice Wong', 'departments'],
      ['auth.setup', 'Alice Wong', 'categories'],
    ]);
  });

  it('keeps the built-in Chinese names, writing no settings, when set up in Chinese; refuses an unknown language', async () => {
    store = await openTestStore({ users: false });
    expect(refusal(await store.dispatcher.dispatch('auth.setup', { username: 'admin', name: '管理员', password: 'Desk2026ok', presets: 'fr' }, anonymous())).fields).toEqual([
      { field: 'presets', code: 'validation.chooseOne' },
    ]);
    const { actor } = ok<{ actor: Actor }>(await store.dispatcher.dispatch('auth.setup', { username: 'admin', name: '管理员', password: 'Desk2026ok', presets: 'zh-CN' }, anonymous()));
    expect(actor.department).toBe('运营部');
    expect(await store.db.settings.count()).toBe(0);
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

  it('gives the same answer for an unknown user, a first wrong password and a wrong password of a deactivated account', async () => {
    store = await openTestStore();
    await store.db.users.update('u-legal', { active: 0 });
    const generic = { code: 'auth.badCredentials' };
    expect(refusal(await signIn(anonymous(), 'nobody'))).toEqual(generic);
    expect(refusal(await signIn(anonymous(), 'agent', 'Wrong2026'))).toEqual(generic);
    expect(refusal(await signIn(anonymous(), 'legal', 'Wrong2026'))).toEqual(generic);
  });

  it('answers a run of tries with an unknown user name as it answers one account’s: tries left, then locked for as long', async () => {
    store = await openTestStore();
    const answers = async (username: string) => {
      const refusals: unknown[] = [];
      for (let i = 0; i < 5; i += 1) refusals.push(refusal(await signIn(anonymous(), username, `Wrong${i}abc`)));
      store.clock.now += 10 * MINUTE;
      refusals.push(refusal(await signIn(anonymous(), username, 'Wrong9abc')));
      store.clock.now += 5 * MINUTE + 1;
      refusals.push(refusal(await signIn(anonymous(), username, 'Wrong9abc')));
      return refusals;
    };
    const known = await answers('agent');
    store.clock.now = NOW;
    expect(await answers('zhangwei2026')).toEqual(known);
    expect(known).toEqual([
      { code: 'auth.badCredentials' },
      { code: 'auth.badCredentialsLeft', params: { left: 3, minutes: 15 } },
      { code: 'auth.badCredentialsLeft', params: { left: 2, minutes: 15 } },
      { code: 'auth.badCredentialsLeft', params: { left: 1, minutes: 15 } },
      { code: 'auth.locked', params: { minutes: 15 } },
      { code: 'auth.locked', params: { minutes: 5 } },
      { code: 'auth.badCredentials' },
    ]);
    // Nothing of the unknown name is written anywhere.
    expect(JSON.stringify(await store.db.audit.toArray())).not.toContain('zhangwei2026');
  });

  it('tells whoever gives the right password of a deactivated account that it is deactivated, without signing in', async () => {
    store = await openTestStore();
    await store.db.users.update('u-legal', { active: 0, failedSignIns: 0 });
    const session = anonymous();
    expect(refusal(await signIn(session, 'legal'))).toEqual({ code: 'auth.accountDisabled' });
    expect(session.actor).toBeNull();
    expect(await store.db.sessions.where('userId').equals('u-legal').count()).toBe(1); // only the fixture's own row
  });

  it('locks a deactivated account out like any other, so its password cannot be guessed without limit', async () => {
    store = await openTestStore();
    await store.db.users.update('u-legal', { active: 0 });
    const refusals: unknown[] = [];
    for (let i = 0; i < 5; i += 1) refusals.push(refusal(await signIn(anonymous(), 'legal', `Wrong${i}abc`)));
    expect(refusals).toEqual([
      { code: 'auth.badCredentials' },
      { code: 'auth.badCredentialsLeft', params: { left: 3, minutes: 15 } },
      { code: 'auth.badCredentialsLeft', params: { left: 2, minutes: 15 } },
      { code: 'auth.badCredentialsLeft', params: { left: 1, minutes: 15 } },
      { code: 'auth.locked', params: { minutes: 15 } },
    ]);
    // Locked out, the right password gets the same answer as a wrong one: no guess is told apart.
    store.clock.now = NOW + 10 * MINUTE;
    expect(refusal(await signIn(anonymous(), 'legal'))).toEqual({ code: 'auth.locked', params: { minutes: 5 } });
    expect(refusal(await signIn(anonymous(), 'legal', 'Wrong9abc'))).toEqual({ code: 'auth.locked', params: { minutes: 5 } });
    store.clock.now = NOW + 15 * MINUTE + 1;
    expect(refusal(await signIn(anonymous(), 'legal'))).toEqual({ code: 'auth.accountDisabled' });
  });

  it('counts the right password of a deactivated account too: after the fifth, it says locked, not deactivated', async () => {
    store = await openTestStore();
    await store.db.users.update('u-legal', { active: 0 });
    const codes: string[] = [];
    for (let i = 0; i < 7; i += 1) codes.push(refusal(await signIn(anonymous(), 'legal')).code);
    expect(codes).toEqual([...Array<string>(4).fill('auth.accountDisabled'), ...Array<string>(3).fill('auth.locked')]);
    expect(await store.db.sessions.where('userId').equals('u-legal').count()).toBe(1); // only the fixture's own row
  });

  it('holds the lock-out against attempts in parallel, and then against the right password', async () => {
    store = await openTestStore();
    const attempts = await Promise.all(Array.from({ length: 8 }, (_, i) => signIn(anonymous(), 'agent', `Wrong${i}abc`)));
    const codes = attempts.map((r) => refusal(r).code);
    expect(codes.filter((c) => c === 'auth.locked')).toHaveLength(8 - 5 + 1);
    // Exactly five were counted; the others found the account locked out and wrote nothing.
    expect(await store.db.users.get('u-agent')).toMatchObject({ failedSignIns: 0, lockedUntil: NOW + 15 * MINUTE });
    expect((await subjectEvents(store.db, 'user:u-agent')).map((e) => e.command)).toEqual([...Array<string>(5).fill('auth.signInFailed'), 'auth.lockedOut']);
    const session = anonymous();
    expect(refusal(await signIn(session, 'agent'))).toEqual({ code: 'auth.locked', params: { minutes: 15 } });
    expect(session.actor).toBeNull();
  });

  it('refuses the right password given in parallel with the attempt that locks the account out', async () => {
    store = await openTestStore();
    for (let i = 0; i < 4; i += 1) await signIn(anonymous(), 'agent', 'Wrong1abc');
    // The lock-out is set while this sign-in's password is being checked, after it looked at the account.
    const lockMeanwhile = (user: UserRecord) => {
      store.db.users.hook('reading').unsubscribe(lockMeanwhile);
      // Queued now, outside the read's transaction: it commits before the sign-in's own transaction starts.
      void Dexie.ignoreTransaction(() => store.db.users.update('u-agent', { lockedUntil: NOW + 15 * MINUTE, failedSignIns: 0 }));
      return user;
    };
    store.db.users.hook('reading', lockMeanwhile);
    const session = anonymous();
    expect(refusal(await signIn(session, 'agent'))).toEqual({ code: 'auth.locked', params: { minutes: 15 } });
    expect(session.actor).toBeNull();
    expect(await store.db.sessions.where('userId').equals('u-agent').count()).toBe(1); // only the fixture's own row
  });

  it('refuses the old password of an account an administrator reset while the password was being checked', async () => {
    store = await openTestStore();
    const reset = await hashPassword('Reset2026ok', 1000);
    const resetMeanwhile = (user: UserRecord) => {
      store.db.users.hook('reading').unsubscribe(resetMeanwhile);
      void Dexie.ignoreTransaction(() => store.db.users.update('u-agent', { password: reset }));
      return user;
    };
    store.db.users.hook('reading', resetMeanwhile);
    const session = anonymous();
    expect(refusal(await signIn(session, 'agent')).code).toBe('auth.badCredentials');
    expect(session.actor).toBeNull();
  });

  it('says how many tries are left once few are, then locks the account for 15 minutes, even for the right password', async () => {
    store = await openTestStore();
    const refusals: unknown[] = [];
    for (let i = 0; i < 4; i += 1) refusals.push(refusal(await signIn(anonymous(), 'agent', `Wrong${i}abc`)));
    expect(refusals).toEqual([
      { code: 'auth.badCredentials' },
      { code: 'auth.badCredentialsLeft', params: { left: 3, minutes: 15 } },
      { code: 'auth.badCredentialsLeft', params: { left: 2, minutes: 15 } },
      { code: 'auth.badCredentialsLeft', params: { left: 1, minutes: 15 } },
    ]);
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
    expect(refusal(await signIn(anonymous(), 'agent', 'Wrong1abc'))).toEqual({ code: 'auth.badCredentials' });
    expect(refusal(await signIn(anonymous(), 'agent', 'Wrong1abc'))).toEqual({ code: 'auth.badCredentialsLeft', params: { left: 3, minutes: 15 } });
  });
});

describe('refused passwords in the audit log', () => {
  const events = async (userId: string) => subjectEvents(store.db, `user:${userId}`);

  it('records each failed sign-in of an account and its lock-out, with who, when and the attempt, never the password', async () => {
    store = await openTestStore();
    for (let i = 1; i <= 5; i += 1) {
      store.clock.now = NOW + i * MINUTE;
      await signIn(anonymous(), 'agent', `Typed${i}secret`);
    }
    const chain = await events('u-agent');
    expect(chain.map((e) => [e.command, e.at, e.detail])).toEqual([
      ['auth.signInFailed', NOW + 1 * MINUTE, { reason: 'wrongPassword', attempt: 1 }],
      ['auth.signInFailed', NOW + 2 * MINUTE, { reason: 'wrongPassword', attempt: 2 }],
      ['auth.signInFailed', NOW + 3 * MINUTE, { reason: 'wrongPassword', attempt: 3 }],
      ['auth.signInFailed', NOW + 4 * MINUTE, { reason: 'wrongPassword', attempt: 4 }],
      ['auth.signInFailed', NOW + 5 * MINUTE, { reason: 'wrongPassword', attempt: 5 }],
      ['auth.lockedOut', NOW + 5 * MINUTE, { attempts: 5, lockedUntil: NOW + 20 * MINUTE }],
    ]);
    expect(chain.every((e) => e.actor.id === 'u-agent' && e.actor.name === '客服小王')).toBe(true);
    expect(JSON.stringify(chain)).not.toMatch(/secret/);
    // Refused while locked out: nothing is checked, nothing more recorded.
    await signIn(anonymous(), 'agent', 'Typed6secret');
    expect(await events('u-agent')).toHaveLength(6);

    // The chain still checks out, alone and among all of them.
    expect(ok<{ ok: boolean }>(await store.send('audit.verify', { subject: 'user:u-agent' }, 'admin')).ok).toBe(true);
    expect(ok<{ broken: unknown[] }>(await store.send('audit.verifyAll', {}, 'admin')).broken).toEqual([]);
    // The administrator's audit log lists them under their commands (操作).
    const listed = ok<{ events: Array<{ command: string; subject: string }> }>(await store.send('audit.list', { command: 'auth.lockedOut' }, 'admin'));
    expect(listed.events.map((e) => [e.command, e.subject])).toEqual([['auth.lockedOut', 'user:u-agent']]);
    expect(ok<{ events: unknown[] }>(await store.send('audit.list', { command: 'auth.signInFailed' }, 'admin')).events).toHaveLength(5);
  });

  it('records nothing for an unknown user name, and the refusal of a deactivated account with its reason', async () => {
    store = await openTestStore();
    const before = (await store.counts()).audit;
    await signIn(anonymous(), 'Desk2026ok', 'nobody-knows');
    expect((await store.counts()).audit).toBe(before);

    await store.db.users.update('u-legal', { active: 0 });
    await signIn(anonymous(), 'legal', 'Wrong2026');
    await signIn(anonymous(), 'legal');
    expect((await events('u-legal')).map((e) => [e.command, e.detail])).toEqual([
      ['auth.signInFailed', { reason: 'wrongPassword', attempt: 1 }],
      ['auth.signInFailed', { reason: 'accountDisabled', attempt: 2 }],
    ]);
  });

  it('records at most five refusals and one lock-out per lock-out window, for a deactivated account too', async () => {
    store = await openTestStore();
    await store.db.users.update('u-legal', { active: 0 });
    for (let i = 0; i < 30; i += 1) await signIn(anonymous(), 'legal', i % 3 === 0 ? PASSWORD : `Wrong${i}abc`);
    const chain = await events('u-legal');
    expect(chain.map((e) => e.command)).toEqual([...Array<string>(5).fill('auth.signInFailed'), 'auth.lockedOut']);
    // The next window allows the next five, no more.
    store.clock.now = NOW + 15 * MINUTE + 1;
    for (let i = 0; i < 30; i += 1) await signIn(anonymous(), 'legal', `Wrong${i}abc`);
    expect(await events('u-legal')).toHaveLength(12);
    expect(verifyChain(await events('u-legal'), (await store.db.auditHeads.get('user:u-legal')) ?? null).ok).toBe(true);
  });

  it('records wrong passwords on the lock screen, and the lock-out they lead to', async () => {
    store = await openTestStore();
    const session = store.session('agent');
    ok(await store.dispatcher.dispatch('auth.lock', {}, session));
    for (let i = 0; i < 5; i += 1) await store.dispatcher.dispatch('auth.unlock', { password: 'Wrong2026no' }, session);
    const chain = await events('u-agent');
    expect(chain.map((e) => e.command)).toEqual([...Array<string>(5).fill('auth.unlockFailed'), 'auth.lockedOut']);
    expect(chain.at(-2)?.detail).toEqual({ reason: 'wrongPassword', attempt: 5 });
    expect(verifyChain(chain, (await store.db.auditHeads.get('user:u-agent')) ?? null).ok).toBe(true);
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
    const admin = await confirmedAdmin(store);
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
    const admin = await confirmedAdmin(store);
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
    expect(refusal(await change('Wrong2026', 'Better2027'))).toEqual({
      code: 'validation.failed',
      fields: [{ field: 'current', code: 'auth.wrongCurrentPasswordLeft', params: { left: 4 } }],
    });
    expect(refusal(await change(PASSWORD, 'weakweak')).fields).toEqual([{ field: 'next', code: 'validation.passwordLettersDigits' }]);
    expect(ok(await change(PASSWORD, 'Better2027'))).toBeNull();
    expect(refusal(await signIn(anonymous(), 'agent')).code).toBe('auth.badCredentials');
    expect((await signIn(anonymous(), 'agent', 'Better2027')).ok).toBe(true);
    // The old password, tried after the change, is a failed sign-in of the account.
    expect((await subjectEvents(store.db, 'user:u-agent')).map((e) => e.command)).toEqual(['auth.confirmFailed', 'auth.changePassword', 'auth.signInFailed']);
  });
});

describe('auth.changePassword to the same password', () => {
  it('is refused under the new password, and nothing is written: no change, no count, no event', async () => {
    store = await openTestStore();
    const before = await store.db.users.get('u-agent');
    const events = await store.db.audit.count();
    expect(refusal(await store.send('auth.changePassword', { current: PASSWORD, next: PASSWORD }, 'agent'))).toEqual({
      code: 'validation.failed',
      fields: [{ field: 'next', code: 'security.samePassword' }],
    });
    // Said whatever the current password typed: comparing the two says nothing of the stored one.
    expect(refusal(await store.send('auth.changePassword', { current: 'Guess2026no', next: 'Guess2026no' }, 'agent')).fields).toEqual([
      { field: 'next', code: 'security.samePassword' },
    ]);
    expect(await store.db.users.get('u-agent')).toEqual(before);
    expect(await store.db.audit.count()).toBe(events);
    expect((await signIn(anonymous(), 'agent')).ok).toBe(true);
  });
});

describe('the password typed again when signed in (再次输入密码, 修改密码)', () => {
  it('counts wrong ones toward the lock-out, recorded, and the last try locks the account and this screen', async () => {
    store = await openTestStore();
    const session = anonymous();
    await signIn(session, 'agent');
    const confirm = (password: string) => store.dispatcher.dispatch('auth.confirm', { password }, session);
    for (let left = 4; left >= 1; left -= 1) {
      expect(refusal(await confirm('Guess2026no')).fields).toEqual([{ field: 'password', code: 'auth.wrongCurrentPasswordLeft', params: { left } }]);
    }
    // The fifth wrong one, through 修改密码, locks the account out.
    // Said so, for the window to show its lock screen at once.
    expect(refusal(await store.dispatcher.dispatch('auth.changePassword', { current: 'Guess2026no', next: 'Better2027' }, session))).toEqual({
      code: 'auth.locked',
      params: { minutes: 15, screenLocked: 1 },
    });
    expect((await subjectEvents(store.db, 'user:u-agent')).map((e) => e.command)).toEqual([...Array<string>(5).fill('auth.confirmFailed'), 'auth.lockedOut']);
    // The session's screen is locked, and the right password no longer opens it, nor a sign-in elsewhere.
    expect(refusal(await confirm(PASSWORD)).code).toBe('auth.screenLocked');
    expect(refusal(await store.dispatcher.dispatch('cases.list', {}, session)).code).toBe('auth.screenLocked');
    expect(refusal(await store.dispatcher.dispatch('auth.unlock', { password: PASSWORD }, session)).code).toBe('auth.locked');
    expect(refusal(await signIn(anonymous(), 'agent')).code).toBe('auth.locked');
    expect(session.confirmedUntil).toBeUndefined();
  });

  it('starts the count again after a right one', async () => {
    store = await openTestStore();
    const session = anonymous();
    await signIn(session, 'agent');
    for (let n = 0; n < 4; n += 1) await store.dispatcher.dispatch('auth.confirm', { password: 'Guess2026no' }, session);
    ok(await store.dispatcher.dispatch('auth.confirm', { password: PASSWORD }, session));
    expect(refusal(await store.dispatcher.dispatch('auth.confirm', { password: 'Guess2026no' }, session)).fields?.[0]?.params).toEqual({ left: 4 });
  });
});
