import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../src-renderer/domain/cases/case';
import { DEFAULT_DEPARTMENTS } from '../../../../../src-renderer/domain/settings/settings';
import type { AuthStatus } from '../../../../../src-renderer/store/services/auth';
import { ok, openTestStore, registration, type TestStore } from '../fixtures';

let store: TestStore;
afterEach(async () => store?.close());

const agentRow = () => ({ id: 'u-agent', username: 'agent', name: '客服小王', role: 'agent', department: '客服中心', active: true });

describe('the signed-in user as the administrator last saved them', () => {
  it('records a renamed agent by the new name from the next call of the same sign-in, and the status says so', async () => {
    store = await openTestStore();
    // One window's connection, kept across calls as the hub keeps it.
    const window = store.session('agent');
    const first = ok<CaseRecord>(await store.dispatcher.dispatch('cases.register', registration({}, store.now()), window));
    expect(first.intakeAgent.name).toBe('客服小王');

    ok(await store.send('users.save', { ...agentRow(), name: '客服王芳', department: '售后服务部' }, 'admin'));
    const second = ok<CaseRecord>(await store.dispatcher.dispatch('cases.register', registration({}, store.now()), window));
    expect(second.intakeAgent).toEqual({ id: 'u-agent', name: '客服王芳' });
    const audit = await store.db.audit.where('subject').equals(second.id).first();
    expect(audit?.actor).toEqual({ id: 'u-agent', name: '客服王芳', role: 'agent' });
    expect(ok<AuthStatus>(await store.dispatcher.dispatch('auth.status', {}, window)).actor).toMatchObject({ name: '客服王芳', department: '售后服务部', role: 'agent' });
  });

  it('shows the new name of a renamed department to a user signed in before the rename', async () => {
    store = await openTestStore();
    const window = store.session('agent');
    ok(await store.dispatcher.dispatch('auth.status', {}, window));
    const departments = DEFAULT_DEPARTMENTS.map((d) => (d === '客服中心' ? '客户服务中心' : d));
    ok(await store.send('settings.update', { key: 'departments', value: departments, renames: [{ from: '客服中心', to: '客户服务中心' }] }, 'admin'));
    expect(ok<AuthStatus>(await store.dispatcher.dispatch('auth.status', {}, window)).actor?.department).toBe('客户服务中心');
    expect(window.actor?.department).toBe('客户服务中心');
  });
});
