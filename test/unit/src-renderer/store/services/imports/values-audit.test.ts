import { afterEach, describe, expect, it } from 'vitest';
import type { ImportValuesResult } from '../../../../../../src-renderer/store/imports/values';
import { appendAudit } from '../../../../../../src-renderer/store/core/audit';
import { configureImports } from '../../../../../../src-renderer/store/imports/config';
import type { ImportCheckResult } from '../../../../../../src-renderer/store/services/imports';
import type { AuditPage } from '../../../../../../src-renderer/store/services/audit/list';
import { ok, openTestStore, refusal, type TestStore } from '../../fixtures';
import { analyze, csv, finished, goodRow, HEADERS, type Analysis } from './helpers';

let store: TestStore;
afterEach(() => store?.close());

const SECRET = '张三要求退款电话13800138000';

/** A ledger with a demand column: a system's word (快递赔付), a customer's own words, and the desk's. */
const LEDGER = csv([
  [...HEADERS, '客户诉求'],
  [...goodRow(1, { 投诉类别: '快递问题', 严重程度: 'A级' }), `退款、${SECRET}`],
  [...goodRow(2, { 投诉类别: '快递问题' }), '快递赔付'],
  [...goodRow(3), '退款、快递赔付'],
]);

const start = async (file: Analysis, values: unknown, origins?: unknown) =>
  ok<{ jobId: string }>(await store.send('imports.start', { fileId: file.fileId, mapping: file.mapping, values, ...(origins ? { origins } : {}), mode: 'valid' }, 'supervisor')).jobId;

const startEvent = async (jobId: string) => (await store.db.audit.where('[subject+n]').between([`import:${jobId}`, 0], [`import:${jobId}`, Infinity]).toArray())[0]!;

describe('a value map and the customer’s words', () => {
  it('lists no demand that reads as a customer’s words; one sent anyway is neither used, kept with the job nor audited', async () => {
    store = await openTestStore();
    const file = await analyze(store, LEDGER);
    const listed = ok<ImportValuesResult>(await store.send('imports.values', { fileId: file.fileId, mapping: file.mapping }, 'supervisor'));
    expect(listed.fields.find((f) => f.field === 'demand')!.values.map((v) => [v.value, v.rows])).toEqual([['快递赔付', 2]]);

    const jobId = await start(file, { demand: { 快递赔付: 'compensation', [SECRET]: 'refund' }, category: { 快递问题: 'logistics' }, severity: { a级: 'major' } });
    const job = await finished(store, jobId);
    // Ended, the job keeps no demand matches (a resume would have read them).
    expect((await store.db.imports.get(jobId))!.valueMap).toEqual({ category: { 快递问题: 'logistics' }, severity: { a级: 'major' } });
    // A demand's matches are counted, not listed: a system's word today may be a customer's tomorrow.
    const event = await startEvent(jobId);
    expect(event.changes.valueCounts!.after).toEqual({ demand: 1, severity: 1, category: 1 });
    expect((event.changes.valueMatches!.after as { field: string }[]).map((m) => m.field)).toEqual(['severity', 'category']);
    expect(JSON.stringify([job, event])).not.toContain('13800138000');
    expect(JSON.stringify(event)).not.toContain('快递赔付');

    // The mapped demand keeps its words as the note; the customer's words come in as 其他, as before.
    const cases = await store.db.cases.orderBy('externalId').toArray();
    expect(cases.map((c) => [c.externalId, c.demands, c.demandNote])).toEqual([
      ['OLD-1', ['refund', 'other'], SECRET],
      ['OLD-2', ['compensation'], '快递赔付'],
      ['OLD-3', ['refund', 'compensation'], '快递赔付'],
    ]);
  });

  it('keeps only the fields the mapping reads and the values the file holds, before storing and auditing', async () => {
    store = await openTestStore();
    const file = await analyze(store, LEDGER);
    const sent = {
      category: { 快递问题: 'logistics', 不在文件里: 'billing', 物流配送: 'after_sales' },
      department: { 客服一部: '客服中心' },
      status: { 已归档: 'closed' },
    };
    const checked = ok<ImportCheckResult>(await store.send('imports.check', { fileId: file.fileId, mapping: file.mapping, values: sent }, 'supervisor'));
    expect(checked.errors.map((e) => e.value)).toEqual(['A级']);
    const jobId = await start(file, sent);
    await finished(store, jobId);
    expect((await store.db.imports.get(jobId))!.valueMap).toEqual({ category: { 快递问题: 'logistics' } });
    expect((await startEvent(jobId)).changes).toMatchObject({
      valueCounts: { after: { category: 1 } },
      valueMatches: { after: [{ field: 'category', value: '快递问题', target: 'logistics', origin: 'user' }] },
    });
    // The next file is offered nothing the first did not hold.
    const next = await analyze(store, csv([HEADERS, goodRow(9, { 投诉类别: '不在文件里' })]), 'next.csv');
    const listed = ok<ImportValuesResult>(await store.send('imports.values', { fileId: next.fileId, mapping: next.mapping }, 'supervisor'));
    expect(listed.fields[0]!.values[0]!.suggestion).toBeNull();
  });

  it('records how each match was made: by the user, as last time, or a suggestion left as it was', async () => {
    store = await openTestStore();
    const file = await analyze(store, LEDGER);
    const jobId = await start(
      file,
      { category: { 快递问题: 'logistics' }, severity: { a级: 'major' }, demand: { 快递赔付: 'compensation' } },
      { category: { 快递问题: 'similar', 物流慢: 'similar' }, severity: { a级: 'remembered' }, demand: { 快递赔付: 'similar' } },
    );
    await finished(store, jobId);
    expect((await startEvent(jobId)).changes.valueMatches!.after).toEqual([
      { field: 'severity', value: 'A级', target: 'major', origin: 'remembered' },
      { field: 'category', value: '快递问题', target: 'logistics', origin: 'similar' },
    ]);
    const bad = refusal(await store.send('imports.start', { fileId: file.fileId, mapping: file.mapping, values: {}, origins: { category: { x: 'guess' } }, mode: 'valid' }, 'supervisor'));
    expect(bad).toMatchObject({ code: 'validation.failed', fields: [{ field: 'origins.category.x' }] });
  });

  it('keeps the file’s column names as a hash: a file without a header row has a customer where they would be', async () => {
    store = await openTestStore();
    const file = await analyze(store, LEDGER);
    const job = await finished(store, await start(file, { category: { 快递问题: 'logistics' } }));
    expect(job.source).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await store.db.imports.toArray())).not.toContain('投诉时间|');
  });

  it('lists no value longer than a match may name, so the check is never refused for it', async () => {
    store = await openTestStore();
    const long = '传真'.repeat(101);
    const file = await analyze(store, csv([HEADERS, goodRow(1, { 投诉渠道: long }), goodRow(2, { 投诉渠道: '传真' })]));
    const listed = ok<ImportValuesResult>(await store.send('imports.values', { fileId: file.fileId, mapping: file.mapping }, 'supervisor'));
    expect(listed.fields.map((f) => [f.field, f.values.map((v) => v.value)])).toEqual([['channel', ['传真']]]);
    const map = { channel: Object.fromEntries(listed.fields[0]!.values.map((v) => [v.key, 'letter'])) };
    const checked = ok<ImportCheckResult>(await store.send('imports.check', { fileId: file.fileId, mapping: file.mapping, values: map }, 'supervisor'));
    expect(checked).toMatchObject({ valid: 1, invalid: 1 });
    expect(checked.errors[0]).toMatchObject({ row: 2, field: 'channel', code: 'imports.unknownValue' });
  });
});

describe('a job’s demand matches', () => {
  it('are sent to no window, kept only while the job may be resumed, and never offered again', async () => {
    store = await openTestStore();
    configureImports(store.db, { chunkSize: 1, faults: { afterWrites: (chunk) => { if (chunk === 0) throw new Error('power cut'); } } });
    const file = await analyze(store, LEDGER);
    ok(await store.send('imports.values', { fileId: file.fileId, mapping: file.mapping }, 'supervisor'));
    const jobId = await start(file, { demand: { 快递赔付: 'compensation' }, category: { 快递问题: 'logistics' } });
    const interrupted = await finished(store, jobId);
    expect(interrupted.status).toBe('interrupted');
    // Neither the progress nor the list of imports carries the map (the administrator sees the list).
    expect(interrupted).not.toHaveProperty('valueMap');
    const jobs = ok<unknown[]>(await store.send('imports.list', {}, 'supervisor'));
    expect(JSON.stringify(jobs)).not.toContain('快递赔付');
    expect(JSON.stringify(jobs)).not.toContain('valueMap');
    // Interrupted, the job keeps them for its resume…
    expect((await store.db.imports.get(jobId))!.valueMap).toEqual({ demand: { 快递赔付: 'compensation' }, category: { 快递问题: 'logistics' } });
    // …but another file is not offered them, while a category is.
    const next = await analyze(store, csv([[...HEADERS, '客户诉求'], [...goodRow(7, { 投诉类别: '快递问题' }), '快递赔付']]), 'next.csv');
    const listed = ok<ImportValuesResult>(await store.send('imports.values', { fileId: next.fileId, mapping: next.mapping }, 'supervisor'));
    const suggestions = listed.fields.map((f) => [f.field, f.values[0]!.suggestion?.source]);
    expect(suggestions).toEqual([['demand', undefined], ['category', 'remembered']]);
    // Given up, it keeps none.
    const cancelled = ok<Record<string, unknown>>(await store.send('imports.cancel', { jobId }, 'supervisor'));
    expect(cancelled).toMatchObject({ status: 'cancelled' });
    expect(cancelled).not.toHaveProperty('valueMap');
    expect((await store.db.imports.get(jobId))!.valueMap).toEqual({ category: { 快递问题: 'logistics' } });
  });
});

describe('the audit log of an import', () => {
  it('masks a phone number in the keys of a recorded record for a role without contacts.view (the administrator)', async () => {
    store = await openTestStore();
    // As an import started before the value map was recorded by counts kept its keys.
    const actor = { id: 'u-x', name: '主管', role: 'supervisor' as const };
    await store.db.transaction('rw', [store.db.audit, store.db.auditHeads], () =>
      appendAudit(store.db, { subject: 'import:old', at: store.clock.now, actor, command: 'imports.start', before: null, after: { valueMap: { demand: { [SECRET]: 'refund' } } } }),
    );
    const page = await store.run<AuditPage>('audit.list', { subject: 'import:old' }, 'admin');
    const shown = JSON.stringify(page.events);
    expect(shown).not.toContain('13800138000');
    expect(shown).toContain('138****8000');
  });
});
