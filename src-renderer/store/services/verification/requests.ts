import { z } from 'zod';
import type { CaseRecord } from '../../../domain/cases/case';
import type { Category, Severity } from '../../../domain/cases/vocabulary';
import { DeskError } from '../../../domain/common/errors';
import { maskCaseFor } from '../../../domain/privacy/mask';
import {
  AnswerRequestInput,
  defaultReplyBy,
  mayAnswer,
  mayWithdraw,
  requestCheckInput,
  requestsOf,
  sameOpenRequest,
  WithdrawRequestInput,
  type VerificationRequest,
} from '../../../domain/verification/requests';
import { caseCommand } from '../../core/case-command';
import { refuseUnknownDepartments } from '../../core/departments';
import { addEntry } from '../../core/entries';
import { query } from '../../rpc/define';

/** The case's requests with `changed` in place of the one of its id. */
const replaced = (current: CaseRecord, changed: VerificationRequest): VerificationRequest[] =>
  requestsOf(current).map((request) => (request.id === changed.id ? changed : request));

/**
 * The open request `requestId` of the case; refused, naming who closed it, once it was answered or
 * withdrawn (a second answer would record a second finding for one question).
 */
function openRequest(current: CaseRecord, requestId: string): VerificationRequest {
  const request = requestsOf(current).find((r) => r.id === requestId);
  if (!request) throw new DeskError({ code: 'verificationRequest.notFound' });
  if (request.state === 'answered') throw new DeskError({ code: 'verificationRequest.answered', params: { name: request.answer?.by.name ?? '' } });
  if (request.state === 'withdrawn') throw new DeskError({ code: 'verificationRequest.withdrawn', params: { name: request.withdrawal?.by.name ?? '' } });
  return request;
}

/**
 * 发起核实请求: a question to one of the desk's departments, to answer by `replyBy` (by default the
 * 核实 deadline while it runs, else one working day). Its colleagues see it in 待本部门核实. The same
 * question to the same department is refused while it is still open on the case, naming who asked it.
 */
export const requestCheck = caseCommand('verification.requestCheck', (ctx) => requestCheckInput(ctx.now()), (ctx, current, args) => {
  refuseUnknownDepartments(ctx.settings.departments, { department: args.department });
  // The same question to the same department while it is still open: the department would answer it twice.
  const same = sameOpenRequest(current, args.department, args.question);
  if (same) throw new DeskError({ code: 'verificationRequest.duplicate', params: { department: same.department, name: same.askedBy.name } });
  const at = ctx.now();
  const request: VerificationRequest = {
    id: crypto.randomUUID(),
    department: args.department,
    question: args.question,
    replyBy: args.replyBy ?? defaultReplyBy(current, ctx.settings.workCalendar, at),
    askedAt: at,
    askedBy: ctx.actorPerson,
    state: 'open',
  };
  return {
    next: { ...current, verificationRequests: [...requestsOf(current), request] },
    detail: { verificationRequestId: request.id, requestDepartment: request.department },
  };
});

/**
 * 回复核实: what the department checked and found, recorded as a check in the department's name (taken
 * from the request) by whoever replies, linked to the request, which it closes. Only a colleague of
 * that department, or whoever may withdraw it (`mayWithdraw`).
 */
export const answerRequest = caseCommand('verification.answerRequest', AnswerRequestInput, async (ctx, current, args) => {
  const request = openRequest(current, args.requestId);
  if (!mayAnswer(ctx.actor!, request, current)) throw new DeskError({ code: 'verificationRequest.notDepartment', params: { department: request.department } });
  const entry = await addEntry(ctx, current.id, {
    kind: 'check',
    department: request.department,
    checked: args.checked,
    finding: args.finding,
    requestId: request.id,
  });
  const answered: VerificationRequest = { ...request, state: 'answered', answer: { entryId: entry.id, at: entry.at, by: ctx.actorPerson } };
  return {
    next: { ...current, verificationRequests: replaced(current, answered) },
    detail: { entryId: entry.id, kind: 'check', verificationRequestId: request.id, requestDepartment: request.department },
  };
});

/** 撤回核实请求: no answer is needed any more (or will not come); whoever asked, the case's owner or a supervisor, with the reason. */
export const withdrawRequest = caseCommand('verification.withdrawRequest', WithdrawRequestInput, (ctx, current, args) => {
  const request = openRequest(current, args.requestId);
  if (!mayWithdraw(ctx.actor!, request, current)) throw new DeskError({ code: 'verificationRequest.notAsker', params: { name: request.askedBy.name } });
  const withdrawn: VerificationRequest = { ...request, state: 'withdrawn', withdrawal: { reason: args.reason, at: ctx.now(), by: ctx.actorPerson } };
  return {
    next: { ...current, verificationRequests: replaced(current, withdrawn) },
    detail: { verificationRequestId: request.id, requestDepartment: request.department, reason: args.reason },
  };
});

/** A line of 待本部门核实: the open request and what identifies its case. */
export interface DepartmentRequestRow {
  caseId: string;
  no: string;
  category: Category | null;
  severity: Severity;
  request: VerificationRequest;
}

/**
 * 待本部门核实: the open requests to the caller's own department, the earliest reply-by first. Open
 * requests exist only on cases 核实中 (they are sent only then, and withdrawn when the case leaves
 * it), so only those are read, by the `status` index. The question is masked like its case for a
 * role without `contacts.view`.
 */
export const departmentQueue = query(
  z.object({}).default({}),
  async ({ db, actor }): Promise<DepartmentRequestRow[]> => {
    const { department, role } = actor!;
    const verifying = await db.cases.where('status').equals('verifying').toArray();
    const rows: DepartmentRequestRow[] = [];
    for (const record of verifying) {
      if (record.archived === 1 || !record.verificationRequests?.some((r) => r.state === 'open' && r.department === department)) continue;
      const shown = maskCaseFor(role, record);
      for (const request of requestsOf(shown)) {
        if (request.state !== 'open' || request.department !== department) continue;
        rows.push({ caseId: record.id, no: record.no, category: record.category, severity: record.severity, request });
      }
    }
    return rows.sort((a, b) => a.request.replyBy - b.request.replyBy || a.request.askedAt - b.request.askedAt);
  },
  { access: 'verification.answerRequest' },
);
