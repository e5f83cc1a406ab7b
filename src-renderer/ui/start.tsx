import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Platform } from '../platform';
import { App } from './app/App';
import type { StoreClient } from './data/store-client';
import { initI18n } from './i18n';

/** Renders the app (see main.tsx, which connected to the store host first). */
export async function start(platform: Platform, store: StoreClient): Promise<void> {
  await initI18n();
  const root = document.getElementById('root');
  if (!root) throw new Error('missing #root');
  createRoot(root).render(
    <StrictMode>
      <App platform={platform} store={store} />
    </StrictMode>,
  );
}
