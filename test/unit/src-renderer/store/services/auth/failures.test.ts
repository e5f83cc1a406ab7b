import { afterEach, describe, expect, it } from 'vitest';
import { subjectEvents } from '../../../../../../src-renderer/store/core/audit';
import { countFailure, lockOutRefusal } from '../../../../../../src-renderer/store/services/auth/failures';
import { MINUTE, NOW, openTestStore, type TestStore } from '../../fixtures';

let store: TestStore;
afterEach(async () => store?.close());

describe('countFailure', () => {
  it('never shortens a lock-out still running, whatever the count', async () => {
    store = await openTestStore();
    const { db } = store;
    // As a concurrent attempt leaves the account: locked out, its count back at zero.
    await db.users.update('u-agent', { failedSignIns: 0, lockedUntil: NOW + 10 * MINUTE });
    await db.transaction('rw', db.users, db.audit, db.auditHeads, async () => {
      expect(await countFailure(db, (await db.users.get('u-agent'))!, NOW, 'signIn')).toEqual({ left: 4, lockedOut: false });
    });
    expect(await db.users.get('u-agent')).toMatchObject({ failedSignIns: 1, lockedUntil: NOW + 10 * MINUTE });
  });

  it('forgets a lock-out that has run out, and records the reason and the attempt', async () => {
    store = await openTestStore();
    const { db } = store;
    await db.users.update('u-legal', { active: 0, failedSignIns: 2, lockedUntil: NOW - MINUTE });
    await db.transaction('rw', db.users, db.audit, db.auditHeads, async () => {
      await countFailure(db, (await db.users.get('u-legal'))!, NOW, 'signIn', 'accountDisabled');
    });
    expect(await db.users.get('u-legal')).toMatchObject({ failedSignIns: 3, lockedUntil: 0 });
    expect((await subjectEvents(db, 'user:u-legal')).map((e) => [e.command, e.detail])).toEqual([
      ['auth.signInFailed', { reason: 'accountDisabled', attempt: 3 }],
    ]);
  });
});

describe('lockOutRefusal', () => {
  it('refuses until the lock-out has run out, with the minutes left rounded up', () => {
    expect(lockOutRefusal({ lockedUntil: NOW + 90_000 }, NOW)).toEqual({ code: 'auth.locked', params: { minutes: 2 } });
    expect(lockOutRefusal({ lockedUntil: NOW }, NOW)).toBeNull();
    expect(lockOutRefusal({ lockedUntil: 0 }, NOW)).toBeNull();
  });
});
