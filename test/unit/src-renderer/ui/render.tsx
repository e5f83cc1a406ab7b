import { cleanup, configure, render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { AppPrefs, Platform } from '../../../../src-renderer/platform/types';
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
  /** Hands the client a new port, as main does after the store host restarted. */
  restartStore(): void;
}

// A real store host answers over real ports: on a busy machine that takes longer than RTL's default second.
configure({ asyncUtilTimeout: 15_000 });

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
 * database. `seed` fills the store before the first render. Call `teardown()`
 * after each test.
 */
export async function renderWithStore(
  ui: ReactElement,
  { language = 'zh-CN', seed }: { language?: Language; seed?: (host: StoreHost) => Promise<void> } = {},
): Promise<Rendered> {
  await initI18n(language);
  const name = `ui-test-${crypto.randomUUID()}`;
  const host = await startStoreHost(new DeskDb(name));
  // Seeded before the client connects, so the seed's change events do not reach the UI.
  await seed?.(host);
  let handOver: (port: MessagePort) => void = () => undefined;
  const connect = () => {
    const channel = new MessageChannel();
    // Opening the same connection id again drops the previous one, as a restarted store host would.
    host.hub.open('ui', channel.port2);
    handOver(channel.port1);
  };
  const platform = fakePlatform((onPort) => {
    handOver = onPort;
    connect();
  });
  const store = createStoreClient(platform);
  teardowns.push(async () => {
    store.close();
    // Lets queries still in flight finish before the database closes; later ones are refused quietly.
    await host.dispatcher.flush();
    host.hub.close('ui');
    await host.db.delete({ disableAutoOpen: true }).catch(() => undefined);
  });
  const result = render(
    <Providers platform={platform} store={store}>
      {ui}
    </Providers>,
  );
  return { ...result, host, store, platform, restartStore: connect };
}

/** Unmounts, then closes the ports and the database so the test run can exit. */
export async function teardown(): Promise<void> {
  cleanup();
  for (const close of teardowns.splice(0)) await close();
}
