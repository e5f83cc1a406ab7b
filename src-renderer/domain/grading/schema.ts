import { z } from 'zod';
import { CATEGORIES, SEVERITIES } from '../cases/vocabulary';
import { id, optionalText, requiredText } from '../common/fields';

/** 分类定级: submitted by an agent or supervisor, approved or sent back by a director. */
export const SubmitGradingInput = z.object({
  caseId: id(),
  category: z.enum(CATEGORIES, { error: 'validation.chooseOne' }),
  subCategory: optionalText(60),
  severity: z.enum(SEVERITIES, { error: 'validation.chooseOne' }),
  rationale: requiredText(2000),
  department: requiredText(60),
});
export const ApproveGradingInput = z.object({ caseId: id() });
export const ReturnInput = z.object({ caseId: id(), reason: requiredText(2000) });
