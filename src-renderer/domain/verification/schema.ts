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
/** Who made a contact: the desk reaching the customer, or the customer calling or coming in. */
export const CONTACT_DIRECTIONS = ['outbound', 'inbound'] as const;

export const addContactInput = (now: number) =>
  z
    .object({
      caseId: id(),
      channel: z.enum(CHANNELS, { error: 'validation.chooseOne' }),
      contactedAt: pastInstant(now),
      summary: requiredText(2000),
      direction: z.enum(CONTACT_DIRECTIONS, { error: 'validation.chooseOne' }).default('outbound'),
      /** 客户催办: the customer chased the case; only a contact they made. */
      chase: z.boolean().default(false),
    })
    .superRefine((value, ctx) => {
      if (value.chase && value.direction !== 'inbound') ctx.addIssue({ code: 'custom', path: ['chase'], message: 'validation.chaseInbound' });
    });
export const CompleteVerificationInput = z.object({ caseId: id(), conclusion: requiredText(2000) });
