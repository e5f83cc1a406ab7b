/**
 * Finding and launching the Electron build for the `_electron` specs.
 * The electron package is never required here: requiring it downloads the
 * binary when it is missing, and these specs must skip instead.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { _electron, test, type ElectronApplication, type Page } from '@playwright/test';

// Playwright loads these files as CommonJS (package.json has no "type": "module").
export const root = resolve(__dirname, '../..');
const electronDir = join(root, 'node_modules/electron');

export type ElectronBinary = { executable: string; missing?: undefined } | { executable?: undefined; missing: string };

/** The Electron executable as node_modules/electron would pick it, or why there is none. */
export function findElectron(env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  const pathFile = join(electronDir, 'path.txt');
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const executable = join(override, name || 'electron');
    return existsSync(executable) ? { executable } : { missing: `${executable} does not exist (ELECTRON_OVERRIDE_DIST_PATH)` };
  }
  if (!name) return { missing: `${relative(root, pathFile)} is missing; \`npx install-electron\` downloads the binary` };
  const executable = join(electronDir, 'dist', name);
  return existsSync(executable) ? { executable } : { missing: `${relative(root, executable)} does not exist` };
}

/** Electron needs a display on Linux; without one the specs cannot run. */
export function missingDisplay(env: NodeJS.ProcessEnv = process.env): string | null {
  if (process.platform !== 'linux' || env.DISPLAY || env.WAYLAND_DISPLAY) return null;
  return 'no DISPLAY on Linux (run under xvfb-run)';
}

export function tempUserData(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'complaint-desk-e2e-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Launches the built app (out/) on its own profile directory. */
export async function launchDesk(executable: string, userDataDir: string): Promise<ElectronApplication> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  delete env.ELECTRON_RUN_AS_NODE;
  env.COMPLAINT_DESK_USER_DATA = userDataDir;
  return _electron.launch({
    executablePath: executable,
    args: [root],
    cwd: root,
    env,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    timeout: 60_000,
  });
}

export interface AppPerTest {
  /** This test's profile directory (the app's user data). */
  readonly profileDir: string;
  /** Launches the built app on this test's profile; the test ends it with `quit()`, or the block's `afterEach` does. */
  launch(): Promise<ElectronApplication>;
  /** The app this test launched; throws when none is running. */
  running(): ElectronApplication;
  /** Closes the running app; its profile stays for a later `launch()`. */
  quit(): Promise<void>;
}

/**
 * For a `test.describe` block whose tests each start the app on a fresh profile. Call it in the
 * block's body: it skips the block where Electron cannot start here (no binary, no display), gives
 * each test a new profile directory, and after each test closes the app if it still runs and
 * removes the profile.
 */
export function appPerTest(): AppPerTest {
  const electron = findElectron();
  const display = missingDisplay();
  test.skip(!electron.executable, `Electron binary not installed: ${electron.missing}`);
  test.skip(!!electron.executable && display !== null, `Electron cannot start: ${display}`);

  let app: ElectronApplication | undefined;
  let profile: ReturnType<typeof tempUserData> | undefined;
  test.beforeEach(() => {
    profile = tempUserData();
  });
  test.afterEach(async () => {
    await app?.close().catch(() => undefined);
    app = undefined;
    profile?.remove();
    profile = undefined;
  });

  const profileDir = () => {
    if (!profile) throw new Error('no profile: appPerTest() serves the tests of its describe block');
    return profile.dir;
  };
  return {
    get profileDir() {
      return profileDir();
    },
    async launch() {
      if (app) throw new Error('the app is already running');
      app = await launchDesk(electron.executable ?? '', profileDir());
      return app;
    },
    running() {
      if (!app) throw new Error('the app is not running');
      return app;
    },
    async quit() {
      const closing = app;
      app = undefined;
      await closing?.close();
    },
  };
}

const isPage = (page: string) => (url: string) => new RegExp(`/${page}\\.html(#.*)?$`).test(url);
export const isUiUrl = isPage('index');
export const isStoreHostUrl = isPage('store-host');

/**
 * The UI window. The hidden store-host window is created first, so the first
 * window Playwright sees is not necessarily the UI.
 */
export async function uiWindow(app: ElectronApplication, timeoutMs = 30_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const page = app.windows().find((w) => isUiUrl(w.url()));
    if (page) {
      await page.waitForLoadState('domcontentloaded');
      return page;
    }
    if (Date.now() > deadline) throw new Error(`no UI window; windows: ${app.windows().map((w) => w.url()).join(', ')}`);
    await app.waitForEvent('window', { timeout: 1000 }).catch(() => undefined);
  }
}

/** The webContents id of the running store host, or null while none is loaded. */
export function storeHostId(app: ElectronApplication): Promise<number | null> {
  return app.evaluate(({ BrowserWindow }) => {
    const host = BrowserWindow.getAllWindows().find(
      (w) => !w.isDestroyed() && /\/store-host\.html$/.test(w.webContents.getURL()),
    );
    if (!host || host.webContents.isCrashed() || host.webContents.isLoading()) return null;
    return host.webContents.id;
  });
}

/** Kills the store host's renderer process, as a crash would. Returns the crashed webContents id. */
export function crashStoreHost(app: ElectronApplication): Promise<number> {
  return app.evaluate(({ BrowserWindow }) => {
    const host = BrowserWindow.getAllWindows().find(
      (w) => !w.isDestroyed() && /\/store-host\.html$/.test(w.webContents.getURL()),
    );
    if (!host) throw new Error('no store-host window');
    const id = host.webContents.id;
    host.webContents.forcefullyCrashRenderer();
    return id;
  });
}
