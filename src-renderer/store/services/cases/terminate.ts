import { TerminateInput } from '../../../domain/cases/termination';
import { CLOCK_KINDS } from '../../../domain/clocks/clock';
import { DeskError } from '../../../domain/common/errors';
import { takesDuplicates } from '../../../domain/cases/links';
import { withdrawOpen } from '../../../domain/verification/requests';
import { caseCommand } from '../../core/case-command';
import { pauseKind } from '../../core/clocks';
import { requireMergedInformed } from '../feedback/inform-merged';
import { mergeInto } from './merge';

/**
 * 终止处理: a supervisor ends a case before its loop is done. Its running clocks stop where they
 * stand (paused, with the reason), so it raises no more alerts and counts neither as on time nor
 * as late; it is closed for archiving and retention, but not as handled. A duplicate names the
 * case that handles the matter, which records it among 并入本单的投诉 (`mergedCases`) and takes
 * over the cases merged into it (store/services/cases/merge.ts). Ended for any other reason, a case
 * must first have told the customers merged into it the result: nobody else would.
 */
export const terminate = caseCommand('cases.terminate', TerminateInput, async (ctx, current, args) => {
  const at = ctx.now();
  let duplicateOf: { id: string; no: string } | undefined;
  let base = current;
  let unlinkedNo: string | undefined;
  if (args.reason === 'duplicate') {
    const other = await ctx.db.cases.where('no').equals(args.duplicateOfNo).first();
    // The matter must be in hand there: not this case, nor one that ended without handling it (two duplicates of each other would leave it to nobody).
    const problem = !other ? 'cases.notFound' : other.id === current.id ? 'validation.duplicateOfItself' : !takesDuplicates(other) ? 'validation.duplicateOfEnded' : null;
    if (problem) throw new DeskError({ code: 'validation.failed', fields: [{ field: 'duplicateOfNo', code: problem, ...(problem === 'validation.duplicateOfEnded' ? { params: { no: other!.no } } : {}) }] });
    duplicateOf = { id: other!.id, no: other!.no };
    // The case that handles the matter learns what went into it, in this transaction, with an event of its own.
    ({ next: base, unlinkedNo } = await mergeInto(ctx, current, other!, args.note, ctx.actorPerson));
  } else {
    await requireMergedInformed(ctx.db, current, 'links.mergedWaiting');
  }
  let clocks = base.clocks;
  for (const kind of CLOCK_KINDS) clocks = pauseKind(clocks, kind, at, args.note, ctx.settings);
  // An extension still asked for is withdrawn with the case: left pending, it read 待审批 for ever in no one's queue.
  const extensions = base.extensions.map((e) =>
    e.decision === 'pending' ? { ...e, decision: 'withdrawn' as const, decidedAt: at, decidedBy: ctx.actorPerson, decisionNote: args.note } : e,
  );
  // So is a 核实请求 still unanswered: no department's queue keeps a case that ended.
  const { requests, withdrawn } = withdrawOpen(base.verificationRequests, { reason: args.note, at, by: ctx.actorPerson, cause: 'termination' });
  return {
    next: {
      ...base,
      clocks,
      extensions,
      ...(requests ? { verificationRequests: requests } : {}),
      termination: { reason: args.reason, note: args.note, ...(duplicateOf ? { duplicateOf } : {}), from: current.status, at, by: ctx.actorPerson },
      closedAt: at,
    },
    detail: { reason: args.note, ...(unlinkedNo ? { unlinkedNo } : {}), ...(withdrawn > 0 ? { withdrawnRequests: withdrawn } : {}) },
  };
});
