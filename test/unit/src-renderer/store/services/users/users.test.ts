import { afterEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../../../../src-renderer/domain/audit/chain';
import { subjectEvents } from '../../../../../../src-renderer/store/core/audit';
import type { UserSummary } from '../../../../../../src-renderer/store/services/users';
import { NOW, openTestStore, refusal, type TestStore } from '../../fixtures';

let store: TestStore;
afterEach(async () => store?.close());

const newUser = { username: 'wangli', name: '王立', role: 'agent', department: '客服中心', password: 'Desk2026ok' };

describe('users.save (用户与角色)', () => {
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
  });
});

describe('users.resetPassword', () => {
  it('sets a new password, lifts a lock-out and ends the user’s sessions', async () => {
    store = await openTestStore();
    await store.db.users.update('u-agent', { lockedUntil: NOW + 600_000, failedSignIns: 3 });
    expect(refusal(await store.send('users.resetPassword', { id: 'u-agent', password: 'agent12345' }, 'admin')).fields).toEqual([
      { field: 'password', code: 'validation.passwordContainsName' },
    ]);
    await store.run('users.resetPassword', { id: 'u-agent', password: 'Fresh2027go' }, 'admin');
    expect(await store.db.users.get('u-agent')).toMatchObject({ lockedUntil: 0, failedSignIns: 0 });
    expect(await store.db.sessions.get('token-agent')).toBeUndefined();
    expect(refusal(await store.send('cases.list', {}, 'agent'))).toEqual({ code: 'auth.sessionExpired' });
    const signIn = await store.dispatcher.dispatch('auth.signIn', { username: 'agent', password: 'Fresh2027go' }, { actor: null, token: null });
    expect(signIn.ok).toBe(true);
    expect(refusal(await store.send('users.resetPassword', { id: 'u-none', password: 'Fresh2027go' }, 'admin'))).toEqual({ code: 'users.notFound' });
  });
});
