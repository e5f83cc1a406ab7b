import { createPlatform } from '../platform';
import { createStoreClient, type StoreClient } from './data/store-client';
import { initialSessionToken } from './features/auth/session';
import { en } from './i18n/en';
import { zhCN } from './i18n/zh-CN';

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
  .catch((error: unknown) => {
    console.error('starting the app failed', error);
    showStartFailed();
  });

/**
 * The app's code could not be loaded: said plainly, in both languages (i18next is in that code; the two
 * message tables are small and come with this entry), with a way to try again.
 */
function showStartFailed(): void {
  const root = document.getElementById('root');
  if (!root) return;
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.style.cssText = 'font-family: sans-serif; margin: 4rem auto; max-width: 32rem; line-height: 1.6';
  const text = document.createElement('p');
  text.textContent = `${zhCN.app.startFailed.message} ${en.app.startFailed.message}`;
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = `${zhCN.app.startFailed.reload} ${en.app.startFailed.reload}`;
  reload.addEventListener('click', () => window.location.reload());
  box.append(text, reload);
  root.replaceChildren(box);
}
