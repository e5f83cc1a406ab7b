import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DEPARTMENTS } from '../../../../../../src-renderer/domain/settings/settings';
import { configureImports } from '../../../../../../src-renderer/store/imports/config';
import { ok, openTestStore, refusal, type TestStore } from '../../fixtures';
import { analyze, csv, finished, goodRow, HEADERS, holdBefore } from './helpers';

let store: TestStore;
afterEach(() => store?.close());

/** Six open historical cases of 物流配送部, written two rows a chunk; the second chunk waits for `held`. */
async function importUnderWay() {
  store = await openTestStore();
  const held = holdBefore(1);
  configureImports(store.db, { chunkSize: 2, faults: { beforeChunk: held.beforeChunk } });
  const data = csv([[...HEADERS, '责任部门'], ...[1, 2, 3, 4, 5, 6].map((n) => [...goodRow(n), n === 6 ? '物流配送部 ' : '物流配送部'])]);
  const file = await analyze(store, data);
  const { jobId } = ok<{ jobId: string }>(await store.send('imports.start', { fileId: file.fileId, mapping: file.mapping, mode: 'valid' }, 'supervisor'));
  await held.reached;
  return { held, jobId, data };
}

const RENAMED = DEFAULT_DEPARTMENTS.map((d) => (d === '物流配送部' ? '物流部' : d));
const rename = () => store.send('settings.update', { key: 'departments', value: RENAMED, renames: [{ from: '物流配送部', to: '物流部' }] }, 'admin');
const departmentsOfCases = async () => (await store.db.cases.toArray()).map((c) => c.department);

describe('renaming a department while historical complaints are imported', () => {
  it('holds the rename back while the import writes (its rows were read by the old names), saying which import', async () => {
    const { held, jobId } = await importUnderWay();
    const before = await store.snapshot();
    expect(refusal(await rename())).toEqual({ code: 'settings.importRunning', params: { file: 'history.csv' } });
    expect(await store.snapshot()).toEqual(before);
    held.open();
    expect((await finished(store, jobId)).status).toBe('done');
    // Once it is done, the rename goes through and takes its open cases along.
    ok(await rename());
    expect(await departmentsOfCases()).toEqual(Array(6).fill('物流部'));
  });

  it('lets a cancelled import, resumed after the rename, bring its remaining rows under the new name, none skipped', async () => {
    const { held, jobId, data } = await importUnderWay();
    ok(await store.send('imports.cancel', { jobId }, 'supervisor'));
    held.open();
    expect(await finished(store, jobId)).toMatchObject({ status: 'cancelled', rowsImported: 2 });
    ok(await rename());
    const again = await analyze(store, data);
    ok(await store.send('imports.resume', { jobId, fileId: again.fileId }, 'supervisor'));
    expect(await finished(store, jobId)).toMatchObject({ status: 'done', rowsImported: 6, rowsSkipped: 0 });
    expect(await departmentsOfCases()).toEqual(Array(6).fill('物流部'));
  });

  it('reads the rows of a resumed import by the names of its start when two departments swapped names meanwhile', async () => {
    const { held, jobId, data } = await importUnderWay();
    ok(await store.send('imports.cancel', { jobId }, 'supervisor'));
    held.open();
    await finished(store, jobId);
    const swapped = DEFAULT_DEPARTMENTS.map((d) => (d === '物流配送部' ? '售后服务部' : d === '售后服务部' ? '物流配送部' : d));
    const renames = [{ from: '物流配送部', to: '售后服务部' }, { from: '售后服务部', to: '物流配送部' }];
    ok(await store.send('settings.update', { key: 'departments', value: swapped, renames }, 'admin'));
    const again = await analyze(store, data);
    ok(await store.send('imports.resume', { jobId, fileId: again.fileId }, 'supervisor'));
    expect(await finished(store, jobId)).toMatchObject({ status: 'done', rowsImported: 6, rowsSkipped: 0 });
    // The first chunk's cases were renamed with their department; the rest came in under its new name.
    expect(await departmentsOfCases()).toEqual(Array(6).fill('售后服务部'));
  });

  it('is not held back by an import a host that went away left marked as running', async () => {
    const { held, jobId } = await importUnderWay();
    held.open();
    await finished(store, jobId);
    // As a crash mid-import leaves it, until an import call marks it interrupted.
    await store.db.imports.update(jobId, { status: 'running', finishedAt: null });
    ok(await rename());
    expect(await departmentsOfCases()).toEqual(Array(6).fill('物流部'));
  });
});
