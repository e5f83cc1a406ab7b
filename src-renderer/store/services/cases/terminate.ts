import { TerminateInput } from '../../../domain/cases/termination';
import { CLOCK_KINDS } from '../../../domain/clocks/clock';
import { DeskError } from '../../../domain/common/errors';
import { caseCommand } from '../../core/case-command';
import { pauseKind } from '../../core/clocks';

/**
 * 终止处理: a supervisor ends a case before its loop is done. Its running clocks stop where they
 * stand (paused, with the reason), so it raises no more alerts and counts neither as on time nor
 * as late; it is closed for archiving and retention, but not as handled. A duplicate names the
 * case that handles the matter.
 */
export const terminate = caseCommand('cases.terminate', TerminateInput, async (ctx, current, args) => {
  const at = ctx.now();
  let duplicateOf: { id: string; no: string } | undefined;
  if (args.reason === 'duplicate') {
    const other = await ctx.db.cases.where('no').equals(args.duplicateOfNo).first();
    // The matter must be in hand there: not this case, nor one that ended without handling it (two duplicates of each other would leave it to nobody).
    const problem = !other
      ? 'cases.notFound'
      : other.id === current.id
        ? 'validation.duplicateOfItself'
        : other.status === 'terminated' || other.status === 'redirected' || other.anonymisedAt !== undefined
          ? 'validation.duplicateOfEnded'
          : null;
    if (problem) throw new DeskError({ code: 'validation.failed', fields: [{ field: 'duplicateOfNo', code: problem, ...(problem === 'validation.duplicateOfEnded' ? { params: { no: other!.no } } : {}) }] });
    duplicateOf = { id: other!.id, no: other!.no };
  }
  let clocks = current.clocks;
  for (const kind of CLOCK_KINDS) clocks = pauseKind(clocks, kind, at, args.note, ctx.settings);
  return {
    next: {
      ...current,
      clocks,
      termination: { reason: args.reason, note: args.note, ...(duplicateOf ? { duplicateOf } : {}), from: current.status, at, by: ctx.actorPerson },
      closedAt: at,
    },
    detail: { reason: args.note },
  };
});
