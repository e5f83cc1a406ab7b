import { z } from 'zod';
import { COMPENSATION_TYPES } from '../cases/vocabulary';
import { futureInstant, id, optionalText, requiredText, yuan, typedString } from '../common/fields';

/** 处理方案: measures, owner, departments, due date, resources, compensation. */
export const submitPlanInput = (now: number) =>
  z
    .object({
      caseId: id(),
      measures: z
        .array(typedString().max(1000, { error: 'validation.tooLong' }))
        .max(30, { error: 'validation.tooMany' })
        .transform((list) => list.filter((m) => m.length > 0))
        .refine((list) => list.length > 0, { error: 'validation.measuresRequired' }),
      ownerId: id(),
      department: requiredText(60),
      collaborators: z
        .array(requiredText(60))
        .max(20)
        .refine((list) => new Set(list).size === list.length, { error: 'validation.duplicate' })
        .default([]),
      dueAt: futureInstant(now),
      resources: optionalText(2000),
      compensation: z
        .object({
          type: z.enum(COMPENSATION_TYPES, { error: 'validation.chooseOne' }),
          amount: yuan(1e9, 'validation.compensationRange').nullable().default(null),
        })
        // No compensation promises no amount (the form sends none; an amount left from another type would print).
        .transform((c) => (c.type === 'none' ? { type: c.type, amount: null } : c))
        .default({ type: 'none', amount: null }),
      legalRisk: z.boolean({ error: 'validation.chooseOne' }).default(false),
    })
    .superRefine((value, ctx) => {
      const needsAmount = ['refund', 'cash', 'voucher'].includes(value.compensation.type);
      if (needsAmount && (value.compensation.amount === null || value.compensation.amount <= 0)) {
        ctx.addIssue({ code: 'custom', path: ['compensation', 'amount'], message: 'validation.amountRequired' });
      }
    });
export const LegalReviewInput = z.object({ caseId: id(), opinion: requiredText(4000) });
export const ApprovePlanInput = z.object({ caseId: id() });
