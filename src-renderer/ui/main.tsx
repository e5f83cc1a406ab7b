import { createPlatform } from '../platform';
import { createStoreClient, type StoreClient } from './data/store-client';
import { initialSessionToken } from './features/auth/session';

declare global {
  interface Window {
    __desk?: { store: StoreClient; restartStore(): void };
  }
}

// The store host is reached first (in the browser harness its Web Worker starts here): it opens the
// database while the app's own code — React, Mantine, the pages — loads and compiles in `start`.
const platform = createPlatform();
const store = createStoreClient(platform, { sessionToken: initialSessionToken() });
// The browser harness lets benchmarks and end-to-end tests reach the typed store API.
if (platform.kind === 'web') window.__desk = { store, restartStore: () => platform.reconnectStore() };

import('./start')
  .then(({ start }) => start(platform, store))
  .catch((error: unknown) => console.error('starting the app failed', error));
