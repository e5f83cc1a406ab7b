import { DeskError } from '../../../domain/common/errors';
import { confirmationOf, confirmationProblems, confirmationsOf, confirmCompensationInput } from '../../../domain/plans/compensation';
import { caseCommand } from '../../core/case-command';

/**
 * 赔付确认: what the approved plan promised was paid (how much, how, when, the reference), or the
 * customer declined it. Kept on the plan beside the earlier confirmations, so a correction shows
 * what was recorded before it.
 */
export const confirmCompensation = caseCommand('plans.confirmCompensation', (ctx) => confirmCompensationInput(ctx.now()), (ctx, current, args) => {
  const plan = current.plan;
  if (!plan || plan.approvedAt === null) throw new DeskError({ code: 'compensation.planNotApproved' });
  if (plan.compensation.type === 'none') throw new DeskError({ code: 'compensation.notPromised' });
  const problems = confirmationProblems(plan, args);
  if (problems.length > 0) throw new DeskError({ code: 'validation.failed', fields: problems });
  const confirmation = confirmationOf(args, ctx.now(), ctx.actorPerson);
  const corrects = confirmationsOf(plan).length > 0;
  return {
    next: { ...current, plan: { ...plan, compensationConfirmations: [...confirmationsOf(plan), confirmation] } },
    detail: { outcome: args.outcome, ...(corrects ? { correction: true } : {}) },
  };
});
