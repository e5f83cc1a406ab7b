import { cleanup, render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { AppPrefs, Platform } from '../../../../src-renderer/platform';
import { DeskDb } from '../../../../src-renderer/store/db';
import { startStoreHost, type StoreHost } from '../../../../src-renderer/store/host';
import { Providers } from '../../../../src-renderer/ui/app/App';
import { createStoreClient, type StoreClient } from '../../../../src-renderer/ui/data/store-client';
import { initI18n, type Language } from '../../../../src-renderer/ui/i18n';

export interface Rendered extends RenderResult {
  /** The real store host behind the UI: read its database to check what was saved. */
  host: StoreHost;
  store: StoreClient;
  platform: Platform;
}

// jsdom has no FontFaceSet; Mantine's autosizing Textarea listens on it. (Belongs in test/unit/setup-ui.ts.)
if (!('fonts' in document)) {
  const noop = () => undefined;
  Object.defineProperty(document, 'fonts', { configurable: true, value: { addEventListener: noop, removeEventListener: noop, ready: Promise.resolve() } });
}

/** A platform that only connects to the in-test store host; everything else is inert. */
function fakePlatform(connect: (onPort: (port: MessagePort) => void) => void): Platform {
  let prefs: AppPrefs = { closeToTray: true, language: 'zh-CN' };
  return {
    kind: 'web',
    connectStore(onPort) {
      connect(onPort);
      return () => undefined;
    },
    reconnectStore: () => undefined,
    appInfo: async () => ({ version: '0.0.0-test', platform: 'test', userDataPath: 'memory', isPackaged: false }),
    notify: async () => undefined,
    onInAppNotice: () => () => undefined,
    print: async () => ({ status: 'cancelled' }),
    printReady: () => undefined,
    saveFile: async () => ({ status: 'cancelled' }),
    openFile: async () => ({ status: 'cancelled' }),
    getPrefs: async () => prefs,
    setPrefs: async (patch) => (prefs = { ...prefs, ...patch }),
    onNavigate: () => () => undefined,
  };
}

const teardowns: Array<() => Promise<void>> = [];

/**
 * Renders `ui` inside the app's Providers with a real store client talking
 * over a MessageChannel to a real store host on its own fake-indexeddb
 * database. Call `teardown()` after each test.
 */
export async function renderWithStore(ui: ReactElement, { language = 'zh-CN' }: { language?: Language } = {}): Promise<Rendered> {
  await initI18n(language);
  const name = `ui-test-${crypto.randomUUID()}`;
  const host = await startStoreHost(new DeskDb(name));
  const channel = new MessageChannel();
  const platform = fakePlatform((onPort) => {
    host.hub.open('ui', channel.port2);
    onPort(channel.port1);
  });
  const store = createStoreClient(platform);
  teardowns.push(async () => {
    store.close();
    host.hub.close('ui');
    host.db.close();
    await host.db.delete({ disableAutoOpen: true }).catch(() => undefined);
  });
  const result = render(
    <Providers platform={platform} store={store}>
      {ui}
    </Providers>,
  );
  return { ...result, host, store, platform };
}

/** Unmounts, then closes the ports and the database so the test run can exit. */
export async function teardown(): Promise<void> {
  cleanup();
  for (const close of teardowns.splice(0)) await close();
}
