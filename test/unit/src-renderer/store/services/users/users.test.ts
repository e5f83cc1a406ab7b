import { afterEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../../../../src-renderer/domain/audit/chain';
import { subjectEvents } from '../../../../../../src-renderer/store/core/audit';
import type { UserSummary } from '../../../../../../src-renderer/store/services/users';
import type { Session } from '../../../../../../src-renderer/store/rpc/define';
import { DAY, MINUTE, NOW, ok, openTestStore, PASSWORD, refusal, type TestStore } from '../../fixtures';
import { caseAt } from '../../flow';

let store: TestStore;
afterEach(async () => store?.close());

/** The administrator's connection after entering the password again (`auth.confirm`). */
async function confirmedAdmin(): Promise<Session> {
  const admin = store.session('admin');
  ok(await store.dispatcher.dispatch('auth.confirm', { password: PASSWORD }, admin));
  return admin;
}

const newUser = { username: 'wangli', name: '王立', role: 'agent', department: '客服中心', password: 'Desk2026ok' };

describe('users.list', () => {
  it('says how many cases still being handled each account owns (closed ones aside)', async () => {
    store = await openTestStore();
    await caseAt(store, 'registered');
    await caseAt(store, 'verifying');
    await caseAt(store, 'closed');
    const list = ok<UserSummary[]>(await store.send('users.list', {}, 'admin'));
    expect(list.find((u) => u.id === store.users.agent.id)?.openCases).toBe(2);
    expect(list.find((u) => u.id === store.users.director.id)?.openCases).toBe(0);
  });
});

describe('users.save (用户与角色)', () => {
  it('names the approvals only one active account may give, with the cases waiting for each', async () => {
    store = await openTestStore();
    const sole = async () => Object.fromEntries(ok<UserSummary[]>(await store.send('users.list', {}, 'admin')).flatMap((u) => (u.soleApprovals ? [[u.id, u.soleApprovals]] : [])));
    expect(await sole()).toEqual({});
    await caseAt(store, 'grading_review');
    await caseAt(store, 'grading_review');
    expect(await sole()).toEqual({ [store.users.director.id]: [{ kind: 'grading', waiting: 2 }] });
    // An extension the supervisor asked for: nobody decides their own, so the director alone may decide it.
    const executing = await caseAt(store, 'executing');
    ok(await store.send('progress.requestExtension', { caseId: executing.id, reason: '缺货', newDueAt: executing.clocks.resolution!.dueAt + DAY }, 'supervisor'));
    expect(await sole()).toEqual({
      [store.users.director.id]: [
        { kind: 'grading', waiting: 2 },
        { kind: 'extension', waiting: 1 },
      ],
    });
    // A second director: neither is the only one.
    ok(await store.dispatcher.dispatch('users.save', { username: 'zhou2', name: '周二', role: 'director', department: '质量管理部', password: 'Desk2026ok' }, store.session('admin')));
    expect(await sole()).toEqual({});
  });

  it('creates a user with a role, hashes the password and records it in the user’s chain without the hash', async () => {
    store = await openTestStore();
    const saved = await store.run<UserSummary>('users.save', { ...newUser, username: ' WangLi ' }, 'admin');
    expect(saved).toEqual({ id: expect.any(String), username: 'wangli', name: '王立', role: 'agent', department: '客服中心', active: true, locked: false });
    const stored = (await store.db.users.get(saved.id))!;
    expect(stored.password).toMatchObject({ algorithm: 'PBKDF2-SHA-256', iterations: 210_000 });
    expect(JSON.stringify(stored)).not.toContain('Desk2026ok');
    const events = await subjectEvents(store.db, `user:${saved.id}`);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ command: 'users.save', actor: { id: 'u-admin', role: 'admin' }, at: NOW });
    expect(events[0]!.changes).not.toHaveProperty('password');
    expect(verifyChain(events).ok).toBe(true);
    expect(store.events.at(-1)).toEqual([{ area: 'users', ids: [saved.id] }]);
  });

  it('refuses a user name already taken, whatever its case, on the username field', async () => {
    store = await openTestStore();
    const before = await store.counts();
    expect(refusal(await store.send('users.save', { ...newUser, username: 'Agent' }, 'admin'))).toEqual({
      code: 'validation.failed',
      fields: [{ field: 'username', code: 'validation.usernameTaken' }],
    });
    // Renaming someone to a taken name is refused too; keeping one's own name is not a clash.
    const agent2 = { id: 'u-agent2', username: 'agent', name: '客服小李', role: 'agent', department: '客服中心' };
    expect(refusal(await store.send('users.save', agent2, 'admin')).fields).toEqual([{ field: 'username', code: 'validation.usernameTaken' }]);
    expect((await store.send('users.save', { ...agent2, username: 'agent2', name: '李客服' }, 'admin')).ok).toBe(true);
    expect((await store.counts()).audit).toBe(before.audit + 1);
  });

  it('requires a password that follows the policy for a new user', async () => {
    store = await openTestStore();
    const fields = async (password: string | undefined) => refusal(await store.send('users.save', { ...newUser, password }, 'admin')).fields;
    expect(await fields(undefined)).toEqual([{ field: 'password', code: 'validation.required' }]);
    expect(await fields('')).toEqual([{ field: 'password', code: 'validation.required' }]);
    expect(await fields('Desk26')).toEqual([{ field: 'password', code: 'validation.passwordTooShort' }]);
    expect(await fields('wangli2026')).toEqual([{ field: 'password', code: 'validation.passwordContainsName' }]);
    expect(await store.db.users.count()).toBe(7);
  });

  it('edits a user without touching the password, and refuses an unknown id', async () => {
    store = await openTestStore();
    const before = (await store.db.users.get('u-legal'))!;
    await store.run('users.save', { id: 'u-legal', username: 'legal', name: '法务郑律师', role: 'legal', department: '法务部' }, 'admin');
    expect(await store.db.users.get('u-legal')).toEqual({ ...before, name: '法务郑律师' });
    expect(refusal(await store.send('users.save', { ...newUser, id: 'u-ghost' }, 'admin'))).toEqual({ code: 'users.notFound' });
  });

  it('does not let the admin deactivate or demote themselves', async () => {
    store = await openTestStore();
    const me = { id: 'u-admin', username: 'admin', name: '管理员', department: '运营部' };
    expect(refusal(await store.send('users.save', { ...me, role: 'supervisor' }, 'admin'))).toEqual({ code: 'users.cannotDemoteSelf' });
    expect(refusal(await store.send('users.save', { ...me, role: 'admin', active: false }, 'admin'))).toEqual({ code: 'users.cannotDemoteSelf' });
  });

  it('is for the admin only', async () => {
    store = await openTestStore();
    for (const who of ['agent', 'supervisor', 'director', 'ops', 'legal'] as const) {
      expect(refusal(await store.send('users.save', newUser, who)).code, who).toBe('auth.forbidden');
      expect(refusal(await store.send('users.list', {}, who)).code, who).toBe('auth.forbidden');
    }
  });
});

describe('users.list and users.directory', () => {
  it('lists every account for the admin, and only active colleagues for everyone', async () => {
    store = await openTestStore();
    await store.db.users.update('u-agent2', { active: 0 });
    await store.db.users.update('u-legal', { lockedUntil: NOW + 60_000 });
    const all = await store.run<UserSummary[]>('users.list', {}, 'admin');
    expect(all.map((u) => u.username)).toEqual(['admin', 'agent', 'agent2', 'director', 'legal', 'ops', 'supervisor']);
    expect(all.find((u) => u.username === 'agent2')?.active).toBe(false);
    expect(all.find((u) => u.username === 'legal')?.locked).toBe(true);
    const directory = await store.run<Array<Record<string, unknown>>>('users.directory', {}, 'agent');
    expect(directory.map((u) => u.name)).not.toContain('客服小李');
    expect(directory[0]).toEqual({ id: 'u-admin', name: '管理员', role: 'admin', department: '运营部' });
    // Filters over history (the audit log) name former colleagues too, marked as such.
    const everyone = await store.run<Array<Record<string, unknown>>>('users.directory', { includeInactive: true }, 'legal');
    expect(everyone.find((u) => u.name === '客服小李')).toEqual({ id: 'u-agent2', name: '客服小李', role: 'agent', department: '客服中心', active: false });
    expect(everyone).toHaveLength(7);
  });
});

describe('re-authentication (再次输入密码) for role changes, deactivation and password resets', () => {
  const agent2 = { id: 'u-agent2', username: 'agent2', name: '客服小李', role: 'agent', department: '客服中心', active: true };

  it('refuses a role change or a deactivation without the password entered again, changing nothing', async () => {
    store = await openTestStore();
    const before = await store.snapshot();
    expect(refusal(await store.send('users.save', { ...agent2, role: 'supervisor' }, 'admin'))).toEqual({ code: 'auth.confirmRequired' });
    expect(refusal(await store.send('users.save', { ...agent2, active: false }, 'admin'))).toEqual({ code: 'auth.confirmRequired' });
    expect(await store.snapshot()).toEqual(before);
    expect(await store.db.sessions.get('token-agent2')).toBeDefined();
  });

  it('needs no password for a new account, a new name or department, or reactivating someone', async () => {
    store = await openTestStore();
    await store.db.users.update('u-agent2', { active: 0 });
    ok(await store.send('users.save', newUser, 'admin'));
    ok(await store.send('users.save', { ...agent2, name: '李晓', department: '售后服务部' }, 'admin'));
    expect(await store.db.users.get('u-agent2')).toMatchObject({ active: 1, name: '李晓', department: '售后服务部', role: 'agent' });
  });

  it('takes the change within five minutes of auth.confirm, not after', async () => {
    store = await openTestStore();
    const admin = await confirmedAdmin();
    ok(await store.dispatcher.dispatch('users.save', { ...agent2, role: 'supervisor' }, admin));
    expect((await store.db.users.get('u-agent2'))?.role).toBe('supervisor');
    store.clock.now += 5 * MINUTE + 1;
    expect(refusal(await store.dispatcher.dispatch('users.save', { ...agent2, active: false }, admin))).toEqual({ code: 'auth.confirmRequired' });
    expect((await store.db.users.get('u-agent2'))?.active).toBe(1);
  });

  it('refuses a wrong password at auth.confirm and keeps refusing the change', async () => {
    store = await openTestStore();
    const admin = store.session('admin');
    expect(refusal(await store.dispatcher.dispatch('auth.confirm', { password: 'Wrong2026no' }, admin))).toEqual({
      code: 'validation.failed',
      fields: [{ field: 'password', code: 'auth.wrongCurrentPasswordLeft', params: { left: 4 } }],
    });
    expect(refusal(await store.dispatcher.dispatch('users.save', { ...agent2, role: 'legal' }, admin)).code).toBe('auth.confirmRequired');
  });

  it('refuses a password reset without confirmation, before even looking at the input', async () => {
    store = await openTestStore();
    const hash = (await store.db.users.get('u-agent'))!.password;
    expect(refusal(await store.send('users.resetPassword', { id: 'u-agent', password: 'Fresh2027go' }, 'admin'))).toEqual({ code: 'auth.confirmRequired' });
    expect(refusal(await store.send('users.resetPassword', { id: 'u-agent', password: 'x' }, 'admin'))).toEqual({ code: 'auth.confirmRequired' });
    expect((await store.db.users.get('u-agent'))!.password).toEqual(hash);
  });
});

describe('users.resetPassword', () => {
  it('sets a new password, lifts a lock-out and ends the user’s sessions', async () => {
    store = await openTestStore();
    await store.db.users.update('u-agent', { lockedUntil: NOW + 600_000, failedSignIns: 3 });
    const admin = await confirmedAdmin();
    const reset = (args: unknown) => store.dispatcher.dispatch('users.resetPassword', args, admin);
    expect(refusal(await reset({ id: 'u-agent', password: 'agent12345' })).fields).toEqual([{ field: 'password', code: 'validation.passwordContainsName' }]);
    ok(await reset({ id: 'u-agent', password: 'Fresh2027go' }));
    expect(await store.db.users.get('u-agent')).toMatchObject({ lockedUntil: 0, failedSignIns: 0 });
    expect(await store.db.sessions.get('token-agent')).toBeUndefined();
    expect(refusal(await store.send('cases.list', {}, 'agent'))).toEqual({ code: 'auth.sessionExpired' });
    const signIn = await store.dispatcher.dispatch('auth.signIn', { username: 'agent', password: 'Fresh2027go' }, { actor: null, token: null });
    expect(signIn.ok).toBe(true);
    expect(refusal(await reset({ id: 'u-none', password: 'Fresh2027go' }))).toEqual({ code: 'users.notFound' });
  });
});

describe('a user’s department', () => {
  it('is one of the desk’s departments; one the list has since dropped may stay on an edit that keeps it', async () => {
    store = await openTestStore();
    expect(refusal(await store.send('users.save', { ...newUser, department: '火星部' }, 'admin')).fields).toEqual([{ field: 'department', code: 'validation.notInList' }]);
    expect(await store.db.users.where('username').equals('wangli').count()).toBe(0);
    const saved = await store.run<UserSummary>('users.save', newUser, 'admin');
    await store.db.users.update(saved.id, { department: '旧客服部' });
    const edit = { id: saved.id, username: 'wangli', name: '王立新', role: 'agent', department: '旧客服部', active: true };
    expect((await store.run<UserSummary>('users.save', edit, 'admin')).name).toBe('王立新');
    expect(refusal(await store.send('users.save', { ...edit, department: '新客服部' }, 'admin')).fields).toEqual([{ field: 'department', code: 'validation.notInList' }]);
  });
});
