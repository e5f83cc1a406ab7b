import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../../src-renderer/domain/cases/case';
import type { CaseEntry } from '../../../../../../../src-renderer/domain/cases/entries';
import type { CustomerExport } from '../../../../../../../src-renderer/domain/privacy/customer';
import type { Row, Sheet } from '../../../../../../../src-renderer/ui/export/sheet';
import { customerSheets, entryText } from '../../../../../../../src-renderer/ui/features/settings/privacy/customerSheets';
import { initI18n } from '../../../../../../../src-renderer/ui/i18n';
import { closedCase, staff } from '../../../../domain/privacy/fixtures';
import { translator } from '../../../i18n/translator';

const by = { id: 'u-1', name: '客服小王' };
const entry = (data: object) => ({ id: 'e', caseId: 'c-1', at: Date.UTC(2026, 0, 2), by, ...data }) as CaseEntry;

describe('customerSheets', () => {
  it('summarises the export as cases, entries and attachments, contacts in full', async () => {
    const i18n = await initI18n('zh-CN');
    const record: CaseRecord = { ...closedCase(), no: 'TS1', receivedAt: Date.UTC(2026, 0, 1), email: 'c@example.com', closedAt: null, description: '丢件' };
    const data: CustomerExport = {
      format: 'complaint-desk/customer-export',
      version: 1,
      exportedAt: 0,
      exportedBy: by,
      key: { kind: 'phone', value: '13912345678' },
      cases: [
        {
          record,
          entries: [entry({ kind: 'contact', channel: 'phone', contactedAt: 0, summary: '已回电' })],
          attachments: [{ id: 'a', caseId: 'c-1', name: '照片.jpg', type: 'image/jpeg', size: 12, addedAt: Date.UTC(2026, 0, 3), addedBy: by, step: 'intake' }],
        },
      ],
    };
    const sheets = customerSheets(i18n.t, data);
    const rows = ['投诉', '处理记录', '附件'].map((name) => (sheets.find((s) => s.name === name)!.rows as Row[][])[0]!);
    expect(rows[0]![0]!.slice(0, 11)).toEqual(['TS1', new Date(Date.UTC(2026, 0, 1)), '陈晓燕', '13912345678', 'c@example.com', '', '', '', '', '已关闭', '物流配送']);
    const letter = customerSheets(i18n.t, { ...data, cases: [{ ...data.cases[0]!, record: { ...record, address: '杭州市文三路88号', referralNo: 'A-1' } }] });
    expect((letter[0]!.rows as Row[][])[0]![0]!.slice(5, 9)).toEqual(['杭州市文三路88号', '', '', 'A-1']);
    // The social or app account, with its platform in words, beside the other contacts.
    const online = customerSheets(i18n.t, { ...data, cases: [{ ...data.cases[0]!, record: { ...record, socialPlatform: 'weibo', socialAccount: '@ZhangSan_88' } }] });
    expect((online[0]!.rows as Row[][])[0]![0]!.slice(5, 8)).toEqual(['', '微博', '@ZhangSan_88']);
    expect(rows[1]![0]!.slice(2)).toEqual(['联系客户', '客服小王', '已回电']);
    // The summary the handling was completed with reads as the outcome.
    const done = customerSheets(i18n.t, { ...data, cases: [{ ...data.cases[0]!, entries: [entry({ kind: 'progress', text: '已补发', outcome: true })] }] });
    // A callback typed in after the result but made before it is listed at the time of the call, in that order.
    const late = [entry({ kind: 'progress', text: '已补发', outcome: true }), entry({ kind: 'feedbackAttempt', channel: 'phone', reason: 'busy', note: '', at: Date.UTC(2026, 0, 3), calledAt: Date.UTC(2026, 0, 1) })];
    const ordered = customerSheets(i18n.t, { ...data, cases: [{ ...data.cases[0]!, entries: late }] });
    const lines = (ordered.find((s) => s.name === '处理记录')!.rows as Row[][])[0]!;
    expect(lines.map((line) => [(line[1] as Date).getTime(), line[4]])).toEqual([
      [Date.UTC(2026, 0, 1), '占线/客户正忙'],
      [Date.UTC(2026, 0, 2), '已补发'],
    ]);
    expect((done.find((s) => s.name === '处理记录')!.rows as Row[][])[0]![0]!.slice(2)).toEqual(['处理结果', '客服小王', '已补发']);
    expect(rows[2]![0]!.slice(1, 4)).toEqual(['照片.jpg', 'image/jpeg', 12]);
    // A withdrawn file, as the export gives it (name withheld): said to be withdrawn, and when its file went.
    const withdrawnAt = new Date(2026, 0, 4, 9, 30).getTime();
    const gone = { id: 'w', caseId: 'c-1', name: '***', type: 'image/jpeg', size: 40, addedAt: Date.UTC(2026, 0, 3), addedBy: by, step: 'intake', withdrawn: { at: withdrawnAt, by, reason: '***' } };
    const withdrawn = customerSheets(i18n.t, { ...data, cases: [{ ...data.cases[0]!, attachments: [gone] }] });
    expect((withdrawn.find((s) => s.name === '附件')!.rows as Row[][])[0]![0]!.slice(1, 4)).toEqual(['（已撤下的附件，文件已于 2026-01-04 09:30 删除）', 'image/jpeg', 40]);
  });

  it('reads the text of every kind of entry', async () => {
    const i18n = await initI18n('zh-CN');
    expect(entryText(i18n.t, entry({ kind: 'check', department: '物流配送部', checked: '签收记录', finding: '未签收' }))).toBe('物流配送部 · 签收记录 · 未签收');
    expect(entryText(i18n.t, entry({ kind: 'resume', note: '客户已回复' }))).toBe('客户已回复');
    expect(entryText(i18n.t, entry({ kind: 'qualityReturn', reason: '记录不全' }))).toBe('记录不全');
    // An unanswered callback: why it failed, and the note.
    expect(entryText(i18n.t, entry({ kind: 'feedbackAttempt', channel: 'phone', reason: 'no_answer', calledAt: 1, note: '' }))).toBe('无人接听');
    expect(entryText(i18n.t, entry({ kind: 'feedbackAttempt', channel: 'phone', reason: 'wrong_number', note: '空号' }))).toBe('号码错误/空号 · 空号');
  });
});

/** The fixture's closed case, handled twice: surveyed, sent back by quality review, its registration corrected, surveyed again. */
function handledTwice(): CaseRecord {
  const base = closedCase();
  const firstSurvey = { ...base.feedback!, at: Date.UTC(2026, 0, 5), comment: '第一次基本满意', satisfied: true };
  const firstPlan = { ...base.plan!, measures: ['补发'], compensation: { type: 'voucher' as const, amount: 50 } };
  return {
    ...base,
    address: '杭州市文三路88号',
    referralNo: '12315-0001',
    plan: { ...base.plan!, measures: ['补发同型号冰箱', '上门致歉'], compensation: { type: 'cash' as const, amount: 300 } },
    earlierPlans: [firstPlan],
    earlierSurveys: [firstSurvey],
    outcome: { summary: '已补发冰箱并上门致歉', at: Date.UTC(2026, 0, 8), by: staff },
    corrections: [{ fields: ['phone', 'address'], reason: '客户来电更正号码', at: Date.UTC(2026, 0, 3), by: staff }],
  };
}

function exportOf(record: CaseRecord): CustomerExport {
  return { format: 'complaint-desk/customer-export', version: 1, exportedAt: 0, exportedBy: by, key: { kind: 'phone', value: record.phone }, cases: [{ record, entries: [], attachments: [] }] };
}

/** Each sheet by name: its headings and its rows, each row as heading → cell. */
function read(sheets: Sheet[]): Record<string, Array<Record<string, unknown>>> {
  return Object.fromEntries(
    sheets.map((s) => [s.name, (s.rows as Row[][])[0]!.map((row) => Object.fromEntries(s.columns.map((column, i) => [column.header, row[i]])))]),
  );
}

describe('customerSheets: the customer’s own data in full', () => {
  it('says beside each plan’s promise what the customer received of it (赔付确认), or that it is not confirmed', async () => {
    const zh = await translator('zh-CN');
    const record = handledTwice();
    const paid = { outcome: 'paid' as const, amount: 300, method: 'bank_transfer' as const, paidAt: Date.UTC(2026, 0, 7, 2), reference: 'TX0107', note: '', at: Date.UTC(2026, 0, 7, 3), by: staff };
    const book = read(customerSheets(zh, exportOf({ ...record, plan: { ...record.plan!, compensationConfirmations: [paid] } })));
    expect(book['处理方案']!.map((row) => row['赔付情况'])).toEqual(['尚未确认', expect.stringMatching(/^¥300\.00 · 银行转账 · .+ · TX0107$/)]);
  });

  it('carries demands, order, product, amount, plans promised, outcome, every survey, extensions and corrections, in Chinese', async () => {
    const zh = await translator('zh-CN');
    const book = read(customerSheets(zh, exportOf(handledTwice())));
    expect(Object.keys(book)).toEqual(['投诉', '处理方案', '延期申请', '处理记录', '回访', '登记信息更正', '回复转办单位', '附件']);
    expect(book['投诉']![0]).toMatchObject({
      客户诉求: '退款',
      诉求说明: '退款到 chen.xy@example.com 绑定的账户',
      订单号: 'JD20261123001',
      '涉及产品/服务': '冰箱',
      涉及金额: 1280.5,
      通信地址: '杭州市文三路88号',
      来源单号: '12315-0001',
      投诉渠道: '电话',
      处理结果: '已补发冰箱并上门致歉',
      电话: '13912345678',
    });
    expect(book['处理方案']).toEqual([
      expect.objectContaining({ 处理措施: '1. 补发', 承诺的补偿: '代金券 ¥50.00', 方案: '重新处理前的方案' }),
      expect.objectContaining({ 处理措施: '1. 补发同型号冰箱\n2. 上门致歉', 承诺的补偿: '现金补偿 ¥300.00', 方案: '现行方案' }),
    ]);
    expect(book['延期申请']).toEqual([expect.objectContaining({ 延期原因: '等陈晓燕提供地址', 审批结果: '已批准', 审批意见: '同意', 申请人: '客服小王' })]);
    // The earlier survey too, not only the latest.
    expect(book['回访']).toEqual([
      expect.objectContaining({ 处理效率: 5, 解决程度: 4, 沟通态度: 3, 补偿合理性: 2, 是否满意: '满意', 客户意见: '第一次基本满意' }),
      expect.objectContaining({ 是否满意: '满意', 客户意见: '满意，有事打010-12345678', 告知的处理结果: '已补发', 回访方式: '电话' }),
    ]);
    expect(book['登记信息更正']).toEqual([
      { 投诉编号: 'TS20260101-0001', 更正时间: new Date(Date.UTC(2026, 0, 3)), 更正的项目: '联系电话、通信地址', 更正原因: '客户来电更正号码', 更正人: '客服小王' },
    ]);
  });

  it('heads every sheet in English when the UI is English', async () => {
    const en = await translator('en');
    const book = read(customerSheets(en, exportOf(handledTwice())));
    expect(Object.keys(book)).toEqual(['Cases', 'Plans', 'Extensions', 'Entries', 'Surveys', 'Corrections', 'Replies to the referring body', 'Attachments']);
    expect(book['Surveys']![1]).toMatchObject({ Satisfied: 'Satisfied', Efficiency: 5 });
    expect(book['Plans']![1]).toMatchObject({ 'Compensation promised': expect.stringContaining('300.00'), Plan: 'Current plan' });
    expect(Object.keys(book['Cases']![0]!)).toEqual(expect.arrayContaining(['Order no.', 'Demands']));
  });

  it('lists every reply sent to the referring body (12315) about the complaint, beside the order’s deadline', async () => {
    const zh = await translator('zh-CN');
    const dueAt = new Date(2026, 0, 12, 18, 0).getTime();
    const reply = (at: number, final: boolean, text: string) => ({ at, replier: '李客服', method: 'platform' as const, text, final, recordedAt: at, recordedBy: staff });
    const record: CaseRecord = {
      ...handledTwice(),
      channel: 'regulator_12315',
      referralDeadline: { dueAt, workingDays: 7 },
      referralReplies: [reply(Date.UTC(2026, 0, 4), false, '已联系消费者，正在核实'), reply(Date.UTC(2026, 0, 9), true, '已补发冰箱并上门致歉')],
    };
    expect(read(customerSheets(zh, exportOf(record)))['回复转办单位']).toEqual([
      { 投诉编号: 'TS20260101-0001', 转办反馈时限: '2026-01-12 18:00（受理后 7 个工作日）', 回复时间: new Date(Date.UTC(2026, 0, 4)), 回复类型: '阶段性回复', 回复方式: '平台上传', 回复人: '李客服', 回复内容: '已联系消费者，正在核实', 记录人: '客服小王' },
      expect.objectContaining({ 回复类型: '最终回复', 回复内容: '已补发冰箱并上门致歉' }),
    ]);
    // A case that is no referral has no rows.
    expect(read(customerSheets(zh, exportOf(handledTwice())))['回复转办单位']).toEqual([]);
  });

  it('leaves out a plan not yet approved: nothing was promised by it', async () => {
    const zh = await translator('zh-CN');
    const record = { ...closedCase(), plan: { ...closedCase().plan!, approvedAt: null, approvedBy: null } };
    expect(read(customerSheets(zh, exportOf(record)))['处理方案']).toEqual([]);
  });
});
