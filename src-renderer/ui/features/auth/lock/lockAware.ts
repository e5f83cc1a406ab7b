import { StoreError, type StoreClient } from '../../../data/store-client';

/**
 * The store client as the signed-in app sees it: any call refused with `auth.screenLocked` (the
 * session was locked in another window, or before a reload) shows this window's lock screen too.
 */
export function lockAware(store: StoreClient, onLocked: () => void): StoreClient {
  return {
    send(name, args) {
      return store.send(name, args).catch((error: unknown) => {
        if (error instanceof StoreError && error.data.code === 'auth.screenLocked') onLocked();
        throw error;
      });
    },
    setSessionToken: (token) => store.setSessionToken(token),
    onSessionLost: (listener) => store.onSessionLost(listener),
    subscribe: (listener) => store.subscribe(listener),
    close: () => store.close(),
  };
}
