/**
 * The backup figures: `backup.create` of the seeded desk with its attachments, and `backup.inspect`
 * of the file it made, as the administrator through the store API (the store host in its Worker),
 * on real IndexedDB. Beside them, measured in the same page and run:
 * - `rawCopyMs`, every row of every table and every attachment's bytes read once with plain
 *   IndexedDB calls in the page (the bench's raw connection, `openRawDb`): the floor of touching
 *   the data a backup packs;
 * - `blobReadMs`, the backup file's bytes read once in 16 MiB slices in the page: the floor of
 *   reading the file a check reads;
 * - the store host Worker's JS heap, sampled over CDP every 200 ms while a backup runs, against the
 *   attachments' total: a backup that held the files in memory would show them here.
 * The attachments (random bytes behind a JPEG header, ~2 MB each) are added first, by the bench
 * agent through `attachments.add`, to a sample of the seeded cases spread over the whole table.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { ADMIN } from './harness';

const MiB = 1024 * 1024;
/** Each attachment's size: a phone photo. */
export const ATTACHMENT_BYTES = 2 * MiB;
/** How often the Worker's heap is asked for while a backup runs. */
const HEAP_SAMPLE_MS = 200;
/** The slice of the Blob-read baseline. */
const BLOB_SLICE_BYTES = 16 * MiB;
/** Files sent to the store host per `page.evaluate` (the progress line moves between them). */
const FILES_PER_CALL = 8;

const mb = (bytes: number) => Math.round((bytes / MiB) * 10) / 10;

export interface AddedAttachments {
  files: number;
  bytes: number;
  cases: number;
  ms: number;
}

/**
 * Adds `totalBytes` of attachments in files of `ATTACHMENT_BYTES` (the last one takes the rest) to
 * cases spread evenly over the table that can take one (not archived, not anonymised), as the page's
 * user (the bench agent). Raises the per-file and per-case limits of the settings, as the
 * administrator, only if they would refuse the files.
 */
export async function addAttachments(page: Page, totalBytes: number, onProgress?: (done: number, files: number) => void): Promise<AddedAttachments> {
  const files = Math.max(1, Math.round(totalBytes / ATTACHMENT_BYTES));
  const sizes = Array.from({ length: files }, (_, n) => (n < files - 1 ? Math.floor(totalBytes / files) : totalBytes - Math.floor(totalBytes / files) * (files - 1)));
  // The cases, by the bench's raw connection: every key, then the records of an even spread of them.
  const caseIds = await page.evaluate(async (files) => {
    const db = (window as unknown as { __rawDb: IDBDatabase }).__rawDb;
    const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
      const request = db.transaction('cases', 'readonly').objectStore('cases').getAllKeys();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const stride = Math.max(1, Math.floor(keys.length / files));
    const picked: string[] = [];
    // Round after round of the spread until there are enough; a desk with fewer open cases than files gets two (or more) on some.
    for (let round = 0; picked.length < files && round < stride; round += 1) {
      const store = db.transaction('cases', 'readonly').objectStore('cases');
      const candidates = keys.filter((_, n) => n % stride === round);
      const records = await Promise.all(
        candidates.map(
          (key) =>
            new Promise<{ id: string; archived?: number; anonymisedAt?: number }>((resolve, reject) => {
              const request = store.get(key);
              request.onsuccess = () => resolve(request.result);
              request.onerror = () => reject(request.error);
            }),
        ),
      );
      for (const record of records) if (record.archived !== 1 && record.anonymisedAt === undefined && picked.length < files) picked.push(record.id);
    }
    return picked;
  }, files);
  if (caseIds.length === 0) throw new Error('bench: no case can take an attachment (all archived or anonymised)');
  const perCase = new Map<string, number>();
  sizes.forEach((size, n) => perCase.set(caseIds[n % caseIds.length]!, (perCase.get(caseIds[n % caseIds.length]!) ?? 0) + size));
  await raiseLimits(page, Math.max(...sizes), Math.max(...perCase.values()));

  const started = performance.now();
  for (let from = 0; from < files; from += FILES_PER_CALL) {
    const batch = sizes.slice(from, from + FILES_PER_CALL).map((size, k) => ({ n: from + k, size, caseId: caseIds[(from + k) % caseIds.length]! }));
    await page.evaluate(async (batch) => {
      for (const { n, size, caseId } of batch) {
        // Random bytes (incompressible, as photos are) behind a JFIF header, ending as a JPEG does.
        const bytes = new Uint8Array(size);
        for (let at = 0; at < size; at += 65_536) crypto.getRandomValues(bytes.subarray(at, Math.min(size, at + 65_536)));
        bytes.set([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
        bytes.set([0xff, 0xd9], size - 2);
        const name = `现场照片-${String(n + 1).padStart(4, '0')}.jpg`;
        await window.__desk!.store.send('attachments.add', { caseId, name, type: 'image/jpeg', data: new Blob([bytes], { type: 'image/jpeg' }) });
      }
    }, batch);
    onProgress?.(Math.min(files, from + FILES_PER_CALL), files);
  }
  return { files, bytes: totalBytes, cases: perCase.size, ms: performance.now() - started };
}

/** The settings' attachment limits raised (as the administrator) where they would refuse a file of `fileBytes` or a case of `caseBytes`. */
async function raiseLimits(page: Page, fileBytes: number, caseBytes: number): Promise<void> {
  await asAdmin(page, async () => {
    await page.evaluate(
      async ({ fileMB, caseMB }) => {
        const { store } = window.__desk!;
        const settings = await store.send('settings.get', {});
        const limits = settings.attachments;
        if (limits.maxFileMB >= fileMB && limits.maxCaseMB >= caseMB) return;
        const value = { maxFileMB: Math.max(limits.maxFileMB, fileMB), maxCaseMB: Math.max(limits.maxCaseMB, caseMB, fileMB) };
        await store.send('settings.update', { key: 'attachments', value, base: limits });
      },
      { fileMB: Math.ceil(fileBytes / MiB), caseMB: Math.ceil(caseBytes / MiB) },
    );
  });
}

/** Runs `body` with the page's store connection signed in as the administrator, then resumes the page's own session. */
async function asAdmin<T>(page: Page, body: () => Promise<T>): Promise<T> {
  const previous = await page.evaluate(async (admin) => {
    const { store } = window.__desk!;
    const status = await store.send('auth.status', {});
    if (status.actor?.role === 'admin') return null;
    const token = sessionStorage.getItem('complaint-desk:session');
    await store.send('auth.signIn', admin);
    return token;
  }, ADMIN);
  try {
    return await body();
  } finally {
    await page.evaluate(async (token) => {
      if (token) await window.__desk!.store.send('auth.resume', { token });
    }, previous);
  }
}

interface HeapUsage {
  usedSize: number;
  totalSize: number;
  /** ArrayBuffers' backing stores (the zip's parts, the files' bytes): outside the JS heap. */
  backingStorageSize: number;
}

/**
 * The store host Worker reached over CDP: a browser session attached to the Worker's target.
 * Playwright's CDPSession cannot address a flattened child session (it sends on its own session
 * only), so the Worker is attached unflattened and spoken to through `Target.sendMessageToTarget`.
 */
async function attachStoreHost(context: BrowserContext): Promise<{ send<T>(method: string, params?: object): Promise<T>; close(): Promise<void> }> {
  const browser = context.browser();
  if (!browser) throw new Error('bench: no browser to reach the store host Worker through');
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const workers = targetInfos.filter((target) => target.type === 'worker' && target.title === 'store-host');
  // After a restart (measureIndexBuild) only the new Worker is left; the last is the newest if not.
  const worker = workers.at(-1);
  if (!worker) {
    await cdp.detach();
    throw new Error(`bench: no store-host Worker among the targets (${targetInfos.map((t) => `${t.type} ${t.title}`).join(', ')})`);
  }
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
  let next = 0;
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    const waiter = message.id === undefined ? undefined : waiting.get(message.id);
    if (!waiter) return;
    waiting.delete(message.id!);
    if (message.error) waiter.reject(new Error(`store host CDP: ${message.error.message}`));
    else waiter.resolve(message.result);
  });
  return {
    async send<T>(method: string, params: object = {}) {
      next += 1;
      const id = next;
      const answer = new Promise<T>((resolve, reject) => waiting.set(id, { resolve: resolve as (value: unknown) => void, reject }));
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
      return answer;
    },
    async close() {
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}

export interface BackupFigures {
  backupMs: number[];
  rawCopyMs: number[];
  checkMs: number[];
  blobReadMs: number[];
  /** Per backup run: the Worker's peak JS heap and peak ArrayBuffer backing stores, MB. */
  peakHeapMB: number[];
  peakBuffersMB: number[];
  /** The Worker's JS heap after a garbage collection, before the first backup. */
  heapBeforeMB: number;
  heapSamples: number;
  fileBytes: number;
  /** The entries' bytes before zipping (manifest `bytes`), and what the manifest counts. */
  entryBytes: number;
  counts: Record<string, number>;
  /** The rows the backup holds and the rows the raw copy read: the same data, unless the host wrote meanwhile. */
  backupRows: number;
  rawRows: number;
  rawBlobs: number;
  rawBlobBytes: number;
}

/**
 * `runs` backups of the whole desk (the Worker's heap sampled while each runs), the raw read of
 * the same data `runs` times, then `runs` checks of the last backup file against reading it.
 */
export async function measureBackup(page: Page, context: BrowserContext, runs: number, step: <T>(name: string, body: () => Promise<T>) => Promise<T>): Promise<BackupFigures> {
  const host = await attachStoreHost(context);
  try {
    await host.send('HeapProfiler.enable');
    await host.send('HeapProfiler.collectGarbage');
    const before = await host.send<HeapUsage>('Runtime.getHeapUsage');
    return await asAdmin(page, async () => {
      const backupMs: number[] = [];
      const peakHeapMB: number[] = [];
      const peakBuffersMB: number[] = [];
      let heapSamples = 0;
      let made = { bytes: 0, entryBytes: 0, counts: {} as Record<string, number> };
      await step(`backup.create ×${runs}`, async () => {
        for (let run = 0; run < runs; run += 1) {
          // The previous run's file let go of, and its garbage collected: each run starts from the same heap.
          await page.evaluate(() => void delete (window as unknown as { __backup?: Blob }).__backup);
          await host.send('HeapProfiler.collectGarbage');
          let peak = { used: 0, buffers: 0 };
          let running = true;
          const sampling = (async () => {
            while (running) {
              const usage = await host.send<HeapUsage>('Runtime.getHeapUsage');
              heapSamples += 1;
              peak = { used: Math.max(peak.used, usage.usedSize), buffers: Math.max(peak.buffers, usage.backingStorageSize) };
              await new Promise((resolve) => setTimeout(resolve, HEAP_SAMPLE_MS));
            }
          })();
          let result: { ms: number; kind: string; bytes: number; size: number; entryBytes: number; counts: Record<string, number> };
          try {
            result = await page.evaluate(async () => {
              const t0 = performance.now();
              const answer = await window.__desk!.store.send('backup.create', {});
              const ms = performance.now() - t0;
              if (answer.kind !== 'download') return { ms, kind: answer.kind, bytes: answer.bytes, size: 0, entryBytes: 0, counts: {} };
              (window as unknown as { __backup?: Blob }).__backup = answer.blob;
              return { ms, kind: answer.kind, bytes: answer.bytes, size: answer.blob.size, entryBytes: answer.manifest.bytes, counts: answer.manifest.counts };
            });
          } finally {
            running = false;
            await sampling;
          }
          if (result.kind !== 'download' || result.size !== result.bytes) throw new Error(`bench: backup.create answered ${result.kind} with a Blob of ${result.size} bytes for ${result.bytes}`);
          backupMs.push(result.ms);
          peakHeapMB.push(mb(peak.used));
          peakBuffersMB.push(mb(peak.buffers));
          made = { bytes: result.bytes, entryBytes: result.entryBytes, counts: result.counts };
        }
      });

      const raw = await step(`raw copy ×${runs}`, () => rawCopy(page, runs));

      const checkMs: number[] = [];
      await step(`backup.inspect ×${runs}`, async () => {
        for (let run = 0; run < runs; run += 1) {
          const checked = await page.evaluate(async () => {
            const file = (window as unknown as { __backup: Blob }).__backup;
            const t0 = performance.now();
            const summary = await window.__desk!.store.send('backup.inspect', { file, fileName: 'bench.cdbak' });
            return { ms: performance.now() - t0, counts: summary.counts };
          });
          if (JSON.stringify(checked.counts) !== JSON.stringify(made.counts)) throw new Error(`bench: backup.inspect counted ${JSON.stringify(checked.counts)}, the backup ${JSON.stringify(made.counts)}`);
          checkMs.push(checked.ms);
        }
      });
      const blobReadMs = await step(`blob read ×${runs}`, async () => {
        const samples: number[] = [];
        for (let run = 0; run < runs; run += 1) {
          samples.push(
            await page.evaluate(async (slice) => {
              const file = (window as unknown as { __backup: Blob }).__backup;
              const t0 = performance.now();
              let read = 0;
              for (let at = 0; at < file.size; at += slice) read += (await file.slice(at, at + slice).arrayBuffer()).byteLength;
              if (read !== file.size) throw new Error(`read ${read} of ${file.size} bytes`);
              return performance.now() - t0;
            }, BLOB_SLICE_BYTES),
          );
        }
        return samples;
      });
      await page.evaluate(() => void delete (window as unknown as { __backup?: Blob }).__backup);
      return {
        backupMs,
        rawCopyMs: raw.ms,
        checkMs,
        blobReadMs,
        peakHeapMB,
        peakBuffersMB,
        heapBeforeMB: mb(before.usedSize),
        heapSamples,
        fileBytes: made.bytes,
        entryBytes: made.entryBytes,
        counts: made.counts,
        backupRows: Object.values(made.counts).reduce((sum, count) => sum + count, 0),
        rawRows: raw.rows,
        rawBlobs: raw.blobs,
        rawBlobBytes: raw.blobBytes,
      };
    });
  } finally {
    await host.close();
  }
}

/**
 * The floor of a backup's reading: every row of every table read in one read transaction, in
 * primary-key order 2,000 at a time (as the backup reads them), then the bytes of every Blob the
 * rows hold, one at a time — with plain IndexedDB calls in the page, no application code.
 */
async function rawCopy(page: Page, runs: number): Promise<{ ms: number[]; rows: number; blobs: number; blobBytes: number }> {
  const ms: number[] = [];
  let last = { rows: 0, blobs: 0, blobBytes: 0 };
  for (let run = 0; run < runs; run += 1) {
    // No named functions in here: tsx would wrap them in a helper the page does not have.
    const result = await page.evaluate(async (chunk) => {
      const db = (window as unknown as { __rawDb: IDBDatabase }).__rawDb;
      const t0 = performance.now();
      const names = [...db.objectStoreNames].filter((name) => name !== 'sessions');
      const transaction = db.transaction(names, 'readonly');
      const blobs: Blob[] = [];
      let rows = 0;
      for (const name of names) {
        const store = transaction.objectStore(name);
        for (let after: IDBValidKey | null = null; ; ) {
          const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
          const keysRequest = store.getAllKeys(range, chunk);
          const rowsRequest = store.getAll(range, chunk);
          const [keys, values] = await Promise.all(
            [keysRequest, rowsRequest].map(
              (request) =>
                new Promise<unknown[]>((resolve, reject) => {
                  request.onsuccess = () => resolve(request.result as unknown[]);
                  request.onerror = () => reject(request.error);
                }),
            ),
          );
          rows += values!.length;
          for (const value of values!) {
            if (typeof value !== 'object' || value === null) continue;
            for (const field of Object.values(value)) if (field instanceof Blob) blobs.push(field);
          }
          if (values!.length < chunk) break;
          after = keys!.at(-1) as IDBValidKey;
        }
      }
      let blobBytes = 0;
      for (const blob of blobs) blobBytes += (await blob.arrayBuffer()).byteLength;
      return { ms: performance.now() - t0, rows, blobs: blobs.length, blobBytes };
    }, 2_000);
    ms.push(result.ms);
    last = { rows: result.rows, blobs: result.blobs, blobBytes: result.blobBytes };
  }
  return { ...last, ms };
}
