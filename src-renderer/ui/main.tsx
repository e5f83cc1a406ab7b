import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createPlatform } from '../platform';
import { App } from './app/App';
import { createStoreClient, type StoreClient } from './data/store-client';
import { initialSessionToken } from './features/auth/session';
import { initI18n } from './i18n';

declare global {
  interface Window {
    __desk?: { store: StoreClient; restartStore(): void };
  }
}

async function start(): Promise<void> {
  await initI18n();
  const platform = createPlatform();
  const store = createStoreClient(platform, { sessionToken: initialSessionToken() });
  // The browser harness lets benchmarks and end-to-end tests reach the typed store API.
  if (platform.kind === 'web') window.__desk = { store, restartStore: () => platform.reconnectStore() };
  const root = document.getElementById('root');
  if (!root) throw new Error('missing #root');
  createRoot(root).render(
    <StrictMode>
      <App platform={platform} store={store} />
    </StrictMode>,
  );
}

void start();
