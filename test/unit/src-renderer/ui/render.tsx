import { cleanup, configure, render, waitFor, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { CaseRecord } from '../../../../src-renderer/domain/cases/case';
import type { Result } from '../../../../src-renderer/domain/common/errors';
import type { Actor } from '../../../../src-renderer/domain/users/user';
import type { AppPrefs, Platform } from '../../../../src-renderer/platform/types';
import { DEFAULT_APP_PREFS } from '../../../../src-main/core/contract';
import { DeskDb } from '../../../../src-renderer/store/db';
import { startStoreHost, type StoreHost } from '../../../../src-renderer/store/host';
import type { Session } from '../../../../src-renderer/store/rpc/define';
import { referralNoFor } from '../store/fixtures';
import { Providers } from '../../../../src-renderer/ui/app/App';
import { createStoreClient, type StoreClient } from '../../../../src-renderer/ui/data/store-client';
import { AuthGate } from '../../../../src-renderer/ui/features/auth/AuthGate';
import { initI18n, type Language } from '../../../../src-renderer/ui/i18n';

/** The accounts every rendered test starts with: the first-run administrator and one agent. */
export const ADMIN = { username: 'admin', name: '系统管理员', password: 'Desk2026ok' };
export const AGENT = { username: 'wangxiao', name: '王晓', role: 'agent', department: '客服中心', password: 'Agent2026ok' };

export interface Rendered extends RenderResult {
  /** The real store host behind the UI: read its database to check what was saved. */
  host: StoreHost;
  store: StoreClient;
  platform: Platform;
  /** The agent signed in in the UI. */
  actor: Actor;
  /** Dispatches on the store host as that agent, as another window of theirs would. */
  asAgent(name: string, args: unknown): Promise<Result<unknown>>;
  /** Hands the client a new port, as main does after the store host restarted. */
  restartStore(): void;
}

function expectOk<T>(result: Result<unknown>, what: string): T {
  if (!result.ok) throw new Error(`${what} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** First run on the host: the administrator sets up, then creates the agent. */
async function createAccounts(host: StoreHost): Promise<void> {
  const admin: Session = { actor: null, token: null };
  expectOk(await host.dispatcher.dispatch('auth.setup', { username: ADMIN.username, name: ADMIN.name, password: ADMIN.password }, admin), 'auth.setup');
  expectOk(await host.dispatcher.dispatch('users.save', AGENT, admin), 'users.save');
}

// A real store host answers over real ports: on a busy machine that takes longer than RTL's default second.
configure({ asyncUtilTimeout: 15_000 });

/** A platform that only connects to the in-test store host; everything else is inert. */
function fakePlatform(connect: (onPort: (port: MessagePort) => void) => void): Platform {
  let prefs: AppPrefs = { ...DEFAULT_APP_PREFS };
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
    chooseBackupFile: async () => ({ status: 'cancelled' }),
    downloadBlob: async () => undefined,
    getPrefs: async () => prefs,
    setPrefs: async (patch) => (prefs = { ...prefs, ...patch }),
    onNavigate: () => () => undefined,
  };
}

const teardowns: Array<() => Promise<void>> = [];

/**
 * Renders `ui` inside the app's Providers and sign-in gate, with a real store
 * client talking over a MessageChannel to a real store host on its own
 * fake-indexeddb database, signed in as an agent (see AGENT). `seed` fills the
 * store before the first render. Call `teardown()` after each test.
 */
export async function renderWithStore(
  ui: ReactElement,
  {
    language = 'zh-CN',
    prepare,
    seed,
    platform: overrides,
  }: {
    language?: Language;
    /** What the platform does besides the inert defaults (a browser-only method, a file picker's answer). */
    platform?: Partial<Platform>;
    /** Runs on the database before the store host opens it, as an earlier run of the app left it. */
    prepare?: (db: DeskDb) => Promise<void>;
    seed?: (host: StoreHost, asAgent: Rendered['asAgent']) => Promise<void>;
  } = {},
): Promise<Rendered> {
  const i18n = await initI18n(language);
  const name = `ui-test-${crypto.randomUUID()}`;
  const db = new DeskDb(name);
  await prepare?.(db);
  const host = await startStoreHost(db);
  await createAccounts(host);
  let handOver: (port: MessagePort) => void = () => undefined;
  const connect = () => {
    const channel = new MessageChannel();
    // Opening the same connection id again drops the previous one, as a restarted store host would.
    host.hub.open('ui', channel.port2);
    handOver(channel.port1);
  };
  const platform: Platform = {
    ...fakePlatform((onPort) => {
      handOver = onPort;
      connect();
    }),
    ...overrides,
  };
  const store = createStoreClient(platform);
  teardowns.push(async () => {
    host.stop();
    store.close();
    // Lets queries still in flight finish before the database closes; later ones are refused quietly.
    await host.dispatcher.flush();
    host.hub.close('ui');
    await host.db.delete({ disableAutoOpen: true }).catch(() => undefined);
  });
  // The agent signs in through the client, as the sign-in page does; the client re-attaches the session on every new port.
  const { actor, token } = await store.send('auth.signIn', { username: AGENT.username, password: AGENT.password });
  store.setSessionToken(token);
  // Another window of the same agent shares the session.
  const asAgent = (method: string, args: unknown) => host.dispatcher.dispatch(method, args, { actor, token });
  // Seeded before the UI renders; the UI reads the seeded data on its first queries.
  await seed?.(host, asAgent);
  const result = render(
    <Providers platform={platform} store={store}>
      <AuthGate>{ui}</AuthGate>
    </Providers>,
  );
  // The gate asks the store who is signed in before it shows the component.
  await waitFor(() => {
    if (result.queryByRole('status', { name: i18n.t('app.connecting') })) throw new Error('still signing in');
  });
  return { ...result, host, store, platform, actor, asAgent, restartStore: connect };
}

/** Unmounts, then closes the ports and the database so the test run can exit. */
export async function teardown(): Promise<void> {
  cleanup();
  for (const close of teardowns.splice(0)) await close();
}

/**
 * Registers a complaint through the store host, as another window would; the defaults pass
 * validation (a 12315 referral gets a work order number of its own unless one is given).
 */
export async function registerCase(send: Rendered['asAgent'], overrides: Record<string, unknown> = {}): Promise<CaseRecord> {
  const referral = referralNoFor(overrides);
  const result = await send('cases.register', {
    receivedAt: Date.now() - 60_000,
    channel: 'phone',
    customerName: '张三',
    phone: '13812345678',
    email: '',
    description: '快递丢件。',
    severity: 'general',
    ...referral,
    ...overrides,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as CaseRecord;
}
