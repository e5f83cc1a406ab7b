import { z } from 'zod';
import { CHANNELS } from '../cases/vocabulary';
import { id, pastInstant, requiredText } from '../common/fields';

/** 核实: internal checks with departments, customer contacts, the conclusion. */
export const AddCheckInput = z.object({
  caseId: id(),
  department: requiredText(60),
  checked: requiredText(2000),
  finding: requiredText(2000),
});
export const addContactInput = (now: number) =>
  z.object({
    caseId: id(),
    channel: z.enum(CHANNELS, { error: 'validation.chooseOne' }),
    contactedAt: pastInstant(now),
    summary: requiredText(2000),
  });
export const CompleteVerificationInput = z.object({ caseId: id(), conclusion: requiredText(2000) });
