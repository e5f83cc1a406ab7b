import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../../../src-renderer/domain/audit/chain';
import type { Clock } from '../../../../../src-renderer/domain/clocks/clock';
import { createCalendar, DEFAULT_CALENDAR } from '../../../../../src-renderer/domain/clocks/calendar';
import { anonymiseCase } from '../../../../../src-renderer/domain/privacy/anonymise';
import { anonymisedEvent } from '../../../../../src-renderer/domain/privacy/anonymised-events';
import { maskCaseFor } from '../../../../../src-renderer/domain/privacy/mask';
import { renameCaseDepartments } from '../../../../../src-renderer/domain/settings/departments';
import {
  defaultReplyBy,
  mayAnswer,
  mayWithdraw,
  requestStanding,
  sameOpenRequest,
  withdrawOpen,
  workingDayMs,
  type VerificationRequest,
} from '../../../../../src-renderer/domain/verification/requests';
import { closedCase, staff } from '../privacy/fixtures';

const calendar = createCalendar(DEFAULT_CALENDAR);
const at = (month: number, day: number, hour: number, minute = 0) => new Date(2026, month - 1, day, hour, minute).getTime();

const verification = (dueAt: number, state: Clock['state'] = 'running'): Clock => ({
  kind: 'verification',
  mode: 'business',
  budgetMs: 8 * 3_600_000,
  startedAt: dueAt - DAY,
  consumedMs: 0,
  runningSince: state === 'running' ? dueAt - DAY : null,
  dueAt,
  state,
  completedAt: null,
  pauses: [],
});
const DAY = 86_400_000;

const request = (overrides: Partial<VerificationRequest> = {}): VerificationRequest => ({
  id: 'r-1',
  department: '物流配送部',
  question: '请核实陈晓燕（13912345678）的订单是否签收',
  replyBy: at(11, 24, 18),
  askedAt: at(11, 23, 10),
  askedBy: staff,
  state: 'open',
  ...overrides,
});

describe('the reply-by time a request gets by default', () => {
  it('is the running 核实 deadline while it is ahead', () => {
    const due = at(11, 24, 17);
    expect(defaultReplyBy({ clocks: { verification: verification(due) } }, calendar, at(11, 23, 10))).toBe(due);
  });

  it('is one working day from now otherwise: deadline passed, completed or absent; lunch, the weekend and holidays not counted', () => {
    expect(workingDayMs(DEFAULT_CALENDAR)).toBe(8 * 3_600_000);
    const monday = at(11, 23, 10);
    expect(defaultReplyBy({ clocks: { verification: verification(monday - 1) } }, calendar, monday)).toBe(at(11, 24, 10));
    expect(defaultReplyBy({ clocks: { verification: verification(monday + DAY, 'met') } }, calendar, monday)).toBe(at(11, 24, 10));
    // Friday 17:00: one hour on Friday, seven on Monday, the lunch hour aside.
    expect(defaultReplyBy({ clocks: {} }, calendar, at(11, 27, 17))).toBe(at(11, 30, 17));
    // Asked as the day before National Day (2026-10-01 to 10-07) ends: due at the end of the first working day after.
    expect(defaultReplyBy({ clocks: {} }, calendar, at(9, 30, 18))).toBe(at(10, 8, 18));
  });
});

describe('who may act on a request', () => {
  const liu = { id: 'u-liu', role: 'agent', department: '售后服务部' } as const;
  const yang = { id: 'u-yang', role: 'agent', department: '物流配送部' } as const;
  const asker = { id: staff.id, role: 'agent', department: '客服中心' } as const;
  const supervisor = { id: 'u-chen', role: 'supervisor', department: '客服中心' } as const;

  const ownedBy = (id: string) => ({ owner: { id, name: '负责人' } });

  it('answers: the department asked, whoever asked, a supervisor; withdraws: whoever asked or a supervisor', () => {
    const record = ownedBy('u-someone-else');
    expect([liu, yang, asker, supervisor].map((who) => mayAnswer(who, request(), record))).toEqual([false, true, true, true]);
    expect([liu, yang, asker, supervisor].map((who) => mayWithdraw(who, request(), record))).toEqual([false, false, true, true]);
  });

  it('lets the case’s owner withdraw (and so record the answer to) a request a colleague asked on their case, and no one else’s case', () => {
    expect(mayWithdraw(liu, request(), ownedBy(liu.id))).toBe(true);
    expect(mayAnswer(liu, request(), ownedBy(liu.id))).toBe(true);
    expect(mayWithdraw(liu, request(), ownedBy('u-other'))).toBe(false);
    expect(mayWithdraw(liu, request(), { owner: null })).toBe(false);
  });

  it('reads an open request past its reply-by time as overdue, never a closed one', () => {
    const late = at(11, 24, 18) + 1;
    expect(requestStanding(request(), late)).toBe('overdue');
    expect(requestStanding(request(), at(11, 24, 17))).toBe('open');
    expect(requestStanding(request({ state: 'answered' }), late)).toBe('answered');
  });

  it('reads an answer given after the reply-by time as answered late (已回复（逾期）), one given by it as answered', () => {
    const answeredAt = (at: number) => request({ state: 'answered', answer: { entryId: 'e-1', at, by: staff } });
    const replyBy = at(11, 24, 18);
    expect(requestStanding(answeredAt(replyBy + 1), replyBy + 2)).toBe('answeredLate');
    expect(requestStanding(answeredAt(replyBy), replyBy + 2)).toBe('answered');
    expect(requestStanding(answeredAt(replyBy - 60_000), replyBy + 2)).toBe('answered');
  });

  it('finds an open request asking the same department the same question, spaces aside; not another department’s, nor a closed one', () => {
    const record = { verificationRequests: [request(), request({ id: 'r-2', department: '财务部', state: 'withdrawn' })] };
    expect(sameOpenRequest(record, '物流配送部', '  请核实陈晓燕（13912345678）的订单是否签收\n')?.id).toBe('r-1');
    expect(sameOpenRequest(record, '物流配送部', '请核实陈晓燕（13912345678）的订单是否已退款')).toBeUndefined();
    expect(sameOpenRequest(record, '售后服务部', '请核实陈晓燕（13912345678）的订单是否签收')).toBeUndefined();
    expect(sameOpenRequest(record, '财务部', '请核实陈晓燕（13912345678）的订单是否签收')).toBeUndefined();
    expect(sameOpenRequest({}, '物流配送部', '请核实陈晓燕（13912345678）的订单是否签收')).toBeUndefined();
  });

  it('withdraws only the open ones, and leaves a list with none open as it was', () => {
    const withdrawal = { reason: '', at: 5, by: staff, cause: 'completion' as const };
    const answered = request({ id: 'r-2', state: 'answered' });
    const { requests, withdrawn } = withdrawOpen([request(), answered], withdrawal);
    expect(withdrawn).toBe(1);
    expect(requests).toEqual([{ ...request(), state: 'withdrawn', withdrawal }, answered]);
    const none = [answered];
    expect(withdrawOpen(none, withdrawal)).toEqual({ requests: none, withdrawn: 0 });
    expect(withdrawOpen(undefined, withdrawal)).toEqual({ requests: undefined, withdrawn: 0 });
  });
});

describe('核实请求 as personal data: the question and a withdrawal’s reason are free texts', () => {
  const withdrawn = request({ id: 'r-2', state: 'withdrawn', withdrawal: { reason: '客户 chen.xy@example.com 已发来签收截图', at: 3, by: staff } });
  const record = { ...closedCase(), verificationRequests: [request(), withdrawn] };

  it('are masked for a role without contacts.view and shown whole to one with it', () => {
    const masked = maskCaseFor('director', record).verificationRequests!;
    expect(masked[0]!.question).toBe('请核实陈晓燕（139****5678）的订单是否签收');
    expect(masked[1]!.withdrawal!.reason).toBe('客户 c***@example.com 已发来签收截图');
    expect(maskCaseFor('agent', record).verificationRequests).toBe(record.verificationRequests);
  });

  it('are redacted when the case is anonymised, and named among the fields it changed', () => {
    const { next, fields } = anonymiseCase(record, Date.UTC(2029, 5, 1));
    expect(next.verificationRequests![0]).toEqual({ ...request(), question: '请核实***（***）的订单是否签收' });
    expect(next.verificationRequests![1]!.withdrawal!.reason).toBe('客户 *** 已发来签收截图');
    expect(fields).toEqual(expect.arrayContaining(['verificationRequests.question', 'verificationRequests.withdrawal.reason']));
  });

  it('are withheld in the history of an anonymised case', () => {
    const event = { changes: { verificationRequests: { before: [], after: [request()] } } } as unknown as AuditEvent;
    const shown = anonymisedEvent(event).changes.verificationRequests!.after as VerificationRequest[];
    expect(shown[0]).toEqual({ ...request(), question: '***' });
  });
});

describe('a department renamed', () => {
  it('takes its open requests along; an answered one keeps the name it was answered under', () => {
    const base = { ...closedCase(), status: 'verifying' as const, department: '客服中心', grading: null, plan: null };
    const answered = request({ id: 'r-2', state: 'answered', answer: { entryId: 'e-1', at: 2, by: staff } });
    const renamed = renameCaseDepartments({ ...base, verificationRequests: [request(), answered] }, new Map([['物流配送部', '物流部']]));
    expect(renamed?.verificationRequests?.map((r) => r.department)).toEqual(['物流部', '物流配送部']);
    expect(renameCaseDepartments({ ...base, verificationRequests: [answered] }, new Map([['物流配送部', '物流部']]))).toBeNull();
  });
});
