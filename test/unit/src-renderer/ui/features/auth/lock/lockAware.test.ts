import { describe, expect, it, vi } from 'vitest';
import type { DeskErrorData } from '../../../../../../../src-renderer/domain/common/errors';
import { lockAware } from '../../../../../../../src-renderer/ui/features/auth/lock/lockAware';
import { StoreError, type StoreClient } from '../../../../../../../src-renderer/ui/data/store-client';

/** A store that refuses every call with `error`. */
function refusing(error: DeskErrorData): StoreClient {
  return {
    send: () => Promise.reject(new StoreError(error)),
    setSessionToken: () => undefined,
    onSessionLost: () => () => undefined,
    subscribe: () => () => undefined,
    close: () => undefined,
  } as unknown as StoreClient;
}

describe('lockAware', () => {
  it('shows the lock screen when the store host locked the session, and not for an account locked out elsewhere', async () => {
    for (const [error, locks] of [
      [{ code: 'auth.screenLocked' }, true],
      // The password typed again that locked the account out: the store host locked this session too.
      [{ code: 'auth.locked', params: { minutes: 15, screenLocked: 1 } }, true],
      // Locked out by failed sign-ins elsewhere: this session stays open.
      [{ code: 'auth.locked', params: { minutes: 15 } }, false],
      [{ code: 'validation.failed' }, false],
    ] as const) {
      const onLocked = vi.fn();
      const { client } = lockAware(refusing(error), onLocked);
      await expect(client.send('auth.confirm', { password: 'x' })).rejects.toBeInstanceOf(StoreError);
      expect(onLocked, error.code).toHaveBeenCalledTimes(locks ? 1 : 0);
    }
  });
});
