/**
 * The tracking-table measurements, each beside its baseline, run in the page
 * of the web harness against the store host (a Worker) on real IndexedDB.
 */
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { TrackingFilterInput, TrackingQueryInput } from '../../src-renderer/domain/tracking/query';

const DAY = 86_400_000;

/** Runs `sample(run)` `runs` times in the page and returns the milliseconds. */
export async function timeInPage<A>(page: Page, runs: number, body: (arg: A & { run: number }) => Promise<unknown>, arg: A): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    samples.push(
      await page.evaluate(
        async ({ source, input }) => {
          // The body is our own function, shipped as text (page.evaluate takes one function).
          const fn = new Function(`return (${source})`)() as (a: unknown) => Promise<unknown>;
          const t0 = performance.now();
          await fn(input);
          return performance.now() - t0;
        },
        { source: body.toString(), input: { ...arg, run } },
      ),
    );
  }
  return samples;
}

/** The filtered query of `firstPageMs`: a category, the open working stages and the last year, newest first. */
export function firstPageQuery(now: number, run: number): TrackingQueryInput {
  return {
    filter: {
      categories: ['logistics'],
      statuses: ['verifying', 'grading', 'planning', 'executing', 'feedback', 'closed'],
      receivedFrom: now - 365 * DAY,
      // A different end each run, so no run is answered from the previous run's snapshot.
      receivedTo: now - run,
      archived: 'all',
    },
    sort: { key: 'receivedAt', dir: 'desc' },
  };
}

export async function measureFirstPage(page: Page, runs: number, now: number) {
  const ids: string[] = [];
  const samples = await timeInPage(
    page,
    runs,
    async ({ queries, run }: { queries: unknown[]; run: number }) => {
      const answer = await window.__desk!.store.send('tracking.rows', { query: queries[run] as TrackingQueryInput, count: 100 });
      (window as unknown as { __lastIds: string[] }).__lastIds = answer.rows.map((r) => r.id);
    },
    { queries: Array.from({ length: runs }, (_, run) => firstPageQuery(now, run)) },
  );
  ids.push(...(await page.evaluate(() => (window as unknown as { __lastIds: string[] }).__lastIds)));
  return { samples, ids };
}

/** Opens the store's own database in the page once, outside any timing. */
export async function openRawDb(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('complaint-desk');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    (window as unknown as { __rawDb: IDBDatabase }).__rawDb = db;
  });
}

/**
 * The physical floor: the same 100 rows read straight from IndexedDB, once by
 * primary key in one transaction and once as one contiguous range of the
 * `[receivedAt+id]` index; per run, the faster of the two.
 */
export async function measureFloor(page: Page, runs: number, ids: string[]): Promise<number[]> {
  const byKey = await timeInPage(
    page,
    runs,
    async ({ ids }: { ids: string[] }) => {
      const db = (window as unknown as { __rawDb: IDBDatabase }).__rawDb;
      const store = db.transaction('cases', 'readonly').objectStore('cases');
      await Promise.all(
        ids.map(
          (id) =>
            new Promise((resolve, reject) => {
              const request = store.get(id);
              request.onsuccess = () => resolve(request.result);
              request.onerror = () => reject(request.error);
            }),
        ),
      );
    },
    { ids },
  );
  const byRange = await timeInPage(
    page,
    runs,
    async () => {
      const db = (window as unknown as { __rawDb: IDBDatabase }).__rawDb;
      const index = db.transaction('cases', 'readonly').objectStore('cases').index('[receivedAt+id]');
      await new Promise((resolve, reject) => {
        const request = index.getAll(null, 100);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    },
    {},
  );
  return byKey.map((ms, n) => Math.min(ms, byRange[n]!));
}

/** Loads Dexie's own UMD build into the page, as a typical Dexie app would have it. */
export async function loadDexie(page: Page): Promise<void> {
  const require = createRequire(import.meta.url);
  // Served from the page's own origin: the harness's Content-Security-Policy allows no inline scripts.
  await page.route('**/__bench/dexie.js', (route) => route.fulfill({ path: require.resolve('dexie/dist/dexie.js'), contentType: 'text/javascript' }));
  await page.addScriptTag({ url: '/__bench/dexie.js' });
}

/** How a typical Dexie app answers the same query: `filter()` + `toArray()`, then sort and count in JS. */
export async function measureNaive(page: Page, runs: number, now: number, text = ''): Promise<number[]> {
  return timeInPage(
    page,
    runs,
    async ({ query, text }: { query: TrackingQueryInput; text: string }) => {
      const DexieClass = (window as unknown as { Dexie: new (name: string) => { open(): Promise<unknown>; table(name: string): any } }).Dexie;
      const w = window as unknown as { __naiveDb?: { table(name: string): any } };
      if (!w.__naiveDb) {
        const db = new DexieClass('complaint-desk');
        await db.open();
        w.__naiveDb = db;
      }
      const f = query.filter!;
      const statuses = new Set<string>(f.statuses ?? []);
      const categories = new Set<string>(f.categories ?? []);
      const rows: { receivedAt: number; id: string }[] = await w
        .__naiveDb!.table('cases')
        .filter(
          (c: { status: string; category: string | null; receivedAt: number; description: string }) =>
            (statuses.size === 0 || statuses.has(c.status)) &&
            (categories.size === 0 || (c.category !== null && categories.has(c.category))) &&
            c.receivedAt >= (f.receivedFrom ?? -Infinity) &&
            c.receivedAt < (f.receivedTo ?? Infinity) &&
            (text === '' || c.description.includes(text)),
        )
        .toArray();
      rows.sort((a, b) => b.receivedAt - a.receivedAt || (a.id < b.id ? -1 : 1));
      return { total: rows.length, page: rows.slice(0, 100) };
    },
    { query: firstPageQuery(now, 0), text },
  );
}

export interface Search {
  name: string;
  text: string;
  filter: TrackingFilterInput;
}

/** A two- and a four-character query, each with one filter. */
export const SEARCHES: readonly Search[] = [
  { name: 'search2Ms', text: '配送', filter: { statuses: ['executing', 'feedback', 'closed'] } },
  { name: 'search4Ms', text: '客服态度', filter: { severities: ['general', 'serious'] } },
];

export async function measureSearch(page: Page, runs: number, now: number, search: Search): Promise<number[]> {
  return timeInPage(
    page,
    runs,
    async ({ queries, run }: { queries: TrackingQueryInput[]; run: number }) => {
      await window.__desk!.store.send('tracking.rows', { query: queries[run]!, count: 100 });
    },
    {
      queries: Array.from(
        { length: runs },
        (_, run): TrackingQueryInput => ({ filter: { ...search.filter, text: search.text, archived: 'all', receivedTo: now + DAY - run } }),
      ),
    },
  );
}

/**
 * Scrolling deep into the whole table: consecutive windows of 100 from row
 * `from` on, against the offset scan (`cursor.advance`) a Dexie `offset()` does.
 */
export async function measureScroll(page: Page, runs: number, from: number) {
  const query: TrackingQueryInput = { filter: { archived: 'all' }, sort: { key: 'receivedAt', dir: 'desc' } };
  await page.evaluate((q) => window.__desk!.store.send('tracking.rows', { query: q, count: 100 }), query);
  const window_ = await timeInPage(
    page,
    runs,
    async ({ query, from, run }: { query: TrackingQueryInput; from: number; run: number }) => {
      await window.__desk!.store.send('tracking.rows', { query, start: from + run * 100, count: 100 });
    },
    { query, from },
  );
  const offset = await timeInPage(
    page,
    runs,
    async ({ from, run }: { from: number; run: number }) => {
      const db = (window as unknown as { __rawDb: IDBDatabase }).__rawDb;
      const index = db.transaction('cases', 'readonly').objectStore('cases').index('[receivedAt+id]');
      await new Promise<void>((resolve, reject) => {
        const rows: unknown[] = [];
        let skipped = false;
        const request = index.openCursor(null, 'prev');
        request.onsuccess = () => {
          const cursor = request.result;
          if (!cursor || rows.length >= 100) return resolve();
          if (!skipped && from + run * 100 > 0) {
            skipped = true;
            return cursor.advance(from + run * 100);
          }
          rows.push(cursor.value);
          cursor.continue();
        };
        request.onerror = () => reject(request.error);
      });
    },
    { from },
  );
  return { window: window_, offset };
}

/** Every case read straight from IndexedDB in chunks: what building the index cannot go below. */
export async function measureFullRead(page: Page): Promise<number> {
  const [ms] = await timeInPage(
    page,
    1,
    async () => {
      const db = (window as unknown as { __rawDb: IDBDatabase }).__rawDb;
      let last: IDBValidKey | null = null;
      for (;;) {
        const chunk: unknown[] = await new Promise((resolve, reject) => {
          const range = last === null ? null : IDBKeyRange.lowerBound(last, true);
          const request = db.transaction('cases', 'readonly').objectStore('cases').getAll(range, 5000);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        if (chunk.length < 5000) break;
        last = (chunk.at(-1) as { id: string }).id;
      }
    },
    {},
  );
  return ms!;
}

/** The store host restarted (as after a crash or at launch): until its index is built and the first window answered. */
export async function measureIndexBuild(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const desk = window.__desk!;
    const t0 = performance.now();
    desk.restartStore();
    for (;;) {
      try {
        await desk.store.send('tracking.rows', { query: {}, count: 100 });
        return performance.now() - t0;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  });
}
