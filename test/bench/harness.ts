/**
 * Shared plumbing of the benchmarks: serve the built web harness, open it in
 * headless Chromium, and time things with repeated runs.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
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

export interface Harness {
  page: Page;
  browser: Browser;
  server: PreviewServer;
  close(): Promise<void>;
}

export async function openHarness(): Promise<Harness> {
  const server = await preview({
    configFile: 'src-renderer/vite.web.config.mts',
    preview: { host: '127.0.0.1', port: 5299, strictPort: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server has no URL');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, '--enable-precise-memory-info'] });
  const page = await browser.newPage();
  // Settings shows no case data, so seeding measures the store, not React re-rendering a list.
  await page.goto(`${url}#/settings`);
  await page.waitForFunction(() => window.__desk !== undefined);
  // A fresh profile: the first-run administrator creates an agent, who then registers the cases.
  await page.evaluate(async () => {
    const { store } = window.__desk!;
    const password = 'Desk2026ok';
    await store.send('auth.setup', { username: 'admin', name: '基准管理员', password });
    await store.send('users.save', { username: 'bench', name: '基准客服', role: 'agent', department: '客服中心', active: true, password });
    const session = await store.send('auth.signIn', { username: 'bench', password });
    sessionStorage.setItem('complaint-desk:session', session.token);
  });
  // Reloaded, the UI resumes that session like after any reload.
  await page.reload();
  await page.waitForFunction(() => window.__desk !== undefined);
  await page.getByRole('navigation').waitFor();
  return {
    page,
    browser,
    server,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    },
  };
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
