import { afterEach, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../../../../../src-renderer/store/services/cases/queries';
import type { DashboardFigures } from '../../../../../../src-renderer/domain/dashboard/figures';
import { configureImports } from '../../../../../../src-renderer/store/imports/config';
import { requestCancel, runnerOf } from '../../../../../../src-renderer/store/imports/runner';
import type { TrackingWindow } from '../../../../../../src-renderer/store/services/tracking/rows';
import { HOUR, ok, openTestStore, refusal, register, type TestStore } from '../../fixtures';
import { analyze, csv, finished, gate, goodRow, HEADERS, holdBefore, progress } from './helpers';

let store: TestStore;
afterEach(() => store?.close());

const start = async (fileId: string, mapping: unknown, mode = 'valid') =>
  ok<{ jobId: string }>(await store.send('imports.start', { fileId, mapping, mode }, 'supervisor')).jobId;

describe('imports.start', () => {
  it('imports the valid rows as cases the rest of the desk reads: case page, tracking table, dashboard', async () => {
    store = await openTestStore();
    const file = await analyze(store, csv([HEADERS, goodRow(1), goodRow(2, {}, true), goodRow(3, { 投诉时间: '?' }), goodRow(4, { 投诉单号: 'TS-20261005-0007' })]));
    const jobId = await start(file.fileId, file.mapping);
    const job = await finished(store, jobId);
    expect(job).toMatchObject({ status: 'done', totalRows: 4, validRows: 3, rowsImported: 3, rowsSkipped: 1, chunksDone: 1, chunkCount: 1, error: null });

    const cases = await store.db.cases.orderBy('externalId').toArray();
    expect(cases.map((c) => [c.externalId, c.no, c.status])).toEqual([
      ['OLD-1', 'TS-20261002-0001', 'registered'],
      ['OLD-2', 'TS-20261003-0001', 'closed'],
      ['OLD-4', 'TS-20261005-0007', 'registered'],
    ]);
    // A kept number moves its day's counter on, so a later registration on that day never takes it.
    expect(await store.db.counters.get('case-no:20261005')).toEqual({ key: 'case-no:20261005', value: 7 });

    const open = cases[0]!;
    // An open one runs its response clock from the original receipt, as registration would.
    expect(open.clocks.response).toMatchObject({ state: 'running', startedAt: open.receivedAt, dueAt: open.receivedAt + 24 * HOUR });
    expect(open).toMatchObject({ responseDueAt: open.receivedAt + 24 * HOUR, registeredAt: store.now(), owner: null, intakeAgent: { id: 'u-supervisor' } });

    const closed = ok<CaseDetail>(await store.send('cases.detail', { id: cases[1]!.id }, 'supervisor'));
    expect(closed.record).toMatchObject({ status: 'closed', closedAt: new Date(2026, 10, 3, 15, 0).getTime(), clocks: {}, category: 'logistics' });
    expect(closed.entries).toEqual([expect.objectContaining({ kind: 'progress', text: '已补发，第 2 宗。', at: closed.record.closedAt })]);
    // Its creation is an event of the job's chain; the case names the job and row it came from.
    expect(closed.events).toEqual([]);
    expect(closed.record.importedFrom).toEqual({ jobId, row: 3 });

    const table = ok<TrackingWindow>(await store.send('tracking.rows', { query: {} }, 'supervisor'));
    expect(table.total).toBe(3);
    expect(table.rows.map((r) => r.customerName).sort()).toEqual(['客户1', '客户2', '客户4']);

    const figures = ok<DashboardFigures>(
      await store.send('dashboard.figures', { period: { from: new Date(2026, 9, 1).getTime(), to: new Date(2026, 10, 1).getTime(), granularity: 'month' } }, 'director'),
    );
    expect(figures.received.total).toBe(3);
    expect(figures.open).toBe(2);
    // Closed history has no recorded response time: it is not counted as met or missed.
    expect(figures.response).toMatchObject({ met: 0, missed: 0 });

    // The job's chain: its start, one event per chunk listing every case with its number and row, its finish.
    const chain = await store.db.audit.where('[subject+n]').between([`import:${jobId}`, 0], [`import:${jobId}`, Infinity]).toArray();
    expect(chain.map((e) => e.command)).toEqual(['imports.start', 'imports.chunk', 'imports.finish']);
    expect(chain[1]!.detail).toEqual({ chunk: 1, cases: cases.map((c) => [c.id, c.no, c.importedFrom!.row]).sort((a, b) => Number(a[2]) - Number(b[2])) });
    expect(cases.map((c) => c.importedFrom!.row).sort()).toEqual([2, 3, 5]);
    for (const subject of [`import:${jobId}`]) {
      expect(ok<{ ok: boolean }>(await store.send('audit.verify', { subject }, 'supervisor'))).toMatchObject({ ok: true });
    }
    // The windows were told: the imported cases and the job.
    const published = store.events.flat();
    expect(published).toContainEqual({ area: 'imports', ids: [jobId] });
    expect(published.filter((e) => e.area === 'cases').flatMap((e) => e.ids).sort()).toEqual(cases.map((c) => c.id).sort());
  });

  it('tells the windows about imported cases as it goes and the deadline feed once, when it stops', async () => {
    store = await openTestStore();
    const heard: { audience: string; events: { area: string; ids: string[] }[] }[] = [];
    const held = gate();
    const reached = gate();
    configureImports(store.db, {
      chunkSize: 2,
      publish: (events, audience) => heard.push({ audience, events }),
      faults: {
        beforeChunk: (chunk) => {
          if (chunk !== 2) return undefined;
          reached.open();
          return held.promise;
        },
      },
    });
    const file = await analyze(store, csv([HEADERS, ...[1, 2, 3, 4, 5].map((n) => goodRow(n))]));
    const jobId = await start(file.fileId, file.mapping);
    const caseIds = (audience: string) => heard.filter((h) => h.audience === audience).flatMap((h) => h.events.filter((e) => e.area === 'cases').flatMap((e) => e.ids));
    // Two chunks written, the third held: the feed has heard nothing of them yet.
    await reached.promise;
    expect(await store.db.cases.count()).toBe(4);
    expect(caseIds('feed')).toEqual([]);
    expect(heard.every((h) => h.audience !== 'everyone' || h.events.every((e) => e.area === 'imports'))).toBe(true);
    held.open();
    await finished(store, jobId);
    const ids = (await store.db.cases.toArray()).map((c) => c.id).sort();
    // The feed: every imported case in one publication after the job stopped; the windows: each case once.
    expect(heard.filter((h) => h.audience === 'feed')).toHaveLength(1);
    expect(caseIds('feed').sort()).toEqual(ids);
    expect(caseIds('windows').sort()).toEqual(ids);
  });

  it('refuses all-or-nothing when any row is invalid, and writes nothing', async () => {
    store = await openTestStore();
    const file = await analyze(store, csv([HEADERS, goodRow(1), goodRow(2, { 客户姓名: '' })]));
    const before = await store.snapshot();
    expect(refusal(await store.send('imports.start', { fileId: file.fileId, mapping: file.mapping, mode: 'allOrNothing' }, 'supervisor'))).toEqual({
      code: 'imports.hasErrors',
      params: { count: 1 },
    });
    expect(await store.snapshot()).toEqual(before);
  });

  it('checks all-or-nothing afresh at the start: a row that became a duplicate since the check refuses the whole file', async () => {
    store = await openTestStore();
    const file = await analyze(store, csv([HEADERS, goodRow(1), goodRow(2)]));
    // The check the user saw: both rows valid.
    expect(ok<{ valid: number; invalid: number }>(await store.send('imports.check', { fileId: file.fileId, mapping: file.mapping }, 'supervisor'))).toMatchObject({
      valid: 2,
      invalid: 0,
    });
    // Meanwhile someone imports OLD-2 from another file (another window).
    const other = await analyze(store, csv([HEADERS, goodRow(2)]), 'other.csv');
    await finished(store, await start(other.fileId, other.mapping));
    const before = await store.snapshot();
    expect(refusal(await store.send('imports.start', { fileId: file.fileId, mapping: file.mapping, mode: 'allOrNothing' }, 'supervisor'))).toEqual({
      code: 'imports.hasErrors',
      params: { count: 1 },
    });
    expect(await store.snapshot()).toEqual(before);
    expect((await store.db.cases.toArray()).map((c) => c.externalId)).toEqual(['OLD-2']);
  });

  it('names the rows found taken only as they were written, which no check reported', async () => {
    store = await openTestStore();
    const held = gate();
    const reached = gate();
    configureImports(store.db, {
      chunkSize: 1,
      faults: {
        beforeChunk: (chunk) => {
          if (chunk !== 1) return undefined;
          reached.open();
          return held.promise;
        },
      },
    });
    const file = await analyze(store, csv([HEADERS, goodRow(1), goodRow(2), goodRow(3)]));
    const jobId = await start(file.fileId, file.mapping);
    await reached.promise;
    // OLD-2 comes in elsewhere while the first row's chunk is written and the second's waits.
    const elsewhere = await register(store);
    await store.db.cases.update(elsewhere.id, { externalId: 'OLD-2' });
    held.open();
    const job = await finished(store, jobId);
    expect(job).toMatchObject({ status: 'done', rowsImported: 2, rowsSkipped: 1, lateDuplicates: { count: 1, rows: [3] } });
  });

  it('refuses when the disk is too small for the import, with the sizes, and writes nothing', async () => {
    store = await openTestStore();
    configureImports(store.db, { estimateStorage: async () => ({ quota: 60 * 1024 * 1024, usage: 20 * 1024 * 1024 }) });
    const file = await analyze(store, csv([HEADERS, goodRow(1)]));
    const before = await store.snapshot();
    expect(refusal(await store.send('imports.start', { fileId: file.fileId, mapping: file.mapping, mode: 'valid' }, 'supervisor'))).toEqual({
      code: 'imports.diskFull',
      params: { neededMB: 51, freeMB: 40 },
    });
    expect(await store.snapshot()).toEqual(before);
  });

  it('refuses a second import while one runs', async () => {
    store = await openTestStore();
    const held = gate();
    configureImports(store.db, { faults: { beforeChunk: () => held.promise } });
    const file = await analyze(store, csv([HEADERS, goodRow(1)]));
    const jobId = await start(file.fileId, file.mapping);
    expect(refusal(await store.send('imports.start', { fileId: file.fileId, mapping: file.mapping, mode: 'valid' }, 'supervisor')).code).toBe('imports.busy');
    held.open();
    expect((await finished(store, jobId)).status).toBe('done');
  });
});

describe('numbering imported complaints', () => {
  it('numbers a day an earlier import filled up to TS-…-9999 from its unused numbers', async () => {
    store = await openTestStore();
    const kept = await analyze(store, csv([HEADERS, goodRow(4, { 投诉单号: 'TS-20261005-9999' })]));
    expect((await finished(store, await start(kept.fileId, kept.mapping))).status).toBe('done');
    const later = await analyze(store, csv([HEADERS, goodRow(32), goodRow(60)]), 'later.csv');
    expect(await finished(store, await start(later.fileId, later.mapping))).toMatchObject({ status: 'done', rowsImported: 2 });
    const nos = (await store.db.cases.toArray()).map((c) => c.no).sort();
    expect(nos).toEqual(['TS-20261005-0001', 'TS-20261005-0002', 'TS-20261005-9999']);
  });
});

describe('imports.cancel and imports.resume', () => {
  it('stops after the current chunk, keeps whole chunks, and resumes to every valid row exactly once', async () => {
    store = await openTestStore();
    const held = holdBefore(1);
    configureImports(store.db, { chunkSize: 2, faults: { beforeChunk: held.beforeChunk } });
    const rows = [1, 2, 3, 4, 5, 6, 7].map((n) => goodRow(n, n === 4 ? { 投诉内容: '' } : {}));
    const data = csv([HEADERS, ...rows]);
    const file = await analyze(store, data);
    const jobId = await start(file.fileId, file.mapping);
    await held.reached;
    expect((await store.send('imports.cancel', { jobId }, 'supervisor')).ok).toBe(true);
    held.open();
    const cancelled = await finished(store, jobId);
    expect(cancelled).toMatchObject({ status: 'cancelled', chunksDone: 1, rowsImported: 2, rowsSkipped: 0 });
    expect(await store.db.cases.count()).toBe(2);

    // Opening the same file again offers to continue; a different file is refused.
    const again = await analyze(store, data);
    expect(again.interrupted).toEqual({ jobId, chunksDone: 1, rowsProcessed: 2, rowsImported: 2, rowsSkipped: 0, totalRows: 7, fileName: 'history.csv' });
    const other = await analyze(store, csv([HEADERS, goodRow(9)]));
    expect(refusal(await store.send('imports.resume', { jobId, fileId: other.fileId }, 'supervisor'))).toEqual({ code: 'imports.fileMismatch', params: { name: 'history.csv' } });

    expect((await store.send('imports.resume', { jobId, fileId: again.fileId }, 'supervisor')).ok).toBe(true);
    expect(await finished(store, jobId)).toMatchObject({ status: 'done', chunksDone: 4, rowsImported: 6, rowsSkipped: 1 });
    const ids = (await store.db.cases.toArray()).map((c) => c.externalId).sort();
    expect(ids).toEqual(['OLD-1', 'OLD-2', 'OLD-3', 'OLD-5', 'OLD-6', 'OLD-7']);
    expect(refusal(await store.send('imports.resume', { jobId, fileId: again.fileId }, 'supervisor')).code).toBe('imports.notResumable');
  });

  it('rolls back the chunk being written when cancelled meanwhile: a file of one chunk imports nothing', async () => {
    store = await openTestStore();
    let jobId = '';
    let cancels = 1;
    // The cancel arrives while the only chunk's writes are under way (the first time only).
    configureImports(store.db, { faults: { afterWrites: () => cancels-- > 0 && requestCancel(runnerOf(store.db, jobId)!) } });
    const file = await analyze(store, csv([HEADERS, ...[1, 2, 3, 4].map((n) => goodRow(n))]));
    jobId = await start(file.fileId, file.mapping);
    expect(await finished(store, jobId)).toMatchObject({ status: 'cancelled', chunksDone: 0, rowsImported: 0, error: null });
    expect(await store.db.cases.count()).toBe(0);
    // Resumable, like any cancelled import: it writes every row once.
    const again = await analyze(store, csv([HEADERS, ...[1, 2, 3, 4].map((n) => goodRow(n))]));
    expect(again.interrupted).toMatchObject({ jobId, rowsImported: 0, totalRows: 4 });
    ok(await store.send('imports.resume', { jobId, fileId: again.fileId }, 'supervisor'));
    expect(await finished(store, jobId)).toMatchObject({ status: 'done', rowsImported: 4 });
  });

  it('rolls back a chunk whose writes are under way when the cancel arrives', async () => {
    store = await openTestStore();
    let jobId = '';
    // Just after the writes are issued (a microtask): the transaction is aborted with its requests pending.
    configureImports(store.db, { faults: { afterWrites: () => queueMicrotask(() => requestCancel(runnerOf(store.db, jobId)!)) } });
    const file = await analyze(store, csv([HEADERS, ...Array.from({ length: 200 }, (_, n) => goodRow(n + 1))]));
    jobId = await start(file.fileId, file.mapping);
    expect(await finished(store, jobId)).toMatchObject({ status: 'cancelled', chunksDone: 0, rowsImported: 0, error: null });
    expect(await store.db.cases.count()).toBe(0);
    expect(await store.db.counters.count()).toBe(0);
  });

  it('checks an all-or-nothing import afresh when it resumes: a row not yet imported that became a duplicate stops it', async () => {
    store = await openTestStore();
    const held = holdBefore(1);
    configureImports(store.db, { chunkSize: 2, faults: { beforeChunk: held.beforeChunk } });
    const data = csv([HEADERS, ...[1, 2, 3, 4, 5, 6].map((n) => goodRow(n))]);
    const file = await analyze(store, data);
    const jobId = await start(file.fileId, file.mapping, 'allOrNothing');
    await held.reached;
    ok(await store.send('imports.cancel', { jobId }, 'supervisor'));
    held.open();
    expect(await finished(store, jobId)).toMatchObject({ status: 'cancelled', chunksDone: 1, rowsImported: 2 });
    // Meanwhile OLD-5 comes in from another file (rows 2–3 of this one are in already: not errors).
    const other = await analyze(store, csv([HEADERS, goodRow(5)]), 'other.csv');
    await finished(store, await start(other.fileId, other.mapping));
    const again = await analyze(store, data);
    const before = await store.snapshot();
    expect(refusal(await store.send('imports.resume', { jobId, fileId: again.fileId }, 'supervisor'))).toEqual({
      code: 'imports.resumeHasErrors',
      params: { count: 1, row: 6, imported: 2, firstRow: 2, lastRow: 3 },
    });
    expect(await store.snapshot()).toEqual(before);
    expect((await store.db.imports.get(jobId))!.status).toBe('cancelled');
    // Only the valid rows: the rest of the file is checked as at any start (the imported rows and OLD-5 skipped).
    await finished(store, await start(again.fileId, again.mapping));
    expect((await store.db.cases.toArray()).map((c) => c.externalId).sort()).toEqual(['OLD-1', 'OLD-2', 'OLD-3', 'OLD-4', 'OLD-5', 'OLD-6']);
  });

  it('lists the newest jobs first', async () => {
    store = await openTestStore();
    const file = await analyze(store, csv([HEADERS, goodRow(1)]));
    const first = await start(file.fileId, file.mapping);
    await finished(store, first);
    store.clock.now += 1000;
    const next = await analyze(store, csv([HEADERS, goodRow(2)]));
    const second = await start(next.fileId, next.mapping);
    await finished(store, second);
    const jobs = ok<Array<{ id: string }>>(await store.send('imports.list', {}, 'admin'));
    expect(jobs.map((j) => j.id)).toEqual([second, first]);
    expect(await progress(store, first)).toMatchObject({ status: 'done', rowsImported: 1 });
  });
});

