import { DeskError } from '../../../domain/common/errors';
import { hours, rebudgetClock } from '../../../domain/clocks/index';
import { returnsKept, sentBack } from '../../../domain/grading/returns';
import { ApproveGradingInput, ReturnInput, SubmitGradingInput } from '../../../domain/grading/schema';
import { caseCommand } from '../../core/case-command';
import { completeKind, startNode } from '../../core/clocks';
import { refuseUnknownDepartments } from '../../core/departments';
import type { ServiceModule } from '../../rpc/define';

/** 分类定级: proposed after verification, approved or sent back by a director. */
const submit = caseCommand('grading.submit', SubmitGradingInput, (ctx, current, args) => {
  const category = ctx.settings.categories[args.category];
  if (args.subCategory && !category.subCategories.includes(args.subCategory)) {
    throw new DeskError({ code: 'validation.failed', fields: [{ field: 'subCategory', code: 'validation.notInList' }] });
  }
  refuseUnknownDepartments(ctx.settings.departments, { department: args.department });
  return {
    next: {
      ...current,
      grading: {
        category: args.category,
        subCategory: args.subCategory,
        severity: args.severity,
        rationale: args.rationale,
        department: args.department,
        submittedAt: ctx.now(),
        submittedBy: ctx.actorPerson,
        approvedAt: null,
        approvedBy: null,
        returnReason: '',
        returns: returnsKept(current.grading),
      },
    },
  };
});

/** The grading becomes the case's category, severity and department; a severity change re-budgets open clocks. */
const approve = caseCommand('grading.approve', ApproveGradingInput, (ctx, current) => {
  const grading = current.grading!;
  const at = ctx.now();
  let clocks = completeKind(current.clocks, 'grading', at, ctx.settings);
  if (grading.severity !== current.severity && clocks.response) {
    clocks = { ...clocks, response: rebudgetClock(clocks.response, hours(ctx.settings.sla.responseHours[grading.severity]), at, ctx.settings.workCalendar) };
  }
  clocks = startNode(clocks, 'planApproval', at, ctx.settings);
  // A case registered before 初判类别 was kept on its own still has it as its category until now.
  const initial = current.initialCategory === undefined && current.category !== null ? { initialCategory: current.category } : {};
  return {
    next: {
      ...current,
      ...initial,
      clocks,
      severity: grading.severity,
      category: grading.category,
      subCategory: grading.subCategory,
      department: grading.department,
      grading: { ...grading, approvedAt: at, approvedBy: ctx.actorPerson },
    },
  };
});

const sendBack = caseCommand('grading.return', ReturnInput, (ctx, current, args) => ({
  next: { ...current, grading: current.grading ? sentBack(current.grading, args.reason, ctx.now(), ctx.actorPerson) : null },
  detail: { reason: args.reason },
}));

export const gradingService = {
  'grading.submit': submit,
  'grading.approve': approve,
  'grading.return': sendBack,
} satisfies ServiceModule;
