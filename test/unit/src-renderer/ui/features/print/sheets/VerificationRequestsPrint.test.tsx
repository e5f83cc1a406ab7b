import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../../../../../src-renderer/domain/audit/chain';
import type { CaseEntry } from '../../../../../../../src-renderer/domain/cases/entries';
import type { VerificationRequest } from '../../../../../../../src-renderer/domain/verification/requests';
import { formatDateTime } from '../../../../../../../src-renderer/ui/components/format';
import { eventText } from '../../../../../../../src-renderer/ui/features/cases/eventText';
import { detailLines } from '../../../../../../../src-renderer/ui/features/settings/audit/values';
import { GradingSheet } from '../../../../../../../src-renderer/ui/features/print/sheets/GradingSheet';
import { initI18n } from '../../../../../../../src-renderer/ui/i18n';
import { closedCase, staff } from '../../../../domain/privacy/fixtures';
import { translator } from '../../../i18n/translator';

beforeAll(async () => {
  await initI18n('zh-CN');
});

const AT = Date.UTC(2026, 0, 5, 2);
const yang = { id: 'u-yang', name: '杨帆' };
const check: CaseEntry = { kind: 'check', id: 'e-1', caseId: 'c-1', at: AT + 1, by: yang, department: '物流配送部', checked: '调取物流轨迹', finding: '站点爆仓', requestId: 'r-1' };
const byPhone: CaseEntry = { kind: 'check', id: 'e-2', caseId: 'c-1', at: AT + 2, by: staff, department: '售后服务部', checked: '电话询问', finding: '已上门' };
const answered: VerificationRequest = {
  id: 'r-1',
  department: '物流配送部',
  question: '是否三天未派送？',
  replyBy: AT + 3_600_000,
  askedAt: AT,
  askedBy: staff,
  state: 'answered',
  answer: { entryId: 'e-1', at: AT + 1, by: yang },
};
const withdrawn: VerificationRequest = {
  ...answered,
  id: 'r-2',
  department: '财务部',
  question: '退款是否已到账？',
  state: 'withdrawn',
  answer: undefined,
  withdrawal: { reason: '', at: AT + 5, by: staff, cause: 'completion' },
};

describe('投诉分类定级表 and 核实请求', () => {
  it('lists a department’s answer among the checks, marked as such, and the requests never answered after them', () => {
    const { container } = render(
      <MantineProvider>
        <GradingSheet record={{ ...closedCase(), verificationRequests: [answered, withdrawn] }} entries={[check, byPhone]} />
      </MantineProvider>,
    );
    const checks = container.querySelector('table[aria-label="核实：内部核查"]')!;
    expect(checks.textContent).toContain('物流配送部（回复核实请求）调取物流轨迹站点爆仓杨帆');
    expect(checks.textContent).toContain('售后服务部电话询问已上门');
    const unanswered = container.querySelector('table[aria-label="核实：未回复的核实请求"]')!;
    expect(unanswered.textContent).toContain(`财务部退款是否已到账？${staff.name} · ${formatDateTime(AT)}完成核实时自动撤回（未回复）（${staff.name} · ${formatDateTime(AT + 5)}）`);
    expect(unanswered.textContent).not.toContain('是否三天未派送？');
  });

  it('has no such list when every request was answered, nor on a case that sent none', () => {
    for (const requests of [[answered], undefined]) {
      const { container, unmount } = render(
        <MantineProvider>
          <GradingSheet record={{ ...closedCase(), verificationRequests: requests }} entries={[check]} />
        </MantineProvider>,
      );
      expect(container.textContent).not.toContain('未回复的核实请求');
      unmount();
    }
  });
});

describe('the 定级表 as of its print time', () => {
  const open: VerificationRequest = { ...answered, id: 'r-3', department: '财务部', question: '退款是否已到账？', state: 'open', answer: undefined };
  const print = (requests: VerificationRequest[], printedAt: number, entries: CaseEntry[] = []) =>
    render(
      <MantineProvider>
        <GradingSheet record={{ ...closedCase(), verificationRequests: requests }} entries={entries} printedAt={printedAt} />
      </MantineProvider>,
    ).container;

  it('prints a request still open past its reply-by time 已逾期, as the case page says, and one not yet due 待回复', () => {
    const replyBy = formatDateTime(open.replyBy);
    const late = print([open], open.replyBy + 60_000).querySelector('table[aria-label="核实：未回复的核实请求"]')!;
    expect(late.textContent).toContain(`已逾期（回复期限 ${replyBy}）`);
    expect(late.textContent).not.toContain('待回复');
    const due = print([open], open.replyBy - 60_000).querySelector('table[aria-label="核实：未回复的核实请求"]')!;
    expect(due.textContent).toContain(`待回复（回复期限 ${replyBy}）`);
  });

  it('marks a department’s answer given after the reply-by time 已回复（逾期） among the checks', () => {
    const lateAnswer = { ...answered, answer: { entryId: 'e-1', at: answered.replyBy + 1, by: yang } };
    const checks = print([lateAnswer], AT + 86_400_000, [{ ...check, at: answered.replyBy + 1 }]).querySelector('table[aria-label="核实：内部核查"]')!;
    expect(checks.textContent).toContain('物流配送部（回复核实请求）\n已回复（逾期）调取物流轨迹');
    const inTime = print([answered], AT + 86_400_000, [check]).querySelector('table[aria-label="核实：内部核查"]')!;
    expect(inTime.textContent).not.toContain('逾期');
  });
});

describe('核实请求 on the timeline', () => {
  const event = (command: string, detail: Record<string, unknown>, changes: AuditEvent['changes'] = {}) => ({ command, detail, changes }) as unknown as AuditEvent;

  it('says what was asked of whom and by when, whose request was withdrawn and why, and how many went with the completion', async () => {
    const t = await translator('zh-CN');
    const asked = { ...answered, state: 'open' as const, answer: undefined };
    expect(eventText(t, event('verification.requestCheck', { verificationRequestId: 'r-1', requestDepartment: '物流配送部' }, { verificationRequests: { before: null, after: [asked] } }), [])).toBe(
      `物流配送部：是否三天未派送？（回复期限 ${formatDateTime(AT + 3_600_000)}）`,
    );
    expect(eventText(t, event('verification.withdrawRequest', { verificationRequestId: 'r-2', requestDepartment: '财务部', reason: '客户已提供截图' }), [])).toBe(
      '撤回发给财务部的核实请求 · 客户已提供截图',
    );
    expect(eventText(t, event('verification.answerRequest', { verificationRequestId: 'r-1', requestDepartment: '物流配送部', entryId: 'e-1', kind: 'check' }), [check])).toBe('物流配送部：站点爆仓');
    const completed = event('verification.complete', { withdrawnRequests: 2 }, { verification: { before: null, after: { conclusion: '延误属实' } } });
    expect(eventText(t, completed, [])).toBe('延误属实 · 未回复的核实请求 2 项随之撤回');
    expect(eventText(await translator('en'), { ...completed, detail: { withdrawnRequests: 1 } } as AuditEvent, [])).toBe('延误属实 · 1 unanswered verification request withdrawn with it');
  });

  it('reads in the audit log by the department asked, and what went with a completion', async () => {
    const t = await translator('zh-CN');
    expect(detailLines(t, 'case', 'verification.requestCheck', { verificationRequestId: 'r-1', requestDepartment: '物流配送部' })).toEqual(['核实请求编号：r-1', '核实部门：物流配送部']);
    expect(detailLines(t, 'case', 'verification.complete', { withdrawnRequests: 2 })).toEqual(['随之撤回的核实请求：2']);
  });
});
