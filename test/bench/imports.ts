/**
 * `importRowsPerSec`: a CSV of historical complaints (real complaint texts) imported through the
 * store API in the web harness — analyze → check → start → progress until done — as the
 * administrator, on real IndexedDB. Beside it, measured in the same page and run:
 * - `readTableMs`, the parse alone (our reader, bundled for the page), against `papaParseMs`,
 *   decoding plus papaparse on the same bytes: what a general-purpose parser costs;
 * - `registerRowsPerSec`, cases registered one `cases.register` command at a time: the rate the
 *   import's chunked transactions exist to beat;
 * - `rawWriteRowsPerSec`, the floor: the imported case records written again, with plain
 *   IndexedDB calls and no application code, into a scratch database with the same `cases`
 *   indexes, in batches of the import's size and relaxed durability. The import cannot be faster
 *   than that on the machine and in the run it was measured in.
 */
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { build } from 'vite';
import type { Channel, Severity } from '../../src-renderer/domain/cases/vocabulary';
import { IMPORT_CHUNK_ROWS } from '../../src-renderer/domain/imports/job';
import { ADMIN } from './harness';
import { makeRegistrations } from './generate';
import { timeInPage } from './tracking';

const CHANNEL_ZH: Record<Channel, string> = {
  phone: '电话',
  email: '邮件',
  online_chat: '在线客服',
  app: '小程序',
  social_media: '社交媒体',
  letter: '信函',
  walk_in: '现场',
  regulator_12315: '12315转办',
  other: '其他',
};
const SEVERITY_ZH: Record<Severity, string> = { general: '一般', serious: '严重', major: '重大' };

const pad = (n: number) => String(n).padStart(2, '0');
const local = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};
const csvCell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** A 12315-style export of `rows` complaints, UTF-8 with BOM as Excel saves "CSV UTF-8". */
export function makeImportCsv(texts: string[], rows: number, now: number): Uint8Array {
  const lines = ['原系统编号,受理时间,投诉渠道,投诉人,联系电话,电子邮箱,投诉内容,严重程度'];
  makeRegistrations(texts, rows, now, 8).forEach((r, i) => {
    lines.push(
      [
        `HIS-${String(i + 1).padStart(7, '0')}`,
        local(r.receivedAt as number),
        CHANNEL_ZH[r.channel as Channel],
        r.customerName ?? '',
        r.phone ?? '',
        r.email ?? '',
        r.description ?? '',
        SEVERITY_ZH[r.severity as Severity],
      ]
        .map((c) => csvCell(String(c)))
        .join(','),
    );
  });
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

interface BenchWindow {
  __importCsv?: Uint8Array<ArrayBuffer>;
  __imports?: { readTable(name: string, data: Uint8Array): { rows: unknown[] } };
  Papa?: { parse(text: string, options: object): { data: unknown[] } };
}

/** Serves the CSV, our reader (bundled by Vite) and papaparse from the page's own origin (its CSP allows no inline scripts). */
async function loadIntoPage(page: Page, csv: Uint8Array): Promise<void> {
  const require = createRequire(import.meta.url);
  const built = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: require.resolve('../../src-renderer/domain/imports/table.ts'), formats: ['iife'], name: '__imports', fileName: 'imports' },
    },
  });
  const output = (Array.isArray(built) ? built[0] : built) as { output: { type: string; code?: string }[] };
  const code = output.output.find((chunk) => chunk.type === 'chunk')?.code;
  if (!code) throw new Error('bench: the import reader did not bundle');
  await page.route('**/__bench/imports.js', (route) => route.fulfill({ body: code, contentType: 'text/javascript' }));
  await page.route('**/__bench/papaparse.js', (route) => route.fulfill({ path: require.resolve('papaparse/papaparse.min.js'), contentType: 'text/javascript' }));
  await page.route('**/__bench/import.csv', (route) => route.fulfill({ body: Buffer.from(csv), contentType: 'text/csv' }));
  await page.addScriptTag({ url: '/__bench/imports.js' });
  await page.addScriptTag({ url: '/__bench/papaparse.js' });
  await page.evaluate(async () => {
    const response = await fetch('/__bench/import.csv');
    (window as BenchWindow).__importCsv = new Uint8Array(await response.arrayBuffer());
  });
}

export interface ImportFigures {
  rows: number;
  imported: number;
  totalMs: number;
  analyzeMs: number;
  checkMs: number;
  jobMs: number;
  rowsPerSec: number;
  readTableMs: number[];
  papaParseMs: number[];
  registerRowsPerSec: number;
  rawWriteRowsPerSec: number;
}

/**
 * Reads the desk's case records (by the bench's raw connection, `openRawDb`) and times writing
 * them into a scratch database that has the same `cases` indexes, `batch` records a transaction.
 */
async function measureRawWrite(page: Page, batch: number): Promise<number> {
  // No named functions in here: tsx would wrap them in a helper the page does not have.
  return page.evaluate(async (batch) => {
    const source = (window as unknown as { __rawDb: IDBDatabase }).__rawDb;
    const records: { id: string }[] = [];
    for (let last: string | null = null; ; ) {
      const request = source
        .transaction('cases', 'readonly')
        .objectStore('cases')
        .getAll(last === null ? null : IDBKeyRange.lowerBound(last, true), 10_000);
      const chunk = await new Promise<{ id: string }[]>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result as { id: string }[]);
        request.onerror = () => reject(request.error);
      });
      records.push(...chunk);
      if (chunk.length < 10_000) break;
      last = chunk.at(-1)!.id;
    }
    const shape = source.transaction('cases', 'readonly').objectStore('cases');
    const indexes = [...shape.indexNames].map((name) => {
      const index = shape.index(name);
      return { name, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
    });
    const name = `bench-raw-write-${crypto.randomUUID()}`;
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore('cases', { keyPath: shape.keyPath });
      for (const index of indexes) store.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
    };
    const target = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const t0 = performance.now();
    for (let start = 0; start < records.length; start += batch) {
      const transaction = target.transaction('cases', 'readwrite', { durability: 'relaxed' });
      const store = transaction.objectStore('cases');
      for (const record of records.slice(start, start + batch)) store.add(record);
      await new Promise<void>((resolve, reject) => {
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
    }
    const ms = performance.now() - t0;
    target.close();
    const removal = indexedDB.deleteDatabase(name);
    await new Promise<void>((resolve) => (removal.onsuccess = removal.onerror = () => resolve()));
    return Math.round((records.length / ms) * 1000);
  }, batch);
}

/** Registers `count` cases one command at a time, as the bench agent; returns cases per second. */
async function measureRegister(page: Page, texts: string[], count: number, now: number): Promise<number> {
  const inputs = makeRegistrations(texts, count, now, 99);
  const ms = await page.evaluate(async (all) => {
    const t0 = performance.now();
    for (const input of all) await window.__desk!.store.send('cases.register', input);
    return performance.now() - t0;
  }, inputs);
  return (count / ms) * 1000;
}

export async function measureImport(page: Page, options: { texts: string[]; rows: number; runs: number; now: number }): Promise<ImportFigures> {
  const { texts, rows, runs, now } = options;
  await loadIntoPage(page, makeImportCsv(texts, rows, now));
  const readTableMs = await timeInPage(page, runs, async () => void (window as BenchWindow).__imports!.readTable('历史投诉.csv', (window as BenchWindow).__importCsv!), {});
  const papaParseMs = await timeInPage(
    page,
    runs,
    async () => void (window as BenchWindow).Papa!.parse(new TextDecoder().decode((window as BenchWindow).__importCsv!), { skipEmptyLines: 'greedy' }),
    {},
  );
  const registerRowsPerSec = await measureRegister(page, texts, Math.min(200, rows), now);

  // imports.run is the administrator's: switch for the import, resume the bench agent after.
  const result = await page.evaluate(async (admin) => {
    const { store } = window.__desk!;
    const previous = sessionStorage.getItem('complaint-desk:session');
    await store.send('auth.signIn', admin);
    try {
      const data = (window as BenchWindow).__importCsv!;
      const t0 = performance.now();
      const analyzed = await store.send('imports.analyze', { fileName: '历史投诉.csv', data });
      const t1 = performance.now();
      const checked = await store.send('imports.check', { fileId: analyzed.fileId, mapping: analyzed.mapping });
      const t2 = performance.now();
      const { jobId } = await store.send('imports.start', { fileId: analyzed.fileId, mapping: analyzed.mapping, mode: 'valid' });
      let job = await store.send('imports.progress', { jobId });
      while (job.status === 'running') {
        await new Promise((resolve) => setTimeout(resolve, 50));
        job = await store.send('imports.progress', { jobId });
      }
      const t3 = performance.now();
      // Once the job has stopped, the desk learns the imported cases in the background (similar cases,
      // suggestions): the floor below is measured after that work, not beside it.
      await store.send('assist.status', {});
      await store.send('assist.similar', { text: '快递延误' });
      return {
        status: job.status,
        rowCount: analyzed.rowCount,
        valid: checked.valid,
        firstErrors: checked.errors.slice(0, 3),
        imported: job.rowsImported,
        analyzeMs: t1 - t0,
        checkMs: t2 - t1,
        jobMs: t3 - t2,
        totalMs: t3 - t0,
      };
    } finally {
      if (previous) await store.send('auth.resume', { token: previous });
    }
  }, ADMIN);
  // Every generated row is valid: an import that skipped any did not measure what it claims to.
  if (result.status !== 'done' || result.imported !== rows) {
    throw new Error(`import ended ${result.status} with ${result.imported}/${rows} rows imported (valid ${result.valid}): ${JSON.stringify(result.firstErrors)}`);
  }
  const rawWriteRowsPerSec = await measureRawWrite(page, IMPORT_CHUNK_ROWS);
  return {
    rows: result.rowCount,
    imported: result.imported,
    totalMs: result.totalMs,
    analyzeMs: result.analyzeMs,
    checkMs: result.checkMs,
    jobMs: result.jobMs,
    rowsPerSec: Math.round((rows / result.totalMs) * 1000),
    readTableMs,
    papaParseMs,
    registerRowsPerSec: Math.round(registerRowsPerSec * 10) / 10,
    rawWriteRowsPerSec,
  };
}
