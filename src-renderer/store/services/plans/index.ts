import type { CaseRecord, PlanRecord } from '../../../domain/cases/case';
import { DeskError } from '../../../domain/common/errors';
import { startClock, workingTimeBetween } from '../../../domain/clocks/index';
import { returnsKept, sentBack } from '../../../domain/grading/returns';
import { ReturnInput } from '../../../domain/grading/schema';
import { plansKept } from '../../../domain/plans/earlier';
import { opinionsKept, withOpinion } from '../../../domain/plans/opinions';
import { ApprovePlanInput, LegalReviewInput, submitPlanInput } from '../../../domain/plans/schema';
import { caseCommand } from '../../core/case-command';
import { confirmCompensation } from './compensation';
import { completeKind } from '../../core/clocks';
import { refuseUnknownDepartments } from '../../core/departments';
import { activeOwner } from '../../core/users';
import { ownerStandingOf } from '../../../domain/tracking/row';
import type { ServiceModule } from '../../rpc/define';

/**
 * 处理方案: submitted, reviewed by legal when needed, approved or sent back by the ops director. A
 * re-handling's plan keeps the approved one it replaces (`earlierPlans`).
 */
const submit = caseCommand('plans.submit', (ctx) => submitPlanInput(ctx.now()), async (ctx, current, args) => {
  const owner = await activeOwner(ctx.db, args.ownerId, 'ownerId');
  refuseUnknownDepartments(ctx.settings.departments, { department: args.department, collaborators: args.collaborators });
  // The responsible department works on the plan anyway: it is not its own collaborator.
  if (args.collaborators.includes(args.department)) {
    throw new DeskError({ code: 'validation.failed', fields: [{ field: 'collaborators', code: 'validation.collaboratorIsResponsible' }] });
  }
  return {
    next: {
      ...current,
      ...plansKept(current),
      legalRisk: args.legalRisk ? 1 : 0,
      plan: {
        measures: args.measures,
        owner: { id: owner.id, name: owner.name },
        department: args.department,
        collaborators: args.collaborators,
        dueAt: args.dueAt,
        resources: args.resources,
        compensation: args.compensation,
        legalRisk: args.legalRisk,
        submittedAt: ctx.now(),
        submittedBy: ctx.actorPerson,
        legalOpinion: null,
        approvedAt: null,
        approvedBy: null,
        returnReason: '',
        returns: returnsKept(current.plan),
        ...withOpinionsKept(current.plan),
      },
    },
  };
});

function withOpinionsKept(previous: PlanRecord | null): Pick<PlanRecord, 'earlierOpinions'> {
  const kept = opinionsKept(previous);
  return kept.length > 0 ? { earlierOpinions: kept } : {};
}

/** Legal gives its opinion, or revises it while the plan waits: the opinion it replaces stays on the plan. */
const legalReview = caseCommand('plans.legalReview', LegalReviewInput, (ctx, current, args) => {
  // A revision in the same words would be a revision of nothing, yet audited as one.
  if (current.plan?.legalOpinion?.text === args.opinion) {
    throw new DeskError({ code: 'validation.failed', fields: [{ field: 'opinion', code: 'validation.unchanged' }] });
  }
  return {
    next: { ...current, plan: withOpinion(current.plan!, { text: args.opinion, at: ctx.now(), by: ctx.actorPerson }) },
    ...(current.plan?.legalOpinion ? { detail: { revised: true } } : {}),
  };
});

/** A re-handling's approval replaces the resolution clock: the completed one before it is kept, to count in its month. */
function keptResolutions(current: CaseRecord): Pick<CaseRecord, 'earlierResolutions'> {
  const done = current.clocks.resolution;
  if (!done || done.completedAt === null) return {};
  return { earlierResolutions: [...(current.earlierResolutions ?? []), done] };
}

/** Approval starts the resolution clock, due at the plan's due date. 重大 and legal-risk cases need legal's opinion first. */
const approve = caseCommand('plans.approve', ApprovePlanInput, async (ctx, current) => {
  const plan = current.plan!;
  if ((current.severity === 'major' || plan.legalRisk) && !plan.legalOpinion) {
    throw new DeskError({ code: 'plans.legalReviewRequired' });
  }
  // Approval gives the case to the plan's 负责人: never to someone deactivated or moved off case work since it was submitted.
  const planOwner = await ctx.db.users.get(plan.owner.id);
  if (!planOwner || ownerStandingOf(planOwner) !== null) {
    throw new DeskError({ code: 'plans.ownerUnavailable', params: { name: plan.owner.name } });
  }
  const at = ctx.now();
  if (plan.dueAt <= at) throw new DeskError({ code: 'plans.dueInPast' });
  const mode = ctx.settings.sla.modes.resolution;
  const budget = mode === 'business' ? workingTimeBetween(ctx.settings.workCalendar, at, plan.dueAt) : plan.dueAt - at;
  const resolution = { ...startClock('resolution', mode, budget, at, ctx.settings.workCalendar), dueAt: plan.dueAt };
  return {
    next: {
      ...current,
      ...keptResolutions(current),
      owner: plan.owner,
      department: plan.department,
      clocks: { ...completeKind(current.clocks, 'planApproval', at, ctx.settings), resolution },
      plan: { ...plan, approvedAt: at, approvedBy: ctx.actorPerson },
    },
  };
});

const sendBack = caseCommand('plans.return', ReturnInput, (ctx, current, args) => ({
  next: { ...current, plan: current.plan ? sentBack(current.plan, args.reason, ctx.now(), ctx.actorPerson) : null },
  detail: { reason: args.reason },
}));

export const plansService = {
  'plans.submit': submit,
  'plans.legalReview': legalReview,
  'plans.approve': approve,
  'plans.return': sendBack,
  'plans.confirmCompensation': confirmCompensation,
} satisfies ServiceModule;
