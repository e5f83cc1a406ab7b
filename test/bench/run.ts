/**
 * `npm run bench -- --cases 2000 --runs 9 --out bench.json`
 *
 * Measures the store host through its typed API in headless Chromium on real
 * IndexedDB, each figure beside a baseline measured in the same run:
 * - registerMs: one `cases.register` command (validation, numbering, audit, RPC)
 *   vs rawPutMs, one bare IndexedDB put transaction of the same record;
 * - listPageMs: the first 100 rows of the tracking list through the store API
 *   vs floorMs, the same 100 rows read straight from the index with a cursor;
 * - uiHeapMB: the UI page's JS heap with the list open vs a blank page's.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { loadComplaintTexts } from '../fixtures/reviews';
import { heapMB, openHarness, summarize, type Figure } from './harness';
import { makeRegistrations } from './generate';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '9' },
    out: { type: 'string', default: 'bench.json' },
  },
});
const cases = Number(values.cases);
const runs = Number(values.runs);

async function main(): Promise<void> {
  const harness = await openHarness();
  const { page } = harness;
  try {
    const registrations = makeRegistrations(loadComplaintTexts(), cases, Date.now());

    // Seed through the real command, in batches so the page is never handed 100k objects at once.
    const seedStart = performance.now();
    const registerSamples: number[] = [];
    for (let i = 0; i < registrations.length; i += 500) {
      const batch = registrations.slice(i, i + 500);
      const timings = await page.evaluate(async (inputs) => {
        const out: number[] = [];
        for (const input of inputs) {
          const t0 = performance.now();
          await window.__desk!.store.send('cases.register', input);
          out.push(performance.now() - t0);
        }
        return out;
      }, batch);
      registerSamples.push(...timings);
    }
    const seedMs = performance.now() - seedStart;

    const rawPutSamples = await page.evaluate(
      async ({ inputs }) => {
        const open = indexedDB.open('bench-floor', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('cases', { keyPath: 'id' });
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const out: number[] = [];
        for (const input of inputs) {
          const t0 = performance.now();
          await new Promise<void>((resolve, reject) => {
            const tx = db.transaction('cases', 'readwrite', { durability: 'strict' });
            tx.objectStore('cases').put({ ...input, id: crypto.randomUUID() });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          });
          out.push(performance.now() - t0);
        }
        db.close();
        return out;
      },
      { inputs: registrations.slice(0, Math.min(500, registrations.length)) },
    );

    // The floor reads the store's own database directly, opened once outside the timing.
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('complaint-desk');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      (window as unknown as { __floorDb: IDBDatabase }).__floorDb = db;
    });
    const listSamples: number[] = [];
    const floorSamples: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      listSamples.push(
        await page.evaluate(async () => {
          const t0 = performance.now();
          await window.__desk!.store.send('cases.list', { limit: 100 });
          return performance.now() - t0;
        }),
      );
      floorSamples.push(
        await page.evaluate(async () => {
          const db = (window as unknown as { __floorDb: IDBDatabase }).__floorDb;
          const t0 = performance.now();
          const rows: unknown[] = [];
          await new Promise<void>((resolve, reject) => {
            const index = db.transaction('cases', 'readonly').objectStore('cases').index('[receivedAt+id]');
            const request = index.openCursor(null, 'prev');
            request.onsuccess = () => {
              const cursor = request.result;
              if (!cursor || rows.length >= 100) return resolve();
              rows.push(cursor.value);
              cursor.continue();
            };
            request.onerror = () => reject(request.error);
          });
          return performance.now() - t0;
        }),
      );
    }

    await page.goto(page.url().replace(/#.*$/, '#/tracking'));
    await page.getByTestId('case-count').waitFor();
    const uiHeap = await heapMB(page);
    const blank = await harness.browser.newPage();
    await blank.goto('about:blank');
    const blankHeap = await heapMB(blank);

    const figures: Record<string, { value: Figure | number; baseline: { name: string; value: Figure | number } }> = {
      registerMs: { value: summarize(registerSamples), baseline: { name: 'rawPutMs', value: summarize(rawPutSamples) } },
      listPageMs: { value: summarize(listSamples), baseline: { name: 'floorMs', value: summarize(floorSamples) } },
      uiHeapMB: { value: uiHeap, baseline: { name: 'blankPageHeapMB', value: blankHeap } },
    };
    const result = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version },
      cases,
      runs,
      seedMs: Math.round(seedMs),
      figures,
    };
    writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);

    const show = (v: Figure | number) => (typeof v === 'number' ? `${v}` : `${v.median} (min ${v.min}, max ${v.max})`);
    console.log(`\nComplaint Desk bench — ${cases} cases, ${runs} runs, seed ${result.seedMs} ms\n`);
    console.table(
      Object.fromEntries(
        Object.entries(figures).map(([name, f]) => [name, { value: show(f.value), baseline: `${f.baseline.name} ${show(f.baseline.value)}` }]),
      ),
    );
    console.log(`written to ${values.out}`);
  } finally {
    await harness.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
