import { afterEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../../../../src-renderer/domain/audit/chain';
import type { ImportJobRecord } from '../../../../../../src-renderer/domain/imports/job';
import { configureImports } from '../../../../../../src-renderer/store/imports/config';
import { DeskDb } from '../../../../../../src-renderer/store/db';
import { createDispatcher } from '../../../../../../src-renderer/store/rpc/dispatcher';
import { runnerOf } from '../../../../../../src-renderer/store/imports/runner';
import { ok, openTestStore, type TestStore, type Who } from '../../fixtures';
import { auditedImports, csv, gate, goodRow, HEADERS, type Analysis } from './helpers';

let store: TestStore;
let reopened: DeskDb | null = null;
afterEach(async () => {
  reopened?.close();
  reopened = null;
  await store?.close();
});

const ROWS = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => goodRow(n, n === 5 ? { 投诉时间: 'x' } : {}, n % 2 === 0));
const DATA = csv([HEADERS, ...ROWS]);
const VALID = ['OLD-1', 'OLD-2', 'OLD-3', 'OLD-4', 'OLD-6', 'OLD-7', 'OLD-8'];

/** A new store host on the same database, as after the previous one died. */
async function reopen() {
  reopened = new DeskDb(store.db.name);
  await reopened.open();
  const db = reopened;
  const dispatcher = createDispatcher({ db, now: store.now });
  const send = (name: string, args: unknown, who: Who = 'supervisor') => dispatcher.dispatch(name, args, store.session(who));
  return { db, send };
}

async function everyCaseOnce(db: DeskDb) {
  const cases = await db.cases.toArray();
  expect(cases.map((c) => c.externalId).sort()).toEqual(VALID);
  expect(new Set(cases.map((c) => c.no)).size).toBe(cases.length);
  // Each case is listed once by the audit events of the job's chunks, and names its row.
  expect((await auditedImports(db)).sort()).toEqual(cases.map((c) => c.id).sort());
  for (const c of cases) expect(c.importedFrom).toEqual({ jobId: expect.any(String), row: expect.any(Number) });
}

describe('an interrupted import', () => {
  it('leaves nothing of the chunk that failed, says so, and resumes after a restart to every valid row exactly once', async () => {
    store = await openTestStore();
    configureImports(store.db, {
      chunkSize: 3,
      faults: {
        afterWrites: (chunk) => {
          if (chunk === 1) throw new Error('power cut');
        },
      },
    });
    const file = ok<Analysis>(await store.send('imports.analyze', { fileName: 'h.csv', data: DATA }, 'supervisor'));
    const { jobId } = ok<{ jobId: string }>(await store.send('imports.start', { fileId: file.fileId, mapping: file.mapping, mode: 'valid' }, 'supervisor'));
    await runnerOf(store.db, jobId)!.finished;

    // Chunk 0 (rows 1–3) is in; chunk 1 (rows 4–6) left nothing: no case, counter, entry or audit event.
    const job = (await store.db.imports.get(jobId))!;
    expect(job).toMatchObject({ status: 'interrupted', chunksDone: 1, rowsImported: 3, error: { code: 'store.internal', params: { detail: 'power cut' } } });
    expect((await store.db.cases.toArray()).map((c) => c.externalId).sort()).toEqual(['OLD-1', 'OLD-2', 'OLD-3']);
    expect(await store.db.entries.count()).toBe(1);
    expect(await auditedImports(store.db)).toHaveLength(3);

    store.db.close();
    const host = await reopen();
    expect(ok<ImportJobRecord>(await host.send('imports.progress', { jobId })).status).toBe('interrupted');
    const again = ok<Analysis>(await host.send('imports.analyze', { fileName: 'h.csv', data: DATA }));
    expect(again.interrupted).toMatchObject({ jobId, chunksDone: 1, rowsImported: 3 });
    ok(await host.send('imports.resume', { jobId, fileId: again.fileId }));
    await runnerOf(host.db, jobId)!.finished;
    expect(await host.db.imports.get(jobId)).toMatchObject({ status: 'done', chunksDone: 3, rowsImported: 7, rowsSkipped: 1, error: null });
    await everyCaseOnce(host.db);
  });

  it('reads as interrupted by a full disk, at once and in the list, when the disk is too full to record that, and resumes once there is room', async () => {
    store = await openTestStore();
    const put = store.db.imports.put.bind(store.db.imports);
    const full = () => Promise.reject(new DOMException('The disk is full', 'QuotaExceededError'));
    let diskFull = true;
    configureImports(store.db, {
      chunkSize: 3,
      faults: {
        afterWrites: (chunk) => {
          if (chunk !== 1 || !diskFull) return;
          // From here nothing more can be written, the job's interruption included.
          store.db.imports.put = full as unknown as typeof store.db.imports.put;
          throw new DOMException('The disk is full', 'QuotaExceededError');
        },
      },
    });
    const file = ok<Analysis>(await store.send('imports.analyze', { fileName: 'h.csv', data: DATA }, 'supervisor'));
    const { jobId } = ok<{ jobId: string }>(await store.send('imports.start', { fileId: file.fileId, mapping: file.mapping, mode: 'valid' }, 'supervisor'));
    await runnerOf(store.db, jobId)!.finished;

    expect((await store.db.imports.get(jobId))!.status).toBe('running');
    const stands = { status: 'interrupted', chunksDone: 1, rowsImported: 3, error: { code: 'store.diskFull' } };
    expect(ok<ImportJobRecord>(await store.send('imports.progress', { jobId }, 'supervisor'))).toMatchObject(stands);
    expect(ok<ImportJobRecord[]>(await store.send('imports.list', {}, 'supervisor'))[0]).toMatchObject(stands);

    // Room again: it resumes from where it stopped, as any interrupted import.
    store.db.imports.put = put;
    diskFull = false;
    const again = ok<Analysis>(await store.send('imports.analyze', { fileName: 'h.csv', data: DATA }, 'supervisor'));
    ok(await store.send('imports.resume', { jobId, fileId: again.fileId }, 'supervisor'));
    await runnerOf(store.db, jobId)!.finished;
    expect(ok<ImportJobRecord>(await store.send('imports.progress', { jobId }, 'supervisor'))).toMatchObject({ status: 'done', rowsImported: 7 });
    await everyCaseOnce(store.db);
  });

  it('is marked interrupted by the next host when the previous one died mid-import', async () => {
    store = await openTestStore();
    const never = gate();
    configureImports(store.db, { chunkSize: 3, faults: { beforeChunk: (chunk) => (chunk === 2 ? never.promise : undefined) } });
    const file = ok<Analysis>(await store.send('imports.analyze', { fileName: 'h.csv', data: DATA }, 'supervisor'));
    const { jobId } = ok<{ jobId: string }>(await store.send('imports.start', { fileId: file.fileId, mapping: file.mapping, mode: 'valid' }, 'supervisor'));
    await expect.poll(async () => (await store.db.imports.get(jobId))?.chunksDone).toBe(2);
    // The host dies while the job is still running.
    store.db.close();

    const host = await reopen();
    expect((await host.db.imports.get(jobId))?.status).toBe('running');
    const job = ok<ImportJobRecord>(await host.send('imports.progress', { jobId }));
    expect(job).toMatchObject({ status: 'interrupted', chunksDone: 2, rowsImported: 5, rowsSkipped: 1 });
    const again = ok<Analysis>(await host.send('imports.analyze', { fileName: 'h.csv', data: DATA }));
    // Offered with the rows dealt with, not only the cases made of them: 6 of the file's rows, 1 skipped.
    expect(again.interrupted).toMatchObject({ rowsProcessed: 6, rowsImported: 5, rowsSkipped: 1 });
    ok(await host.send('imports.resume', { jobId, fileId: again.fileId }));
    await runnerOf(host.db, jobId)!.finished;
    expect(await host.db.imports.get(jobId)).toMatchObject({ status: 'done', rowsImported: 7 });
    await everyCaseOnce(host.db);
    const trail = await host.db.audit.where('[subject+n]').between([`import:${jobId}`, 0], [`import:${jobId}`, Infinity]).toArray();
    // The chunks written before the host died, the resume, the chunk after it: one unbroken chain.
    expect(trail.map((e) => e.command)).toEqual(['imports.start', 'imports.chunk', 'imports.chunk', 'imports.resume', 'imports.chunk', 'imports.finish']);
    expect(trail.filter((e) => e.command === 'imports.chunk').map((e) => e.detail!.chunk)).toEqual([1, 2, 3]);
    expect(verifyChain(trail, (await host.db.auditHeads.get(`import:${jobId}`)) ?? null)).toMatchObject({ ok: true });
  });

  it('can be given up: cancelling an interrupted job keeps its chunks and offers it no more', async () => {
    store = await openTestStore();
    configureImports(store.db, { chunkSize: 3, faults: { afterWrites: (chunk) => { if (chunk === 1) throw new Error('disk'); } } });
    const file = ok<Analysis>(await store.send('imports.analyze', { fileName: 'h.csv', data: DATA }, 'supervisor'));
    const { jobId } = ok<{ jobId: string }>(await store.send('imports.start', { fileId: file.fileId, mapping: file.mapping, mode: 'valid' }, 'supervisor'));
    await runnerOf(store.db, jobId)!.finished;
    const stopped = (await store.db.imports.get(jobId))!.updatedAt;
    // Given up a day later: it ended when it stopped, and says who gave it up, when.
    store.clock.now += 86_400_000;
    expect(ok<ImportJobRecord>(await store.send('imports.cancel', { jobId }, 'supervisor'))).toMatchObject({
      status: 'cancelled',
      chunksDone: 1,
      finishedAt: stopped,
      gaveUp: { at: store.now(), by: expect.any(String) },
    });
    expect(await store.db.cases.count()).toBe(3);
    // Continued after all with the same file: no longer given up.
    configureImports(store.db, { chunkSize: 3, faults: {} });
    const again = ok<Analysis>(await store.send('imports.analyze', { fileName: 'h.csv', data: DATA }, 'supervisor'));
    ok(await store.send('imports.resume', { jobId, fileId: again.fileId }, 'supervisor'));
    await runnerOf(store.db, jobId)?.finished;
    const resumed = (await store.db.imports.get(jobId))!;
    expect(resumed.status).toBe('done');
    expect(resumed.gaveUp).toBeUndefined();
  });
});
