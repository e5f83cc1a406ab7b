import { applyReferralReply, ReplyReferralInput } from '../../../domain/cases/referral-reply';
import { caseCommand } from '../../core/case-command';

/**
 * 回复转办单位: a reply sent to the referring body (12315) about a referred case — an interim one
 * on the progress, or the final one, which completes the reply deadline as met or missed by when
 * it was sent. Every reply is kept, oldest first. Only a case with a reply deadline; the reply
 * cannot be dated before the complaint came in nor in the future.
 */
export const replyReferral = caseCommand(
  'cases.replyReferral',
  (ctx) => ReplyReferralInput(ctx.now()),
  (ctx, current, args) => {
    const { caseId: _caseId, ...reply } = args;
    const next = applyReferralReply(current, reply, ctx.now(), ctx.actorPerson);
    // The heading of the reply on the timeline (eventText): which reply, how, by whom, when.
    return { next, detail: { reason: reply.text, final: reply.final, method: reply.method, replier: reply.replier, at: reply.at } };
  },
);
