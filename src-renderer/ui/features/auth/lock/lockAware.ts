import type { ChangeEvent } from '../../../../store/api';
import { RECONNECTED, StoreError, type StoreClient } from '../../../data/store-client';

export interface LockAwareClient {
  client: StoreClient;
  /** Tells every subscriber to query again (as after a store restart): what the app asked while locked was refused. */
  askAgain(): void;
}

/**
 * The store client as the signed-in app sees it: any call refused with `auth.screenLocked` (the
 * session was locked in another window, or before a reload) shows this window's lock screen too, as
 * does the password typed again that locked the account out (the store host locked the session).
 */
export function lockAware(store: StoreClient, onLocked: () => void): LockAwareClient {
  const listeners = new Set<(events: ChangeEvent[]) => void>();
  const client: StoreClient = {
    send(name, args) {
      return store.send(name, args).catch((error: unknown) => {
        if (error instanceof StoreError && (error.data.code === 'auth.screenLocked' || error.data.params?.screenLocked === 1)) onLocked();
        throw error;
      });
    },
    setSessionToken: (token) => store.setSessionToken(token),
    onSessionLost: (listener) => store.onSessionLost(listener),
    subscribe(listener) {
      listeners.add(listener);
      const stop = store.subscribe(listener);
      return () => {
        listeners.delete(listener);
        stop();
      };
    },
    close: () => store.close(),
  };
  return { client, askAgain: () => listeners.forEach((listener) => listener(RECONNECTED)) };
}
