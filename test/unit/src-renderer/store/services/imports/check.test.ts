import { afterEach, describe, expect, it } from 'vitest';
import type { ImportCheckResult } from '../../../../../../src-renderer/store/services/imports';
import { ok, openTestStore, refusal, register, type TestStore } from '../../fixtures';
import { analyze, csv, finished, goodRow, HEADERS } from './helpers';

let store: TestStore;
afterEach(() => store?.close());

const check = async (fileId: string, mapping: unknown) => ok<ImportCheckResult>(await store.send('imports.check', { fileId, mapping }, 'supervisor'));

describe('imports.analyze', () => {
  it('reads the file, guesses the mapping from the headers and shows the first rows', async () => {
    store = await openTestStore();
    const file = await analyze(store, csv([HEADERS, goodRow(1), goodRow(2)]));
    expect(file).toMatchObject({ headers: HEADERS, rowCount: 2, interrupted: null });
    expect(file.fileHash).toMatch(/^[0-9a-f]{64}$/);
    expect(file.mapping).toMatchObject({ no: 0, externalId: 1, receivedAt: 2, channel: 3, customerName: 4, phone: 5, description: 6, severity: 7, category: 8, status: 9, closedAt: 10, resolution: 11 });
    expect(file.sample).toEqual([goodRow(1), goodRow(2)]);
  });

  it('is for supervisors and administrators, and says why a file cannot be read', async () => {
    store = await openTestStore();
    expect(refusal(await store.send('imports.analyze', { fileName: 'a.csv', data: csv([HEADERS]) }, 'agent')).code).toBe('auth.forbidden');
    expect(refusal(await store.send('imports.analyze', { fileName: 'a.pdf', data: new Uint8Array([37, 80, 68, 70]) }, 'admin')).code).toBe('imports.unsupportedType');
    expect(refusal(await store.send('imports.check', { fileId: 'nope', mapping: {} }, 'admin')).code).toBe('imports.fileGone');
  });
});

describe('imports.check', () => {
  it('lists every problem of a messy file with row, column, value and reason, and previews the valid rows', async () => {
    store = await openTestStore();
    const file = await analyze(
      store,
      csv([
        HEADERS,
        goodRow(1),
        goodRow(2, { 投诉时间: '明天下午' }),
        goodRow(3, { 客户姓名: '', 投诉内容: ' ' }),
        goodRow(4, { 投诉渠道: '传真', 联系电话: '110' }),
        goodRow(5, { 原系统编号: 'OLD-1' }),
        goodRow(6, {}, true),
        goodRow(7, { 状态: '已结案', 结案时间: '2026-09-01 10:00' }),
        goodRow(8, { 投诉时间: '2027-01-01' }),
      ]),
    );
    const result = await check(file.fileId, file.mapping);
    expect(result).toMatchObject({ valid: 2, invalid: 6, duplicates: 1, errorCount: 8 });
    expect(result.errors).toEqual([
      { row: 3, column: '投诉时间', field: 'receivedAt', value: '明天下午', code: 'imports.dateFormat' },
      { row: 4, column: '客户姓名', field: 'customerName', value: '', code: 'validation.required' },
      { row: 4, column: '投诉内容', field: 'description', value: '', code: 'validation.required' },
      { row: 5, column: '投诉渠道', field: 'channel', value: '传真', code: 'imports.unknownValue', params: { field: 'channel' } },
      { row: 5, column: '联系电话', field: 'phone', value: '110', code: 'validation.phoneFormat' },
      { row: 6, column: '原系统编号', field: 'externalId', value: 'OLD-1', code: 'imports.duplicateExternalId' },
      { row: 8, column: '结案时间', field: 'closedAt', value: '2026-09-01 10:00', code: 'imports.closedBeforeReceived' },
      { row: 9, column: '投诉时间', field: 'receivedAt', value: '2027-01-01', code: 'validation.notInFuture' },
    ]);
    expect(result.preview).toEqual([
      expect.objectContaining({ row: 2, no: null, externalId: 'OLD-1', customerName: '客户1', channel: 'phone', status: 'registered', closedAt: null }),
      expect.objectContaining({ row: 7, externalId: 'OLD-6', status: 'closed', closedAt: new Date(2026, 10, 7, 15, 0).getTime(), category: 'logistics' }),
    ]);
    // Checking writes nothing.
    expect(await store.counts()).toMatchObject({ cases: 0 });
  });

  it('finds duplicates of cases in the store by case number and external id, and the later of two rows in the file', async () => {
    store = await openTestStore();
    const existing = await register(store);
    const first = await analyze(store, csv([HEADERS, goodRow(1)]));
    const { jobId } = ok<{ jobId: string }>(await store.send('imports.start', { fileId: first.fileId, mapping: first.mapping, mode: 'valid' }, 'supervisor'));
    expect(await finished(store, jobId)).toMatchObject({ status: 'done', rowsImported: 1 });

    const file = await analyze(
      store,
      csv([HEADERS, goodRow(1), goodRow(2, { 投诉单号: existing.no }), goodRow(3, { 投诉单号: 'TS-20261001-0042' }), goodRow(4, { 投诉单号: 'TS-20261001-0042' }), goodRow(5)]),
    );
    const result = await check(file.fileId, file.mapping);
    expect(result).toMatchObject({ valid: 2, invalid: 3, duplicates: 3 });
    expect(result.errors).toEqual([
      { row: 2, column: '原系统编号', field: 'externalId', value: 'OLD-1', code: 'imports.duplicateExternalId' },
      { row: 3, column: '投诉单号', field: 'no', value: existing.no, code: 'imports.duplicateNo' },
      { row: 5, column: '投诉单号', field: 'no', value: 'TS-20261001-0042', code: 'imports.duplicateNo' },
    ]);
  });

  it('takes an old system number the desk registered by hand as a source ticket (来源单号) for a duplicate', async () => {
    store = await openTestStore();
    const typed = await register(store, { channel: 'regulator_12315', referralNo: 'OLD-2' });
    const file = await analyze(store, csv([HEADERS, goodRow(1), goodRow(2)]));
    const result = await check(file.fileId, file.mapping);
    expect(result).toMatchObject({ valid: 1, duplicates: 1 });
    expect(result.errors).toEqual([{ row: 3, column: '原系统编号', field: 'externalId', value: 'OLD-2', code: 'imports.duplicateExternalId' }]);
    expect(typed.referralNo).toBe('OLD-2');
  });

  it('refuses a mapping without a required field or with a column used twice, naming the fields', async () => {
    store = await openTestStore();
    const file = await analyze(store, csv([HEADERS, goodRow(1)]));
    const error = refusal(await store.send('imports.check', { fileId: file.fileId, mapping: { ...file.mapping, receivedAt: null, customerName: 6 } }, 'supervisor'));
    expect(error).toEqual({
      code: 'validation.failed',
      fields: [
        { field: 'mapping.receivedAt', code: 'validation.required' },
        { field: 'mapping.description', code: 'imports.columnTwice', params: { field: 'customerName' } },
      ],
    });
  });

  it('refuses the last row of a file cut short, with the reason, and imports nothing of it', async () => {
    store = await openTestStore();
    const whole = new TextDecoder().decode(csv([HEADERS, goodRow(1), goodRow(2, {}, true)]));
    // The file stops in the middle of the closed case's row: no closing time, no resolution.
    const cut = whole.slice(0, whole.lastIndexOf(',', whole.lastIndexOf(',') - 1));
    const file = await analyze(store, new TextEncoder().encode(cut));
    const result = await check(file.fileId, file.mapping);
    expect(result).toMatchObject({ valid: 1, invalid: 1 });
    expect(result.errors).toEqual([{ row: 3, column: '', field: null, value: '', code: 'imports.rowCut' }]);
    const start = await store.send('imports.start', { fileId: file.fileId, mapping: file.mapping, mode: 'allOrNothing' }, 'supervisor');
    expect(refusal(start)).toEqual({ code: 'imports.hasErrors', params: { count: 1 } });
  });
});


describe('a 12315 referral’s 来源单号 in an imported file', () => {
  it('is read from its column, refused on another channel or when the desk already has it, and an open referral gets its reply deadline', async () => {
    store = await openTestStore();
    await register(store, { channel: 'regulator_12315', referralNo: 'GS-2026-0311' });
    const headers = [...HEADERS, '来源单号'];
    const file = await analyze(
      store,
      csv([
        headers,
        [...goodRow(1, { 投诉渠道: '12315转办' }), 'gs-2026-0400'],
        [...goodRow(2), 'GS-2026-0401'],
        [...goodRow(3, { 投诉渠道: '12315转办' }), 'GS-2026-0311'],
        [...goodRow(4, { 投诉渠道: '12315转办' }), 'GS-2026-0400'],
      ]),
    );
    expect(file.mapping).toMatchObject({ referralNo: HEADERS.length });
    const result = await check(file.fileId, file.mapping);
    expect(result).toMatchObject({ valid: 1, invalid: 3, duplicates: 2 });
    expect(result.errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [3, 'referralNo', 'validation.referralNoChannel'],
      [4, 'referralNo', 'imports.duplicateReferralNo'],
      [5, 'referralNo', 'imports.duplicateReferralNo'],
    ]);
    const { jobId } = ok<{ jobId: string }>(await store.send('imports.start', { fileId: file.fileId, mapping: file.mapping, mode: 'valid' }, 'supervisor'));
    expect(await finished(store, jobId)).toMatchObject({ status: 'done', rowsImported: 1 });
    // Normalised as at intake (upper case), watched by its own clock.
    const [imported] = await store.db.cases.where('referralNo').equals('GS-2026-0400').toArray();
    expect(imported?.clocks.referralReply?.state).toBe('running');
    expect(imported?.referralDeadline?.workingDays).toBeGreaterThan(0);
  });

  it('finds a 来源单号 imported earlier as an old-system number, and reads a file without a channel column as 12315 referrals', async () => {
    store = await openTestStore();
    const earlier = await register(store);
    // A 12315 number imported before 来源单号 had a field went to the old-system number.
    await store.db.cases.update(earlier.id, { externalId: 'GS-2026-0500' });
    const headers = ['投诉时间', '客户姓名', '联系电话', '投诉内容', '来源单号'];
    const file = await analyze(
      store,
      csv([headers, ['2026-10-02 09:00', '王五', '13812345678', '快递丢件。', 'GS-2026-0500'], ['2026-10-03 09:00', '赵六', '13812345679', '包裹破损。', 'GS-2026-0501']]),
    );
    const result = await check(file.fileId, file.mapping);
    expect(result.errors.map((e) => [e.row, e.code])).toEqual([[2, 'imports.duplicateReferralNo']]);
    expect(result.preview.map((row) => row.channel)).toEqual(['regulator_12315']);
  });

});

describe('rows without numbers imported from two windows', () => {
  it('are written once: the second import finds them by content as it writes them', async () => {
    store = await openTestStore();
    const headers = ['投诉时间', '客户姓名', '联系电话', '投诉内容'];
    const data = csv([headers, ['2026-10-02 09:00', '王五', '13812345678', '快递丢件。'], ['2026-10-03 09:00', '赵六', '13812345679', '包裹破损。']]);
    const [a, b] = [await analyze(store, data), await analyze(store, data)];
    // Both windows checked the file before either imported it.
    expect((await check(a.fileId, a.mapping)).valid).toBe(2);
    expect((await check(b.fileId, b.mapping)).valid).toBe(2);
    const first = ok<{ jobId: string }>(await store.send('imports.start', { fileId: a.fileId, mapping: a.mapping, mode: 'valid' }, 'supervisor'));
    expect(await finished(store, first.jobId)).toMatchObject({ status: 'done', rowsImported: 2 });
    const second = ok<{ jobId: string }>(await store.send('imports.start', { fileId: b.fileId, mapping: b.mapping, mode: 'valid' }, 'supervisor'));
    expect(await finished(store, second.jobId)).toMatchObject({ status: 'done', rowsImported: 0 });
    expect(await store.db.cases.count()).toBe(2);
  });
});
