import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createPlatform } from '../platform';
import { App } from './app/App';
import { createStoreClient } from './data/store-client';
import { initI18n } from './i18n';

async function start(): Promise<void> {
  await initI18n();
  const platform = createPlatform();
  const store = createStoreClient(platform);
  const root = document.getElementById('root');
  if (!root) throw new Error('missing #root');
  createRoot(root).render(
    <StrictMode>
      <App platform={platform} store={store} />
    </StrictMode>,
  );
}

void start();
