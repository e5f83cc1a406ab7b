import type { CaseRecord } from '../../../domain/cases/case';
import { DeskError } from '../../../domain/common/errors';
import { isPending } from '../../../domain/lifecycle/machine';
import { refuseBeforeReceipt } from '../../../domain/cases/receipt';
import { AddCheckInput, addContactInput, CompleteVerificationInput } from '../../../domain/verification/schema';
import { withdrawOpen } from '../../../domain/verification/requests';
import { caseCommand } from '../../core/case-command';
import { completeKind, startNode } from '../../core/clocks';
import { refuseUnknownDepartments } from '../../core/departments';
import { addEntry } from '../../core/entries';
import type { ServiceModule } from '../../rpc/define';
import { answerRequest, departmentQueue, requestCheck, withdrawRequest } from './requests';

/** 核实: checks with departments and contacts with the customer, then the conclusion. */
const addCheck = caseCommand('verification.addCheck', AddCheckInput, async (ctx, current, args) => {
  refuseUnknownDepartments(ctx.settings.departments, { department: args.department });
  const entry = await addEntry(ctx, current.id, { kind: 'check', department: args.department, checked: args.checked, finding: args.finding });
  return { next: current, detail: { entryId: entry.id, kind: 'check' } };
});

/** 客户沟通, both ways; a contact the customer made to chase the case (催办) is counted on the case. */
const addContact = caseCommand('verification.addContact', (ctx) => addContactInput(ctx.now()), async (ctx, current, args) => {
  refuseBeforeReceipt(current, args.contactedAt, 'contactedAt');
  if (args.chase) refuseChaseOfEnded(current);
  const entry = await addEntry(ctx, current.id, {
    kind: 'contact',
    channel: args.channel,
    contactedAt: args.contactedAt,
    summary: args.summary,
    ...(args.direction === 'inbound' ? { inbound: true as const } : {}),
    ...(args.chase ? { chase: true as const } : {}),
  });
  const next = args.chase ? { ...current, chases: chasedAgain(current.chases, args.contactedAt) } : current;
  return { next, detail: { entryId: entry.id, kind: 'contact', ...(args.chase ? { chase: true } : {}) } };
});

/**
 * A chase is of work still under way: a duplicate's is the case it went into (which counts it for
 * its owner), an ended case's is a contact, or a matter for quality review.
 */
function refuseChaseOfEnded(current: CaseRecord): void {
  const into = current.status === 'terminated' ? current.termination?.duplicateOf : undefined;
  const problem = into
    ? { field: 'chase', code: 'validation.chaseOnMerged', params: { no: into.no } }
    : !isPending(current.status, current.nextDueAt)
      ? { field: 'chase', code: 'validation.chaseEnded' }
      : null;
  if (problem) throw new DeskError({ code: 'validation.failed', fields: [problem] });
}

/** One chase more; the latest stays the latest when an earlier call is recorded late. */
function chasedAgain(chases: CaseRecord['chases'], at: number): NonNullable<CaseRecord['chases']> {
  return { count: (chases?.count ?? 0) + 1, lastAt: Math.max(chases?.lastAt ?? 0, at) };
}

/**
 * 已核实: grading may start only now. 核实请求 still unanswered are withdrawn as of now (the page
 * warns first): the desk must be able to conclude when a department never answers.
 */
const complete = caseCommand('verification.complete', CompleteVerificationInput, (ctx, current, args) => {
  const at = ctx.now();
  const clocks = startNode(completeKind(current.clocks, 'verification', at, ctx.settings), 'grading', at, ctx.settings);
  const { requests, withdrawn } = withdrawOpen(current.verificationRequests, { reason: '', at, by: ctx.actorPerson, cause: 'completion' });
  return {
    next: { ...current, clocks, verification: { conclusion: args.conclusion, at, by: ctx.actorPerson }, ...(requests ? { verificationRequests: requests } : {}) },
    ...(withdrawn > 0 ? { detail: { withdrawnRequests: withdrawn } } : {}),
  };
});

export const verificationService = {
  'verification.addCheck': addCheck,
  'verification.requestCheck': requestCheck,
  'verification.answerRequest': answerRequest,
  'verification.withdrawRequest': withdrawRequest,
  'verification.departmentQueue': departmentQueue,
  'verification.addContact': addContact,
  'verification.complete': complete,
} satisfies ServiceModule;
