/**
 * Loads demo cases into an open desk through the store API (`demo.seed`), in
 * chunks of 2,000 cases, one transaction each: what the benchmark times as
 * `seedMs` and what `npm run seed` runs.
 */
import type { Page } from '@playwright/test';
import { demoChunks } from '../../src-renderer/domain/demo/chunks';
import { ADMIN } from './harness';

export interface SeedOptions {
  count: number;
  /** Complaint texts (see test/fixtures/reviews.ts); each chunk sends a window of them. */
  texts: readonly string[];
  seed?: number;
  onProgress?: (done: number, count: number) => void;
  /** Who runs `demo.seed` when the page is not signed in as an administrator. */
  admin?: { username: string; password: string };
}

export interface SeedResult {
  created: number;
  /** Cases in the store afterwards. */
  total: number;
  ms: number;
}

interface PageWithTexts {
  __demoTexts?: string[];
}

export async function seedDemoCases(page: Page, { count, texts, seed = 2026, onProgress, admin = ADMIN }: SeedOptions): Promise<SeedResult> {
  const started = performance.now();
  // The texts cross into the page once; each chunk then names its window.
  await page.evaluate((all) => void ((window as PageWithTexts).__demoTexts = all), [...texts]);
  // demo.seed is the administrator's: a page signed in as someone else switches for the run and resumes its session after.
  const previous = await page.evaluate(async (credentials) => {
    const { store } = window.__desk!;
    const status = await store.send('auth.status', {});
    if (status.actor?.role === 'admin') return null;
    await store.send('auth.signIn', credentials);
    return sessionStorage.getItem('complaint-desk:session');
  }, admin);
  let created = 0;
  let total = 0;
  try {
    for (const chunk of demoChunks(count, texts.length)) {
      const result = await page.evaluate(
        ({ chunk, seed }) =>
          window.__desk!.store.send('demo.seed', {
            count: chunk.count,
            startIndex: chunk.startIndex,
            seed,
            texts: (window as PageWithTexts).__demoTexts!.slice(chunk.textsFrom, chunk.textsTo),
          }),
        { chunk, seed },
      );
      created += result.created;
      total = result.total;
      onProgress?.(created, count);
    }
  } finally {
    await page.evaluate(async (token) => {
      delete (window as PageWithTexts).__demoTexts;
      if (token) await window.__desk!.store.send('auth.resume', { token });
    }, previous);
  }
  return { created, total, ms: performance.now() - started };
}
