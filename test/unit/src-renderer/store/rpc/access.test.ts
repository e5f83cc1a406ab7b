import { afterEach, describe, expect, it } from 'vitest';
import { may, type Permission } from '../../../../../src-renderer/domain/users/roles';
import { createHandlers } from '../../../../../src-renderer/store/api';
import type { AnyHandler } from '../../../../../src-renderer/store/rpc/define';
import { ok, openTestStore, refusal, type TestStore } from '../fixtures';

let store: TestStore;
afterEach(async () => store?.close());

const handlers = Object.entries(createHandlers() as Record<string, AnyHandler>);
const guarded = handlers.filter((entry): entry is [string, AnyHandler & { access: Permission }] => !['public', 'signedIn'].includes(entry[1].access));

describe('access to every store call', () => {
  it('refuses an agent every call of a permission agents lack, naming the permission and the role, before reading the input', async () => {
    store = await openTestStore();
    const adminOnly = guarded.filter(([, handler]) => !may('agent', handler.access));
    // The administration commands are among them: users, settings, backups, the audit log.
    expect(adminOnly.map(([name]) => name)).toEqual(
      expect.arrayContaining(['users.save', 'users.list', 'users.resetPassword', 'settings.update', 'audit.list', 'audit.verifyAll', 'audit.verify']),
    );
    const before = await store.snapshot();
    for (const [name, handler] of adminOnly) {
      expect(refusal(await store.send(name, { junk: true }, 'agent')), name).toEqual({
        code: 'auth.forbidden',
        params: { permission: handler.access, role: 'agent' },
      });
    }
    expect(await store.snapshot()).toEqual(before);
  });

  it('lets nothing but status, unlock and sign-out run on a locked screen (and the log of a backup file saved meanwhile)', async () => {
    const open = handlers.filter(([, handler]) => handler.whileLocked).map(([name]) => name);
    // backup.saved logs only what this host made for this user (a one-time token): a save dialog may outlast the idle lock.
    expect(open.sort()).toEqual(['auth.signOut', 'auth.status', 'auth.unlock', 'backup.saved']);
    store = await openTestStore();
    const session = store.session('admin');
    ok(await store.dispatcher.dispatch('auth.lock', {}, session));
    for (const [name, handler] of handlers) {
      if (handler.whileLocked) continue;
      expect(refusal(await store.dispatcher.dispatch(name, {}, session)), name).toEqual({ code: 'auth.screenLocked' });
    }
  });
});
