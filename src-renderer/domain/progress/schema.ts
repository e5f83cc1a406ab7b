import { z } from 'zod';
import { futureInstant, id, optionalText, requiredText } from '../common/fields';

/** 执行与跟踪: progress entries, extensions (延期), pauses (暂停计时), completion. */
export const AddProgressInput = z.object({ caseId: id(), text: requiredText(4000) });
export const requestExtensionInput = (now: number) =>
  z.object({ caseId: id(), reason: requiredText(2000), newDueAt: futureInstant(now) });
export const DecideExtensionInput = z
  .object({
    caseId: id(),
    requestId: id(),
    approve: z.boolean({ error: 'validation.chooseOne' }),
    note: optionalText(2000),
  })
  // A bare 已驳回 leaves whoever asked guessing what to do instead; an approval may go without a word.
  .refine((value) => value.approve || value.note !== '', { path: ['note'], error: 'validation.required' });
export const PauseInput = z.object({ caseId: id(), reason: requiredText(2000) });
export const ResumeInput = z.object({ caseId: id(), note: optionalText(2000) });
export const CompleteExecutionInput = z.object({ caseId: id(), summary: requiredText(4000) });
