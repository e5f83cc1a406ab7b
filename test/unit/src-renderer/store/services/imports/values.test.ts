import { afterEach, describe, expect, it } from 'vitest';
import type { ImportJobRecord } from '../../../../../../src-renderer/domain/imports/job';
import { configureImports } from '../../../../../../src-renderer/store/imports/config';
import { fileOf } from '../../../../../../src-renderer/store/imports/files';
import { runnerOf } from '../../../../../../src-renderer/store/imports/runner';
import type { ImportValuesResult } from '../../../../../../src-renderer/store/imports/values';
import type { ImportCheckResult } from '../../../../../../src-renderer/store/services/imports';
import { ok, openTestStore, refusal, type TestStore } from '../../fixtures';
import { analyze, csv, finished, goodRow, HEADERS, type Analysis } from './helpers';

let store: TestStore;
afterEach(() => store?.close());

/** An old system's ledger: its own words for categories, levels and channels. */
const LEDGER = csv([
  HEADERS,
  goodRow(1, { 投诉类别: '快递问题' }),
  goodRow(2, { 投诉类别: '快递问题', 严重程度: 'A级' }),
  goodRow(3, { 投诉类别: '物流慢', 投诉渠道: '传真' }),
  goodRow(4, { 投诉类别: '快递问题' }),
  goodRow(5),
]);

const values = async (file: Analysis, who: 'supervisor' | 'agent' = 'supervisor') =>
  store.send('imports.values', { fileId: file.fileId, mapping: file.mapping }, who);
const check = async (file: Analysis, map: unknown) => store.send('imports.check', { fileId: file.fileId, mapping: file.mapping, values: map }, 'supervisor');
const start = async (file: Analysis, map: unknown) =>
  ok<{ jobId: string }>(await store.send('imports.start', { fileId: file.fileId, mapping: file.mapping, values: map, mode: 'valid' }, 'supervisor')).jobId;

describe('imports.values', () => {
  it('lists the values the desk does not read, per field, with their rows, an example row and a guess', async () => {
    store = await openTestStore();
    const file = await analyze(store, LEDGER);
    const result = ok<ImportValuesResult>(await values(file));
    expect(result.fields).toEqual([
      { field: 'channel', column: '投诉渠道', more: 0, values: [{ value: '传真', key: '传真', rows: 1, exampleRow: 4, suggestion: null }] },
      { field: 'severity', column: '严重程度', more: 0, values: [{ value: 'A级', key: 'a级', rows: 1, exampleRow: 3, suggestion: null }] },
      {
        field: 'category',
        column: '投诉类别',
        more: 0,
        values: [
          { value: '快递问题', key: '快递问题', rows: 3, exampleRow: 2, suggestion: { target: 'logistics', source: 'similar' } },
          { value: '物流慢', key: '物流慢', rows: 1, exampleRow: 4, suggestion: { target: 'logistics', source: 'similar' } },
        ],
      },
    ]);
    expect(result.departments).toContain('客服中心');
    // Only mapped columns are read.
    const unmapped = ok<ImportValuesResult>(await store.send('imports.values', { fileId: file.fileId, mapping: { ...file.mapping, category: null } }, 'supervisor'));
    expect(unmapped.fields.map((f) => f.field)).toEqual(['channel', 'severity']);
  });

  it('is for those who import, and checks the mapping first', async () => {
    store = await openTestStore();
    const file = await analyze(store, LEDGER);
    expect(refusal(await values(file, 'agent')).code).toBe('auth.forbidden');
    const bad = refusal(await store.send('imports.values', { fileId: file.fileId, mapping: { ...file.mapping, customerName: null } }, 'supervisor'));
    expect(bad).toMatchObject({ code: 'validation.failed', fields: [{ field: 'mapping.customerName', code: 'validation.required' }] });
  });
});

describe('imports.check and imports.start with a value map', () => {
  it('import the mapped rows with the desk values they were mapped to; unmapped values stay errors', async () => {
    store = await openTestStore();
    const file = await analyze(store, LEDGER);
    const none = ok<ImportCheckResult>(await check(file, {}));
    expect(none).toMatchObject({ valid: 1, invalid: 4 });

    const map = { category: { 快递问题: 'logistics', 物流慢: 'logistics' }, severity: { a级: 'major' } };
    const mapped = ok<ImportCheckResult>(await check(file, map));
    expect(mapped).toMatchObject({ valid: 4, invalid: 1 });
    expect(mapped.errors).toEqual([{ row: 4, column: '投诉渠道', field: 'channel', value: '传真', code: 'imports.unknownValue', params: { field: 'channel' } }]);

    const jobId = await start(file, map);
    const job = await finished(store, jobId);
    expect(job).toMatchObject({ status: 'done', rowsImported: 4, rowsSkipped: 1, source: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect((await store.db.imports.get(jobId))!.valueMap).toEqual(map);
    const cases = await store.db.cases.orderBy('externalId').toArray();
    expect(cases.map((c) => [c.externalId, c.category, c.severity])).toEqual([
      ['OLD-1', 'logistics', 'general'],
      ['OLD-2', 'logistics', 'major'],
      ['OLD-4', 'logistics', 'general'],
      ['OLD-5', 'logistics', 'general'],
    ]);
    // The job's start event records what the values were taken to mean, as the file spells them, and how.
    const [startEvent] = await store.db.audit.where('[subject+n]').between([`import:${jobId}`, 0], [`import:${jobId}`, Infinity]).toArray();
    expect(startEvent).toMatchObject({
      command: 'imports.start',
      changes: {
        fileName: { after: 'history.csv' },
        valueCounts: { before: null, after: { severity: 1, category: 2 } },
        valueMatches: {
          before: null,
          after: [
            { field: 'severity', value: 'A级', target: 'major', origin: 'user' },
            { field: 'category', value: '快递问题', target: 'logistics', origin: 'user' },
            { field: 'category', value: '物流慢', target: 'logistics', origin: 'user' },
          ],
        },
      },
    });
  });

  it('refuse a target that is not the field’s value, a field without values, and a department the desk does not have — writing nothing', async () => {
    store = await openTestStore();
    const file = await analyze(store, LEDGER);
    const wrong = refusal(await check(file, { category: { 快递问题: 'phone' }, department: { 客服一部: '客服一部' } }));
    expect(wrong).toEqual({
      code: 'validation.failed',
      fields: [
        { field: 'values.category', code: 'imports.valueTarget', params: { value: '快递问题', target: 'phone' } },
        { field: 'values.department', code: 'imports.valueTarget', params: { value: '客服一部', target: '客服一部' } },
      ],
    });
    expect(refusal(await check(file, { subCategory: { x: 'y' } }))).toEqual({ code: 'validation.failed', fields: [{ field: 'values', code: 'validation.invalid' }] });
    expect(refusal(await check(file, { category: '物流配送' })).code).toBe('validation.failed');
    const before = await store.snapshot();
    const started = await store.send('imports.start', { fileId: file.fileId, mapping: file.mapping, values: { severity: { a级: 'critical' } }, mode: 'valid' }, 'supervisor');
    expect(refusal(started).fields).toEqual([{ field: 'values.severity', code: 'imports.valueTarget', params: { value: 'a级', target: 'critical' } }]);
    expect(await store.snapshot()).toEqual(before);
  });

  it('resume an interrupted import with the job’s own value map', async () => {
    store = await openTestStore();
    configureImports(store.db, {
      chunkSize: 2,
      faults: {
        afterWrites: (chunk) => {
          if (chunk === 1) throw new Error('power cut');
        },
      },
    });
    const file = await analyze(store, LEDGER);
    const map = { category: { 快递问题: 'logistics', 物流慢: 'logistics' }, channel: { 传真: 'letter' } };
    const jobId = await start(file, map);
    await runnerOf(store.db, jobId)!.finished;
    expect(await store.db.imports.get(jobId)).toMatchObject({ status: 'interrupted', chunksDone: 1 });

    configureImports(store.db, { faults: {} });
    // Chosen again, the file is checked with the job's map, not the (empty) one of a new wizard.
    const again = await analyze(store, LEDGER);
    ok(await store.send('imports.resume', { jobId, fileId: again.fileId }, 'supervisor'));
    const job = await finished(store, jobId);
    expect(job).toMatchObject({ status: 'done', rowsImported: 4, rowsSkipped: 1 });
    expect((await store.db.imports.get(jobId))!.valueMap).toEqual(map);
    const cases = await store.db.cases.orderBy('externalId').toArray();
    expect(cases.map((c) => [c.externalId, c.category, c.channel])).toEqual([
      ['OLD-1', 'logistics', 'phone'],
      ['OLD-3', 'logistics', 'letter'],
      ['OLD-4', 'logistics', 'phone'],
      ['OLD-5', 'logistics', 'phone'],
    ]);
  });
});

describe('the value map and the file', () => {
  it('is cut from what 对应取值 listed: neither the check nor the start that follows reads the file again', async () => {
    store = await openTestStore();
    const file = await analyze(store, LEDGER);
    ok(await values(file));
    // Were the file read again for the map, it would find no 快递问题 now.
    const cached = fileOf(store.db, file.fileId, store.users.supervisor.id, store.clock.now);
    const column = file.headers.indexOf('投诉类别');
    for (const row of cached.table.rows) if (row[column] === '快递问题') row[column] = '物流配送';
    const map = { category: { 快递问题: 'after_sales' }, severity: { a级: 'major' } };
    ok(await check(file, map));
    const jobId = await start(file, map);
    await finished(store, jobId);
    expect((await store.db.imports.get(jobId))!.valueMap).toEqual(map);
  });

  it('marks the row errors of values 对应取值 listed, and not those of a value it could not list', async () => {
    store = await openTestStore();
    // 200 values of two rows each are listed; the 201st, of one row, and one too long to match are not.
    const rows = Array.from({ length: 200 }, (_, i) => [goodRow(2 * i, { 投诉渠道: `传真${i}` }), goodRow(2 * i + 1, { 投诉渠道: `传真${i}` })]).flat();
    const file = await analyze(store, csv([HEADERS, ...rows, goodRow(400, { 投诉渠道: '电传' }), goodRow(401, { 投诉渠道: '传真'.repeat(101) })]));
    // Without a listing (no 对应取值 yet), nothing is marked.
    expect(ok<ImportCheckResult>(await check(file, {})).errors.some((e) => e.listed)).toBe(false);
    const listed = ok<ImportValuesResult>(await values(file));
    expect(listed.fields[0]).toMatchObject({ field: 'channel', more: 1 });
    const result = ok<ImportCheckResult>(await check(file, {}));
    expect(result.errors).toHaveLength(402);
    expect(result.errors.filter((e) => !e.listed).map((e) => e.row)).toEqual([402, 403]);
    expect(result.errors[0]).toMatchObject({ row: 2, value: '传真0', code: 'imports.unknownValue', listed: true });
  });
});

describe('remembered value maps', () => {
  it('offer the next file of the same system what its last import took each value to mean, before any guess', async () => {
    store = await openTestStore();
    const first = await analyze(store, LEDGER);
    await finished(store, await start(first, { category: { 快递问题: 'after_sales' }, severity: { a级: 'major' } }));

    const next = await analyze(store, csv([HEADERS, goodRow(11, { 投诉类别: '快递问题', 严重程度: 'A级' }), goodRow(12, { 投诉类别: '物流慢' })]), 'next.csv');
    const result = ok<ImportValuesResult>(await values(next));
    const suggestions = result.fields.flatMap((f) => f.values.map((v) => [f.field, v.value, v.suggestion]));
    expect(suggestions).toEqual([
      ['severity', 'A级', { target: 'major', source: 'remembered' }],
      ['category', '快递问题', { target: 'after_sales', source: 'remembered' }],
      ['category', '物流慢', { target: 'logistics', source: 'similar' }],
    ]);
  });

  it('prefer the same system’s map to a newer one of another system, and drop a department no longer configured', async () => {
    store = await openTestStore();
    const other = [...HEADERS.slice(0, -1), '处理意见'];
    const own = await analyze(store, csv([HEADERS, goodRow(1, { 投诉类别: '快递问题' })]));
    await finished(store, await start(own, { category: { 快递问题: 'after_sales' } }));
    store.clock.now += 60_000;
    const foreign = await analyze(store, csv([other, goodRow(2, { 投诉类别: '快递问题' })]), 'other.csv');
    await finished(store, await start(foreign, { category: { 快递问题: 'billing' } }));

    const jobs = await store.db.imports.orderBy('startedAt').toArray();
    expect(jobs.map((j: ImportJobRecord) => j.valueMap?.category?.['快递问题'])).toEqual(['after_sales', 'billing']);
    const mine = ok<ImportValuesResult>(await values(await analyze(store, csv([HEADERS, goodRow(3, { 投诉类别: '快递问题' })]), 'a.csv')));
    expect(mine.fields[0]!.values[0]!.suggestion).toEqual({ target: 'after_sales', source: 'remembered' });
    const theirs = ok<ImportValuesResult>(await values(await analyze(store, csv([other, goodRow(4, { 投诉类别: '快递问题' })]), 'b.csv')));
    expect(theirs.fields[0]!.values[0]!.suggestion).toEqual({ target: 'billing', source: 'remembered' });

    // A department mapped once and removed from the settings since is not offered again.
    await store.db.imports.update(jobs[1]!.id, { valueMap: { department: { 客服一部: '已撤销部' } } });
    const withDepartment = csv([[...HEADERS, '责任部门'], [...goodRow(5), '客服一部']]);
    const result = ok<ImportValuesResult>(await values(await analyze(store, withDepartment, 'c.csv')));
    expect(result.fields.find((f) => f.field === 'department')!.values[0]!.suggestion).toBeNull();
  });
});
