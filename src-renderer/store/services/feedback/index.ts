import { refuseBeforeReceipt, refuseBeforeResult } from '../../../domain/cases/receipt';
import { DeskError } from '../../../domain/common/errors';
import { QualityReturnInput, recordFeedbackInput, unreachableInput } from '../../../domain/feedback/schema';
import { withinQualityReturn } from '../../../domain/feedback/quality-return';
import { answeredCalls } from '../../../domain/feedback/survey';
import { caseCommand } from '../../core/case-command';
import { completeKind, startNode } from '../../core/clocks';
import { addEntry } from '../../core/entries';
import type { ServiceModule } from '../../rpc/define';
import { informMerged, requireMergedInformed } from './inform-merged';


/**
 * 反馈回访: the customer is told the result and surveyed; satisfied closes, not satisfied reopens.
 * A survey after re-handling keeps the one before it in `earlierSurveys`.
 */
const record = caseCommand('feedback.record', (ctx) => recordFeedbackInput(ctx.now()), async (ctx, current, args) => {
  refuseBeforeReceipt(current, args.at, 'at');
  refuseBeforeResult(current, args.at, 'at');
  const at = ctx.now();
  const earlier = current.feedback ? { earlierSurveys: [...(current.earlierSurveys ?? []), current.feedback] } : {};
  // The customer reached: every failed call recorded before answered, whatever time the survey is dated (an e-mail's reply may predate the last call).
  // 回访时限 is met or missed by the survey when it was taken (recorded the next morning, it was still on time), also
  // one that sends the case back to be handled again.
  const answered = { ...answeredCalls(current), clocks: completeKind(current.clocks, 'callback', Math.min(args.at, at), ctx.settings) };
  const feedback = {
    channel: args.channel,
    result: args.result,
    at: args.at,
    by: ctx.actorPerson,
    scores: args.scores,
    comment: args.comment,
    satisfied: args.satisfied,
  };
  if (args.satisfied) {
    // Not closed while a merged duplicate's customer still waits to hear the result (feedback.informMerged).
    await requireMergedInformed(ctx.db, current);
    return { next: { ...answered, ...earlier, feedback, closedAt: at }, target: 'closed' as const };
  }
  await addEntry(ctx, current.id, { kind: 'reopen', reason: args.reopenReason });
  return {
    next: { ...answered, ...earlier, feedback, reopenCount: current.reopenCount + 1, clocks: startNode(answered.clocks, 'planApproval', at, ctx.settings) },
    target: 'planning' as const,
    detail: { reopenReason: args.reopenReason },
  };
});

/** “Customer could not be reached” is an outcome on record; the call is retried later. */
const unreachable = caseCommand('feedback.unreachable', (ctx) => unreachableInput(ctx.now()), async (ctx, current, args) => {
  refuseBeforeReceipt(current, args.at, 'at');
  refuseBeforeResult(current, args.at, 'at');
  await addEntry(ctx, current.id, { kind: 'feedbackAttempt', channel: args.channel, note: args.note, reason: args.reason, calledAt: args.at });
  const lastUnreachableAt = Math.max(current.lastUnreachableAt ?? args.at, args.at);
  return { next: { ...current, unreachableAttempts: current.unreachableAttempts + 1, lastUnreachableAt } };
});

/** 投诉办 quality review: a closed case goes back for re-handling within the configured window. */
const qualityReturn = caseCommand('feedback.qualityReturn', QualityReturnInput, async (ctx, current, args) => {
  const at = ctx.now();
  // An anonymised case has lost its customer: it cannot be handled again.
  if (current.anonymisedAt) throw new DeskError({ code: 'cases.anonymised', params: { no: current.no } });
  if (!withinQualityReturn(current.closedAt, at, ctx.settings.lifecycle.qualityReturnDays)) {
    throw new DeskError({ code: 'cases.qualityWindowPassed', params: { days: ctx.settings.lifecycle.qualityReturnDays } });
  }
  await addEntry(ctx, current.id, { kind: 'qualityReturn', reason: args.reason });
  return {
    next: { ...current, closedAt: null, reopenCount: current.reopenCount + 1, clocks: startNode(current.clocks, 'planApproval', at, ctx.settings) },
    detail: { reason: args.reason },
  };
});

export const feedbackService = {
  'feedback.record': record,
  'feedback.unreachable': unreachable,
  'feedback.qualityReturn': qualityReturn,
  'feedback.informMerged': informMerged,
} satisfies ServiceModule;
