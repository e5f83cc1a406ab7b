import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../../../../src-renderer/domain/clocks/calendar';
import { startClock } from '../../../../../src-renderer/domain/clocks/clock';
import { caseFacts } from '../../../../../src-renderer/domain/dashboard/facts';
import { numberDrafts, previewRow, toCaseRecord, UNKNOWN_HANDLER } from '../../../../../src-renderer/domain/imports/convert';
import { workingDaysDeadline } from '../../../../../src-renderer/domain/cases/referral-reply';
import { referralReplyDaysOf } from '../../../../../src-renderer/domain/clocks/sla-settings';
import type { ImportDraft } from '../../../../../src-renderer/domain/imports/validate';
import { DEFAULT_SETTINGS } from '../../../../../src-renderer/domain/settings/settings';

const NOW = new Date(2026, 10, 23, 10, 0).getTime();
const DAY = 86_400_000;
const HOUR = 3_600_000;
const importer = { id: 'u-1', name: '主管' };

function draft(overrides: Partial<ImportDraft> = {}): ImportDraft {
  return {
    row: 2,
    no: null,
    externalId: '',
    referralNo: '',
    receivedAt: new Date(2026, 10, 20, 9, 0).getTime(),
    channel: 'phone',
    customerName: '王五',
    customerType: 'individual',
    phone: '13812345678',
    email: '',
    description: '收到的商品有破损。',
    demands: ['exchange'],
    demandNote: '',
    product: '电水壶',
    orderNo: 'DD1',
    amount: 199,
    severity: 'serious',
    category: 'product_quality',
    subCategory: '',
    department: '质量管理部',
    status: 'open',
    closedAt: null,
    resolution: '',
    notes: '',
    ...overrides,
  };
}

let ids = 0;
const ctx = { now: NOW, settings: DEFAULT_SETTINGS, calendar: createCalendar(DEFAULT_SETTINGS.calendar), importer, jobId: 'job-1', newId: () => `id-${(ids += 1)}` };

describe('numberDrafts', () => {
  it('keeps desk numbers, numbers the rest after the day counter, and skips numbers the file keeps elsewhere', () => {
    const day = new Date(2026, 9, 5, 10).getTime();
    const drafts = [draft({ receivedAt: day }), draft({ no: 'TS-20261005-0004', receivedAt: day }), draft({ receivedAt: day }), draft({ receivedAt: day + DAY })];
    const { numbers, counters } = numberDrafts(drafts, new Map([['20261005', 2]]), new Map([['20261005', new Set([4, 6])]]));
    expect(numbers).toEqual(['TS-20261005-0005', 'TS-20261005-0004', 'TS-20261005-0007', 'TS-20261006-0001']);
    expect(counters).toEqual(new Map([['20261005', 7], ['20261006', 1]]));
  });

  it('never lowers a counter for a kept number below it', () => {
    const { counters } = numberDrafts([draft({ no: 'TS-20261005-0003' })], new Map([['20261005', 9]]), new Map());
    expect(counters.size).toBe(0);
  });

  it('numbers a day whose counter a kept TS-…-9999 pushed to the end from its gaps, and names the day and row when it is truly full', () => {
    const day = new Date(2025, 2, 10, 10).getTime();
    const drafts = [draft({ no: 'TS-20250310-9999', receivedAt: day }), draft({ receivedAt: day, row: 7 }), draft({ receivedAt: day, row: 8 })];
    // 1 and 3 are in the store, 2 is kept by another row of the file.
    const { numbers } = numberDrafts(drafts, new Map(), new Map([['20250310', new Set([2, 9999])]]), new Map([['20250310', new Set([1, 3])]]));
    expect(numbers).toEqual(['TS-20250310-9999', 'TS-20250310-0004', 'TS-20250310-0005']);
    const full = new Map([['20250310', new Set(Array.from({ length: 9999 }, (_, i) => i + 1))]]);
    expect(() => numberDrafts([draft({ receivedAt: day, row: 12 })], new Map([['20250310', 9999]]), new Map(), full)).toThrow(
      expect.objectContaining({ data: { code: 'imports.dayFull', params: { day: '2025-03-10', row: 12, max: 9999 } } }),
    );
  });
});

describe('toCaseRecord', () => {
  it('makes an open row a registered case whose response clock runs from its receipt, as registration does', () => {
    const d = draft();
    const { record, entries } = toCaseRecord(d, 'TS-20261120-0001', ctx);
    const expectedClock = startClock('response', DEFAULT_SETTINGS.sla.modes.response, DEFAULT_SETTINGS.sla.responseHours.serious * HOUR, d.receivedAt, ctx.calendar);
    expect(record).toMatchObject({
      no: 'TS-20261120-0001',
      status: 'registered',
      receivedAt: d.receivedAt,
      registeredAt: NOW,
      initialSeverity: 'serious',
      severity: 'serious',
      category: 'product_quality',
      department: '质量管理部',
      intakeAgent: importer,
      importedFrom: { jobId: 'job-1', row: d.row },
      owner: null,
      archived: 0,
      closedAt: null,
      clocks: { response: expectedClock },
      responseDueAt: expectedClock.dueAt,
      nextDueAt: expectedClock.dueAt,
    });
    expect(record).not.toHaveProperty('externalId');
    expect(entries).toEqual([]);
  });

  it('makes a closed row a closed case with its resolution in the progress log, archived when old enough', () => {
    // The resolution was written by the old system's handler, whom the file does not name: not by the importer.
    const closedAt = NOW - 40 * DAY;
    const { record, entries } = toCaseRecord(draft({ status: 'closed', closedAt, receivedAt: closedAt - DAY, resolution: '已换新。', externalId: 'GD-9' }), 'TS-20261014-0001', ctx);
    expect(record).toMatchObject({ status: 'closed', closedAt, archived: 1, clocks: {}, externalId: 'GD-9', feedback: null });
    expect(record).not.toHaveProperty('responseDueAt');
    expect(entries).toEqual([{ kind: 'progress', text: '已换新。', outcome: true, id: expect.any(String), caseId: record.id, at: closedAt, by: UNKNOWN_HANDLER }]);
    expect(record.outcome).toEqual({ summary: '已换新。', at: closedAt, by: UNKNOWN_HANDLER });
    expect(UNKNOWN_HANDLER).toEqual({ id: 'import:unknown-handler', name: '历史导入（原处理人不详）' });
    expect(record.intakeAgent).toEqual(importer);
    // The dashboard counts it as received and closed, without invented clock outcomes.
    expect(caseFacts(record)).toMatchObject({ status: 'closed', response: null, resolution: null, survey: null, nextDueAt: null });
    expect(toCaseRecord(draft({ status: 'closed', closedAt: NOW - DAY }), 'TS-20261122-0001', ctx).record.archived).toBe(0);
  });

  it('makes a redirected row a redirected case whose screening gives the reason', () => {
    const closedAt = NOW - DAY;
    const { record, entries } = toCaseRecord(draft({ status: 'redirected', closedAt, resolution: '属物业管辖，已转物业。' }), 'TS-20261120-0002', ctx);
    expect(record).toMatchObject({ status: 'redirected', closedAt, screening: { decision: 'redirected', reason: '属物业管辖，已转物业。', at: closedAt, by: UNKNOWN_HANDLER } });
    expect(entries).toEqual([]);
  });

  it('gives an open 12315 referral its reply deadline, the centre’s working days from receipt, and keeps its 来源单号; a closed one none', () => {
    const receivedAt = new Date(2026, 10, 20, 9, 0).getTime();
    const { record } = toCaseRecord(draft({ channel: 'regulator_12315', receivedAt, referralNo: '1433010020261120000815' }), 'TS-20261120-0004', ctx);
    const days = referralReplyDaysOf(DEFAULT_SETTINGS.sla);
    const dueAt = workingDaysDeadline(ctx.calendar, receivedAt, days);
    expect(record).toMatchObject({ referralNo: '1433010020261120000815', referralDeadline: { dueAt, workingDays: days } });
    expect(record.clocks.referralReply).toMatchObject({ kind: 'referralReply', startedAt: receivedAt, dueAt, state: 'running' });
    const closed = toCaseRecord(draft({ channel: 'regulator_12315', receivedAt, status: 'closed', closedAt: receivedAt + DAY }), 'TS-20261120-0005', ctx).record;
    expect(closed.clocks).toEqual({});
    expect(closed).not.toHaveProperty('referralDeadline');
  });

  it('keeps the old system’s progress notes whole, as one step of the handling dated at the receipt, before the resolution', () => {
    const closedAt = NOW - 2 * DAY;
    const receivedAt = closedAt - 5 * DAY;
    const notes = '3/6 联系客户确认；3/7 上门取件；3/9 财务退款完成';
    const { record, entries } = toCaseRecord(draft({ status: 'closed', receivedAt, closedAt, notes, resolution: '已退款。' }), 'TS-20261114-0001', ctx);
    expect(entries).toEqual([
      { kind: 'progress', text: notes, id: expect.any(String), caseId: record.id, at: receivedAt, by: UNKNOWN_HANDLER },
      { kind: 'progress', text: '已退款。', outcome: true, id: expect.any(String), caseId: record.id, at: closedAt, by: UNKNOWN_HANDLER },
    ]);
    // An open case's notes come in too, its outcome still to come.
    expect(toCaseRecord(draft({ notes }), 'TS-20261120-0003', ctx).entries).toEqual([expect.objectContaining({ kind: 'progress', text: notes, at: draft().receivedAt })]);
  });
});

describe('previewRow', () => {
  it('shows the row as it will be imported, the description shortened', () => {
    const row = previewRow(draft({ description: '长'.repeat(80), status: 'closed', closedAt: NOW - DAY }));
    expect(row).toMatchObject({ row: 2, no: null, status: 'closed', closedAt: NOW - DAY, channel: 'phone' });
    expect(row.description).toBe(`${'长'.repeat(60)}…`);
  });
});
