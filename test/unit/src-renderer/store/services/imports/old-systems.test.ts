import { afterEach, describe, expect, it } from 'vitest';
import { UNKNOWN_HANDLER } from '../../../../../../src-renderer/domain/imports/convert';
import { DEFAULT_DEPARTMENTS } from '../../../../../../src-renderer/domain/settings/settings';
import type { CaseDetail } from '../../../../../../src-renderer/store/services/cases/queries';
import type { ImportCheckResult } from '../../../../../../src-renderer/store/services/imports';
import { ok, openTestStore, refusal, type TestStore } from '../../fixtures';
import { configureImports } from '../../../../../../src-renderer/store/imports/config';
import { analyze, csv, finished, holdBefore } from './helpers';

let store: TestStore;
afterEach(() => store?.close());

/** A call centre's old ledger, as QA's messy export writes one: a title row, its own words for columns and values. */
const TITLE = ['某某电商平台客户投诉台账（2025年）', '', '导出时间：2025-11-02'];
const HEADERS = ['序号', '工单编号', '反映日期', '来源方式', '来电人', '来电号码', '反映问题', '承办部门', '办理状态', '办结日期', '处理结果', '经办人'];
const ROWS = [
  ['1', 'GD202500001', '2025年1月2日 18时10分', '400热线', '张丽', '13812345678', '外壳有毛边。', '客服一部', '已办结', '2025-01-05 20:00', '已与客户沟通，退款处理', '老王'],
  ['2', 'GD202500002', '2025-09-10 09:20', '微信公众号', '刘静', '15018289340', '房间太吵。', '', '未办结', '', '', '老王'],
  ['3', 'GD202500003', '2025-09-12', '12345热线', '周静', '0571-89859343', '汤汁洒了。', '售后服务部', '在办', '', '', '小张'],
  ['4', 'GD202500004', '2025-03-01 10:00', '走访', '王强', '13912345678', '水果坏了。', '质量管理部', '已办结', '2025-03-02 16:00', '已补发。', '小李'],
  ['5', 'GD202500005', '2025-04-01 10:00', '市长热线', '李娜', '13712345678', '物业漏水。', '售后服务部', '不予受理', '2025-04-02 09:00', '属物业管辖，已转物业。', '小李'],
  ['6', 'GD202500006', '2025-05-01 10:00', '公众号', '赵敏', '13612345678', '奶茶太甜。', '客服一部', '未办结', '', '', '小张'],
];

const check = async (fileId: string, mapping: unknown) => ok<ImportCheckResult>(await store.send('imports.check', { fileId, mapping }, 'supervisor'));
const start = (fileId: string, mapping: unknown, mode: string) => store.send('imports.start', { fileId, mapping, mode }, 'supervisor');
const setDepartments = (departments: string[]) => store.run('settings.update', { key: 'departments', value: departments }, 'admin');

describe('importing an old system’s ledger', { timeout: 60_000 }, () => {
  it('reads its column names and values, and refuses a department the desk does not have', async () => {
    store = await openTestStore();
    const file = await analyze(store, csv([TITLE, HEADERS, ...ROWS]));
    // 工单编号 is the old system's own number; 来电人, 来电号码 and 反映问题 are the customer, phone and complaint.
    expect(file.mapping).toMatchObject({ no: null, externalId: 1, receivedAt: 2, channel: 3, customerName: 4, phone: 5, description: 6, department: 7, status: 8, closedAt: 9, resolution: 10 });

    const result = await check(file.fileId, file.mapping);
    expect(result).toMatchObject({ valid: 4, invalid: 2, errorCount: 2 });
    expect(result.errors).toEqual([
      { row: 3, column: '承办部门', field: 'department', value: '客服一部', code: 'imports.unknownDepartment' },
      { row: 8, column: '承办部门', field: 'department', value: '客服一部', code: 'imports.unknownDepartment' },
    ]);

    const { jobId } = ok<{ jobId: string }>(await start(file.fileId, file.mapping, 'valid'));
    expect(await finished(store, jobId)).toMatchObject({ status: 'done', rowsImported: 4, rowsSkipped: 2 });
    const cases = await store.db.cases.orderBy('externalId').toArray();
    expect(cases.map((c) => [c.externalId, c.channel, c.status, c.department])).toEqual([
      ['GD202500002', 'social_media', 'registered', ''],
      ['GD202500003', 'regulator_12315', 'registered', '售后服务部'],
      ['GD202500004', 'walk_in', 'closed', '质量管理部'],
      ['GD202500005', 'regulator_12315', 'redirected', '售后服务部'],
    ]);
    // No phantom department reached the store.
    expect(cases.some((c) => !['', ...DEFAULT_DEPARTMENTS].includes(c.department))).toBe(false);
  });

  it('credits a historical outcome and referral to an unknown original handler, not to the importer', async () => {
    store = await openTestStore();
    const file = await analyze(store, csv([TITLE, HEADERS, ...ROWS.slice(3, 5)]));
    const { jobId } = ok<{ jobId: string }>(await start(file.fileId, file.mapping, 'allOrNothing'));
    expect(await finished(store, jobId)).toMatchObject({ status: 'done', rowsImported: 2 });
    const [closed, redirected] = await store.db.cases.orderBy('externalId').toArray();

    const detail = ok<CaseDetail>(await store.send('cases.detail', { id: closed!.id }, 'supervisor'));
    expect(detail.record.outcome).toEqual({ summary: '已补发。', at: new Date(2025, 2, 2, 16, 0).getTime(), by: UNKNOWN_HANDLER });
    expect(detail.entries).toEqual([expect.objectContaining({ kind: 'progress', outcome: true, text: '已补发。', by: UNKNOWN_HANDLER })]);
    expect(redirected!.screening).toMatchObject({ decision: 'redirected', reason: '属物业管辖，已转物业。', by: UNKNOWN_HANDLER });
    // Who entered them in the desk, and when, is the supervisor running the import.
    expect(closed!.intakeAgent).toEqual({ id: 'u-supervisor', name: '主管老陈' });
    expect(closed!.registeredAt).toBe(store.now());
  });

  it('keeps the old system’s progress notes (处理进展) on the case, whole, before its outcome', async () => {
    store = await openTestStore();
    const notes = '3/2 联系客户确认；3/2 安排补发';
    const file = await analyze(store, csv([TITLE, [...HEADERS, '处理进展'], [...ROWS[3]!, notes]]));
    expect(file.mapping).toMatchObject({ notes: HEADERS.length });
    const { jobId } = ok<{ jobId: string }>(await start(file.fileId, file.mapping, 'allOrNothing'));
    expect(await finished(store, jobId)).toMatchObject({ status: 'done', rowsImported: 1 });
    const [imported] = await store.db.cases.toArray();
    const detail = ok<CaseDetail>(await store.send('cases.detail', { id: imported!.id }, 'supervisor'));
    expect(detail.entries.map((e) => [e.kind, 'text' in e ? e.text : '', e.at, 'outcome' in e])).toEqual([
      ['progress', notes, imported!.receivedAt, false],
      ['progress', '已补发。', imported!.closedAt, true],
    ]);
  });

  it('checks again at the start when the departments changed since the check', async () => {
    store = await openTestStore();
    const file = await analyze(store, csv([TITLE, HEADERS, ROWS[0]!, ROWS[3]!]));
    expect(await check(file.fileId, file.mapping)).toMatchObject({ valid: 1, invalid: 1 });
    await setDepartments([...DEFAULT_DEPARTMENTS, '客服一部']);
    const { jobId } = ok<{ jobId: string }>(await start(file.fileId, file.mapping, 'allOrNothing'));
    expect(await finished(store, jobId)).toMatchObject({ status: 'done', rowsImported: 2 });
    expect((await store.db.cases.orderBy('externalId').toArray()).map((c) => c.department)).toEqual(['客服一部', '质量管理部']);

    // And the other way: a department removed after the check does not come in.
    const again = await analyze(store, csv([HEADERS, ['7', 'GD202500007', '2025-06-01 10:00', '电话', '钱七', '13512345678', '快递慢。', '客服一部', '未办结', '', '', '']]));
    expect(await check(again.fileId, again.mapping)).toMatchObject({ valid: 1, invalid: 0 });
    await setDepartments(DEFAULT_DEPARTMENTS);
    expect(refusal(await start(again.fileId, again.mapping, 'allOrNothing'))).toMatchObject({ code: 'imports.hasErrors', params: { count: 1 } });
  });

  it('when an all-or-nothing import of a file without numbers cannot resume, imports it again without the rows already in (told apart by content)', async () => {
    store = await openTestStore();
    const held = holdBefore(1);
    configureImports(store.db, { chunkSize: 1, faults: { beforeChunk: held.beforeChunk } });
    await setDepartments([...DEFAULT_DEPARTMENTS, '客服一部']);
    const data = csv([TITLE, HEADERS, ROWS[2]!, ROWS[3]!, ROWS[5]!]);
    const file = await analyze(store, data);
    // Without the old system's number, an imported row is told apart by what it says.
    const unnumbered = { ...file.mapping, externalId: null };
    const { jobId } = ok<{ jobId: string }>(await start(file.fileId, unnumbered, 'allOrNothing'));
    await held.reached;
    ok(await store.send('imports.cancel', { jobId }, 'supervisor'));
    held.open();
    expect(await finished(store, jobId)).toMatchObject({ status: 'cancelled', rowsImported: 1 });
    // 客服一部 is removed meanwhile: row 5, not yet imported, names it.
    await setDepartments(DEFAULT_DEPARTMENTS);
    const again = await analyze(store, data);
    expect(refusal(await store.send('imports.resume', { jobId, fileId: again.fileId }, 'supervisor'))).toEqual({
      code: 'imports.resumeHasErrors',
      params: { count: 1, row: 5, imported: 1, firstRow: 3, lastRow: 3 },
    });
    expect(await store.db.cases.count()).toBe(1);
    // Given up and imported again, valid rows only: the row already in is a duplicate of its case, row 5 an error.
    ok(await store.send('imports.cancel', { jobId }, 'supervisor'));
    configureImports(store.db, { chunkSize: 1 });
    const [imported] = await store.db.cases.toArray();
    const result = await check(again.fileId, unnumbered);
    expect(result).toMatchObject({ valid: 1, invalid: 2, duplicates: 1 });
    expect(result.errors.find((e) => e.row === 3)).toMatchObject({ code: 'imports.duplicateContent', params: { no: imported!.no }, field: 'description' });
    const second = ok<{ jobId: string }>(await start(again.fileId, unnumbered, 'valid'));
    expect(await finished(store, second.jobId)).toMatchObject({ status: 'done', rowsImported: 1 });
    expect(await store.db.cases.count()).toBe(2);
  });
});
