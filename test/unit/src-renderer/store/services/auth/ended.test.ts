import { afterEach, describe, expect, it } from 'vitest';
import type { Session } from '../../../../../../src-renderer/store/rpc/define';
import { MINUTE, NOW, ok, openTestStore, PASSWORD, refusal, type TestStore } from '../../fixtures';
import { anonymous, confirmedAdmin, signInOn } from './sessions';

let store: TestStore;
afterEach(async () => store?.close());

const signIn = (session: Session, username: string, password?: string) => signInOn(store, session, username, password);

describe('auth.ended (why a window was signed out)', () => {
  const adminSaves = async (changes: Record<string, unknown>) => {
    const admin = await confirmedAdmin(store);
    const agent = store.users.agent;
    ok(await store.dispatcher.dispatch('users.save', { id: agent.id, username: 'agent', name: agent.name, role: 'agent', department: agent.department, active: true, ...changes }, admin));
  };
  const ended = (session: Session) => store.dispatcher.dispatch('auth.ended', {}, session).then((r) => ok(r));

  it('names a new role, a deactivation and a password reset, to the connection that held the session only', async () => {
    store = await openTestStore();
    const window = anonymous();
    await signIn(window, 'agent');
    expect(await ended(window)).toEqual({ cause: 'unknown' });
    await adminSaves({ role: 'supervisor' });
    expect(refusal(await store.dispatcher.dispatch('cases.list', {}, window)).code).toBe('auth.sessionExpired');
    expect(await ended(window)).toEqual({ cause: 'roleChanged', role: 'supervisor' });
    // Another connection, signed in or not, learns nothing about the account.
    expect(await ended(anonymous())).toEqual({ cause: 'unknown' });
    expect(await ended(store.session('supervisor'))).toEqual({ cause: 'unknown' });

    await signIn(window, 'agent');
    const admin = await confirmedAdmin(store);
    ok(await store.dispatcher.dispatch('users.resetPassword', { id: 'u-agent', password: 'Fresh2027go' }, admin));
    expect(await ended(window)).toEqual({ cause: 'passwordReset' });

    await signIn(window, 'agent', 'Fresh2027go');
    await adminSaves({ role: 'supervisor', active: false });
    expect(await ended(window)).toEqual({ cause: 'disabled' });
  });

  it('has nothing to say after signing out, or after a change of one’s own password', async () => {
    store = await openTestStore();
    const window = anonymous();
    await signIn(window, 'agent');
    ok(await store.dispatcher.dispatch('auth.changePassword', { current: PASSWORD, next: 'Better2027' }, window));
    await store.db.sessions.where('userId').equals('u-agent').delete();
    expect(await ended(window)).toEqual({ cause: 'unknown' });
    await signIn(window, 'agent', 'Better2027');
    ok(await store.dispatcher.dispatch('auth.signOut', {}, window));
    await adminSaves({ active: false });
    expect(await ended(window)).toEqual({ cause: 'unknown' });
  });
});

describe('auth.ended when the password changed', () => {
  const ended = (session: Session) => store.dispatcher.dispatch('auth.ended', {}, session).then((r) => ok(r));
  /** The agent in two windows of one session, having changed their own password in the first. */
  const twoWindowsAfterOwnChange = async () => {
    store = await openTestStore();
    const first = anonymous();
    const { token } = ok<{ token: string }>(await signIn(first, 'agent'));
    const second = anonymous();
    ok(await store.dispatcher.dispatch('auth.resume', { token }, second));
    ok(await store.dispatcher.dispatch('auth.changePassword', { current: PASSWORD, next: 'Better2027' }, first));
    return { first, second, token };
  };
  const resetByAdmin = async () => {
    const admin = await confirmedAdmin(store);
    ok(await store.dispatcher.dispatch('users.resetPassword', { id: 'u-agent', password: 'Fresh2027go' }, admin));
  };

  it('does not blame the administrator for a password the user changed in another window of the session', async () => {
    const { first, second, token } = await twoWindowsAfterOwnChange();
    // The shared session then ends for another reason (here: it is gone, as after a restore or an expiry).
    await store.db.sessions.delete(token);
    expect(await ended(second)).toEqual({ cause: 'unknown' });
    expect(await ended(first)).toEqual({ cause: 'unknown' });
  });

  it('names the administrator’s reset to every window of the session, even after the user’s own change', async () => {
    const { first, second } = await twoWindowsAfterOwnChange();
    store.clock.now = NOW + MINUTE;
    await resetByAdmin();
    expect(await ended(first)).toEqual({ cause: 'passwordReset' });
    expect(await ended(second)).toEqual({ cause: 'passwordReset' });
  });

  it('tells nobody trying another account on the window why the previous one’s session ended', async () => {
    store = await openTestStore();
    const window = anonymous();
    await signIn(window, 'agent');
    await resetByAdmin();
    // The same user, retrying the old password, may still be told.
    expect(refusal(await signIn(window, 'agent')).code).toBe('auth.badCredentials');
    expect(await ended(window)).toEqual({ cause: 'passwordReset' });
    // Someone else: another account's wrong password, or a name that is no account at all.
    expect(refusal(await signIn(window, 'supervisor', 'Wrong2026')).code).toBe('auth.badCredentials');
    expect(await ended(window)).toEqual({ cause: 'unknown' });

    const other = anonymous();
    await signIn(other, 'agent', 'Fresh2027go');
    await store.db.users.update('u-agent', { active: 0 });
    await store.db.sessions.where('userId').equals('u-agent').delete();
    expect(refusal(await signIn(other, 'nobody')).code).toBe('auth.badCredentials');
    expect(await ended(other)).toEqual({ cause: 'unknown' });
  });
});
