/**
 * Shared plumbing of the benchmark and the demo-data seeding: serve the built
 * web harness, open it in headless Chromium (a throw-away or a persistent
 * profile), sign in, and time things with repeated runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { preview, type PreviewServer } from 'vite';
import { chromiumArgs, chromiumPath } from '../../playwright.config';

export interface Figure {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarize(samples: number[]): Figure {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const round = (n: number) => Math.round(n * 100) / 100;
  return { median: round(median), min: round(sorted[0]!), max: round(sorted.at(-1)!), runs: sorted.length };
}

/** The first-run administrator a fresh profile gets (the same as the e2e tests'). */
export const ADMIN = { username: 'admin', name: '系统管理员', password: 'Desk2026ok' } as const;

/** A colleague to sign in as instead of the administrator; created by the administrator when missing. */
export interface DeskUser {
  username: string;
  name: string;
  role: 'agent' | 'supervisor' | 'director' | 'ops_director' | 'legal';
  department: string;
  password: string;
}

export interface DeskOptions {
  /** A persistent Chromium profile (its IndexedDB survives); a throw-away profile when absent. */
  profileDir?: string;
  /** IndexedDB belongs to the origin: a persistent profile needs the same port every time. */
  port?: number;
  strictPort?: boolean;
  /** Who the page is signed in as; the administrator when absent. */
  user?: DeskUser;
  /** Extra Chromium flags. */
  args?: string[];
}

export interface Desk {
  page: Page;
  context: BrowserContext;
  /** Null for a persistent profile (Playwright has no browser object for it). */
  browser: Browser | null;
  server: PreviewServer;
  url: string;
  close(): Promise<void>;
}

/** Serves `dist-web` (built by `npm run build:web`) with vite preview. */
async function serve(port: number, strictPort: boolean): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    configFile: 'src-renderer/vite.web.config.mts',
    preview: { host: '127.0.0.1', port, strictPort },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server has no URL');
  return { server, url };
}

/**
 * Signs the page's store connection in: a fresh profile first gets its
 * administrator, who creates `user` when it is missing. The session is kept
 * in sessionStorage, so the UI resumes it after the reload, like after any reload.
 */
async function signIn(page: Page, user: DeskUser | undefined): Promise<void> {
  await page.evaluate(
    async ({ admin, user }) => {
      const { store } = window.__desk!;
      const status = await store.send('auth.status', {});
      if (status.needsSetup) await store.send('auth.setup', { username: admin.username, name: admin.name, password: admin.password });
      else await store.send('auth.signIn', { username: admin.username, password: admin.password });
      if (user) {
        const users = await store.send('users.list', {});
        if (!users.some((u) => u.username === user.username)) await store.send('users.save', { ...user, active: true });
      }
      const signedIn = await store.send('auth.signIn', user ?? admin);
      sessionStorage.setItem('complaint-desk:session', signedIn.token);
    },
    { admin: ADMIN, user },
  );
}

/** Serves and opens the desk in headless Chromium, signed in, on the settings page. */
export async function openDesk(options: DeskOptions = {}): Promise<Desk> {
  const { server, url } = await serve(options.port ?? 5299, options.strictPort ?? false);
  const launch = { executablePath: chromiumPath, args: [...chromiumArgs, ...(options.args ?? [])], headless: true };
  let context: BrowserContext;
  let browser: Browser | null = null;
  try {
    if (options.profileDir) {
      context = await chromium.launchPersistentContext(options.profileDir, launch);
    } else {
      browser = await chromium.launch(launch);
      context = await browser.newContext();
    }
  } catch (error) {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    throw error;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const close = async () => {
    await context.close();
    await browser?.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  };
  try {
    // Settings shows no case data, so seeding measures the store, not React re-rendering a list.
    await page.goto(`${url}#/settings`);
    await page.waitForFunction(() => window.__desk !== undefined);
    await signIn(page, options.user);
    await page.reload();
    await page.waitForFunction(() => window.__desk !== undefined);
    await page.getByRole('navigation').waitFor();
  } catch (error) {
    await close();
    throw error;
  }
  return { page, context, browser, server, url, close };
}

export interface Harness {
  page: Page;
  context: BrowserContext;
  server: PreviewServer;
  close(): Promise<void>;
}

/**
 * Where the bench's IndexedDB lives. `disk` (the default): a persistent profile in a temporary
 * folder, removed on close — IndexedDB on disk, as the desktop app keeps it in its user-data
 * folder. `memory`: a throw-away (incognito) context, whose IndexedDB Chromium keeps in memory,
 * about twice as fast to write and with a quota that 200,000 cases exceed; the figures before
 * 2026-12-04 were measured so.
 */
export type BenchStorage = 'disk' | 'memory';

/** The benchmark's desk: a fresh profile, signed in as an agent (`bench`), precise memory figures on. */
export async function openHarness(storage: BenchStorage = 'disk'): Promise<Harness> {
  const profileDir = storage === 'disk' ? mkdtempSync(join(tmpdir(), 'complaint-desk-bench-')) : undefined;
  const removeProfile = () => profileDir && rmSync(profileDir, { recursive: true, force: true });
  let desk: Desk;
  try {
    desk = await openDesk({
      user: { username: 'bench', name: '基准客服', role: 'agent', department: '客服中心', password: ADMIN.password },
      args: ['--enable-precise-memory-info'],
      ...(profileDir ? { profileDir } : {}),
    });
  } catch (error) {
    removeProfile();
    throw error;
  }
  const close = async () => {
    try {
      await desk.close();
    } finally {
      removeProfile();
    }
  };
  return { page: desk.page, context: desk.context, server: desk.server, close };
}

/** JS heap in use by the page, in MB, after a forced garbage collection. */
export async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  return Math.round((used / 1024 / 1024) * 10) / 10;
}
