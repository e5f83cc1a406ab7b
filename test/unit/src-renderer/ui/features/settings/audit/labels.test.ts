import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { SETTINGS_KEYS } from '../../../../../../../src-renderer/domain/settings/settings';
import type { UserRecord } from '../../../../../../../src-renderer/domain/users/user';
import { POLICY_KEY } from '../../../../../../../src-renderer/store/alerts/context';
import { userAuditView } from '../../../../../../../src-renderer/store/core/users';
import type { CaseRecord } from '../../../../../../../src-renderer/domain/cases/case';
import type { Clock } from '../../../../../../../src-renderer/domain/clocks/clock';
import { formatDateTime } from '../../../../../../../src-renderer/ui/components/format';
import { actorText, changedFields, commandLabel, fieldLabel, subjectText, valueText } from '../../../../../../../src-renderer/ui/features/settings/audit/labels';
import { detailLines, keyLabel } from '../../../../../../../src-renderer/ui/features/settings/audit/values';
import { closedCase, staff } from '../../../../domain/privacy/fixtures';
import { translator } from '../../../i18n/translator';

let zh: TFunction;
let en: TFunction;
beforeAll(async () => {
  zh = await translator('zh-CN');
  en = await translator('en');
});

const user = { id: 'u-1', username: 'wangxiao', name: '王晓', role: 'agent', department: '客服中心', active: 1, createdAt: 1 } as UserRecord;

describe('audit log actors', () => {
  it('names a person with the role, and what the desk did by itself as 系统, never system（system）', () => {
    expect(actorText(zh, { name: '王晓', role: 'agent' })).toBe('王晓（客服专员）');
    expect(actorText(zh, { name: 'system', role: 'system' })).toBe('系统');
    expect(actorText(en, { name: 'system', role: 'system' })).toBe('System');
  });
});

describe('audit log field labels', () => {
  it('names every field a case, a settings key or a user records, in both languages', () => {
    const recorded = [
      ...Object.keys(closedCase()).map((field) => ['case', field] as const),
      ...[...SETTINGS_KEYS, POLICY_KEY].map((field) => ['settings', field] as const),
      ...Object.keys(userAuditView(user)).map((field) => ['user', field] as const),
    ];
    for (const t of [zh, en]) {
      const raw = recorded.filter(([kind, field]) => fieldLabel(t, kind, field) === field);
      expect(raw).toEqual([]);
    }
    expect(fieldLabel(zh, 'settings', 'privacy')).toBe('个人信息保存期限');
    expect(fieldLabel(en, 'case', 'archived')).toBe('Archived');
  });

  it('shows a settings group as recorded: the event’s detail reads it leaf by leaf (settingsChanges.test.ts)', () => {
    const privacy = { retentionDays: 30, alertLogDays: 365, erasureReplyDays: 15 };
    expect(valueText('privacy', privacy, zh, 'settings')).toBe(JSON.stringify(privacy));
    expect(valueText('centreName', '华东客服中心', en, 'settings')).toBe('华东客服中心');
    expect(valueText('sla', null, zh, 'settings')).toBe('—');
  });

  it('leaves out the fields every command touches', () => {
    expect(changedFields({ updatedAt: {}, archived: {} })).toEqual(['archived']);
    expect(changedFields({ updatedAt: {}, nextDueAt: {}, responseDueAt: {}, extensions: {} })).toEqual(['extensions']);
  });

  it('names the fields an anonymisation cleared, which it records without their values', () => {
    expect(changedFields({}, { fields: ['customerName', 'phone'], entries: 2 })).toEqual(['customerName', 'phone']);
    // Recorded changes come first; a detail without a list of fields adds nothing.
    expect(changedFields({ status: {} }, { fields: ['phone'] })).toEqual(['status']);
    expect(changedFields({}, { cases: 2 })).toEqual([]);
  });

  it('reads an import’s value matches one per line, by the item’s and the desk value’s labels, with how each was made', () => {
    const matches = [
      { field: 'category', value: '快递问题', target: 'logistics', origin: 'similar' },
      { field: 'severity', value: 'A级', target: 'major', origin: 'user' },
      { field: 'status', value: '已归档', target: 'closed', origin: 'remembered' },
      { field: 'department', value: '客服一部', target: '客服中心', origin: 'user' },
    ];
    expect(valueText('valueMatches', matches, zh).split('\n')).toEqual([
      '投诉类别：快递问题 → 物流配送（建议）',
      '严重程度：A级 → 重大（手动选择）',
      '状态：已归档 → 已结案（沿用上次）',
      '责任部门：客服一部 → 客服中心（手动选择）',
    ]);
    expect(valueText('valueMatches', matches, en).split('\n')).toEqual([
      'Category: 快递问题 → Logistics (suggested)',
      'Severity: A级 → Major (chosen)',
      'Status: 已归档 → Closed (as last time)',
      'Responsible department: 客服一部 → 客服中心 (chosen)',
    ]);
    expect(valueText('valueCounts', { demand: 3, category: 1 }, en)).toBe('Customer demands: 3\nCategory: 1');
    expect(fieldLabel(zh, 'import', 'valueMatches')).toBe('取值对应');
    expect(fieldLabel(en, 'import', 'valueMatches')).toBe('Values matched');
    // Anything else recorded under those names is shown as it was recorded.
    expect(valueText('valueMatches', [{ field: 'nope' }], en)).toBe('[{"field":"nope"}]');
  });
});

describe('the subject and the action of backup events', () => {
  it('names the backups’ chain as such, and the backup made before a restore', () => {
    const row = { subject: 'backup', subjectKind: 'backup' as const };
    expect(subjectText(zh, row)).toBe('备份与恢复');
    expect(subjectText(en, row)).toBe('Backup and restore');
    expect(commandLabel(zh, 'backup.preRestore')).toBe('恢复前备份');
    expect(commandLabel(en, 'backup.preRestore')).toBe('Backup before restore');
  });
});

const clock: Clock = {
  kind: 'resolution',
  mode: 'business',
  budgetMs: 72 * 3600_000,
  startedAt: 10,
  consumedMs: 5 * 3600_000,
  runningSince: null,
  dueAt: 20,
  state: 'met',
  completedAt: 15,
  pauses: [{ from: 11, to: 12, reason: '等客户补充', dueAt: 19 }],
};

/** A case with every kind of record a case can hold, as the audit log shows it when it was created (生成演示数据, 导入). */
function fullCase(): CaseRecord {
  const base = closedCase();
  return {
    ...base,
    channel: 'walk_in',
    customerType: 'individual',
    severity: 'general',
    initialSeverity: 'general',
    category: 'after_sales',
    initialCategory: 'after_sales',
    demands: ['refund', 'apology'],
    address: '上海市',
    socialPlatform: 'wechat',
    socialAccount: 'chenxy',
    referralNo: '12315-0001',
    referralDeadline: { dueAt: 30, workingDays: 7 },
    referralReplies: [{ at: 31, replier: '王经理', method: 'platform', text: '已处理', final: true, recordedAt: 32, recordedBy: staff }],
    importedFrom: { jobId: 'job-1', row: 3 },
    // A clock kept under `verification` (核实时限) is no verification entry of an event's detail.
    clocks: { resolution: clock, verification: { ...clock, kind: 'verification' } },
    earlierResolutions: [clock],
    infoRequests: [{ missing: '发票', askedAt: 1, askedBy: staff, received: { note: '已收到', at: 2, by: staff } }],
    verificationRequests: [
      { id: 'r-1', department: '物流配送部', question: '是否签收', replyBy: 3, askedAt: 1, askedBy: staff, state: 'answered', answer: { entryId: 'e-1', at: 2, by: staff } },
      { id: 'r-2', department: '财务部', question: '是否退款', replyBy: 3, askedAt: 1, askedBy: staff, state: 'withdrawn', withdrawal: { reason: '', at: 4, by: staff, cause: 'completion' } },
    ],
    grading: { ...base.grading!, returns: [{ reason: '补充理由', at: 3, by: staff }] },
    plan: {
      ...base.plan!,
      compensationConfirmations: [{ outcome: 'paid', amount: 200, method: 'voucher_code', paidAt: 7, reference: 'Q-1', note: '', at: 7, by: staff }],
      earlierOpinions: [{ text: '可能起诉', at: 5, by: staff }],
    },
    earlierPlans: [base.plan!],
    earlierSurveys: [base.feedback!],
    outcome: { summary: '已补发', at: 8, by: staff },
    termination: { reason: 'withdrawn', note: '客户撤诉', duplicateOf: { id: 'c-9', no: 'TS20260101-0009' }, from: 'executing', at: 9, by: staff },
    legalHolds: [{ kind: 'litigation', reason: '诉讼', reference: '(2026)沪01民初1号', until: null, placedAt: 9, placedBy: staff, released: { note: '已结案', at: 10, by: staff } }],
    mergedCases: [
      {
        id: 'c-7',
        no: 'TS20260101-0007',
        at: 9,
        by: staff,
        informed: { outcome: 'informed', channel: 'phone', note: '已电话告知', at: 10, by: staff, reopenCount: 0 },
        via: { id: 'c-6', no: 'TS20260101-0006', at: 8 },
        sameCustomer: true,
      },
    ],
    relatedCases: [{ id: 'c-8', no: 'TS20260101-0008', kind: 'same_order', note: '同一订单', at: 9, by: staff }],
    corrections: [{ fields: ['phone'], reason: '输错了', at: 4, by: staff }],
    anonymisedAt: 11,
  };
}

/** Every key inside the case's records, with the key that holds it. */
function nestedKeys(value: unknown, holder: string, out: Array<[string, string]> = []): Array<[string, string]> {
  if (Array.isArray(value)) value.forEach((item) => nestedKeys(item, holder, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      out.push([key, holder]);
      nestedKeys(item, key, out);
    }
  }
  return out;
}

describe('recorded values, readable', () => {
  it('shows a case’s codes by their labels and people by name, as 生成演示数据 recorded them', () => {
    const record = fullCase();
    const shown = (t: TFunction, field: keyof CaseRecord) => valueText(field, record[field], t, 'case');
    expect(['channel', 'customerType', 'severity', 'category', 'demands', 'owner', 'status', 'archived'].map((f) => shown(zh, f as keyof CaseRecord))).toEqual([
      '现场',
      '个人',
      '一般',
      '售后响应',
      '退款、道歉',
      '客服小王',
      '已关闭',
      '是',
    ]);
    expect(['channel', 'customerType', 'severity', 'category', 'demands', 'owner'].map((f) => shown(en, f as keyof CaseRecord))).toEqual([
      'Walk-in',
      'Individual',
      'General',
      'After-sales response',
      'Refund, Apology',
      '客服小王',
    ]);
    expect(shown(zh, 'amount')).toBe('¥1,280.50');
    expect(shown(zh, 'screening').split('\n')).toEqual(['决定：受理', `时间：${formatDateTime(1)}`, '经办人：客服小王']);
    expect(shown(zh, 'relatedCases')).toBe(`投诉单号：TS20260101-0008；类型：同一订单；备注：同一订单；时间：${formatDateTime(9)}；经办人：客服小王`);
    expect(shown(en, 'corrections')).toBe(`Fields: Phone; Reason: 输错了; Time: ${formatDateTime(4)}; By: 客服小王`);
    expect(shown(zh, 'clocks')).toContain('处理时限：（类型：处理时限；计时方式：按工作时间计算');
  });

  it('leaves no code, no JSON and no unnamed key in any field of a case, in both languages', () => {
    const record = fullCase();
    const codes = ['walk_in', 'individual', 'general', 'after_sales', 'refund', 'apology', 'accepted', 'approved', 'voucher', 'paid', 'litigation', 'same_order', 'informed', 'withdrawn', 'executing', 'met', 'business', 'platform', 'closed', 'wechat', 'resolution', 'logistics', 'major', 'phone', 'verification', 'answered', 'completion'];
    for (const [field, value] of Object.entries(record)) {
      const text = valueText(field, value, zh, 'case');
      expect(text, field).not.toMatch(/[{}"]/);
      const raw = codes.filter((code) => new RegExp(`(^|[^A-Za-z_])${code}([^A-Za-z_]|$)`).test(text));
      expect(raw, `${field}: ${text}`).toEqual([]);
      expect(valueText(field, value, en, 'case'), field).not.toMatch(/[{}"]|walk_in|after_sales|same_order|voucher_code/);
    }
    for (const t of [zh, en]) {
      const unnamed = nestedKeys(record, '').filter(([key, holder]) => holder !== '' && keyLabel(t, key, holder) === key);
      expect(unnamed).toEqual([]);
    }
  });

  it('reads an event’s detail: what anonymisation erased, why a password was refused, what a backup held', () => {
    const anonymised = { fields: ['customerName', 'phone', 'orderNo', 'plan.measures', 'anonymisedAt'], entries: 2, entryFields: ['contact.summary'], attachmentsDeleted: 1 };
    expect(detailLines(zh, 'case', 'cases.anonymise', anonymised)).toEqual([
      // The stamp of the act is no field erased.
      '已清除：客户姓名、联系电话、订单号、处理方案 · 处理措施',
      '改写的处理记录（条）：2',
      '处理记录中改写的内容：联系客户 · 摘要',
      '删除的附件：1',
    ]);
    expect(detailLines(en, 'case', 'cases.anonymise', anonymised)[0]).toBe('Erased: Customer name, Phone, Order no., Plan · Measures');
    expect(detailLines(zh, 'user', 'auth.confirmFailed', { reason: 'wrongPassword', attempt: 5 })).toEqual(['原因：密码错误', '连续第几次：5']);
    expect(detailLines(en, 'user', 'auth.lockedOut', { attempts: 5, lockedUntil: 1_800_000 })).toEqual(['Wrong passwords in a row: 5', `Locked until: ${formatDateTime(1_800_000)}`]);
    expect(detailLines(zh, 'backup', 'backup.preRestore', { kind: 'pre-restore', fileName: 'a.cdbak', path: '', bytes: 2048, counts: { cases: 3, users: 2 } })).toEqual([
      '类型：恢复前备份',
      '文件名：a.cdbak',
      '大小：2 KB',
      '记录数：投诉单：3、用户：2',
    ]);
    expect(detailLines(en, 'case', 'cases.link', { caseNo: 'TS20260101-0008', kind: 'same_order', note: '' })).toEqual(['Other case: TS20260101-0008', 'Kind: Same order']);
    expect(detailLines(zh, 'import', 'imports.chunk', { chunk: 2, cases: [['c-1', 'TS20260101-0001', 3], ['c-2', 'TS20260101-0002', 4]] })).toEqual([
      '批次：2',
      '投诉单：（c-1、TS20260101-0001、3）、（c-2、TS20260101-0002、4）',
    ]);
  });
});

