import { z } from 'zod';
import { CHANNELS, UNREACHABLE_REASONS } from '../cases/vocabulary';
import { id, optionalText, pastInstant, requiredText } from '../common/fields';

/** A question's score, 1–5; null when the customer did not answer it (a question simply left out is not that). */
const Score = z
  .number({ error: 'validation.scoreRange' })
  .int({ error: 'validation.scoreRange' })
  .min(1, { error: 'validation.scoreRange' })
  .max(5, { error: 'validation.scoreRange' })
  .nullable();

/**
 * 反馈回访: the result told to the customer and the 5-point survey (a question the customer would not
 * answer is null; one who declined to score has four); or the customer could not be reached.
 */
export const recordFeedbackInput = (now: number) =>
  z
    .object({
      caseId: id(),
      channel: z.enum(CHANNELS, { error: 'validation.chooseOne' }),
      result: requiredText(4000),
      at: pastInstant(now),
      scores: z.object({ efficiency: Score, resolution: Score, attitude: Score, compensation: Score }),
      comment: optionalText(2000),
      satisfied: z.boolean({ error: 'validation.chooseOne' }),
      reopenReason: optionalText(2000),
    })
    .superRefine((value, ctx) => {
      if (!value.satisfied && value.reopenReason === '') {
        ctx.addIssue({ code: 'custom', path: ['reopenReason'], message: 'validation.required' });
      }
    });
/** 客户未能联系上: when the call was made, how, why it failed; 其他 says what happened in the note. */
export const unreachableInput = (now: number) =>
  z
    .object({
      caseId: id(),
      channel: z.enum(CHANNELS, { error: 'validation.chooseOne' }),
      at: pastInstant(now),
      reason: z.enum(UNREACHABLE_REASONS, { error: 'validation.chooseOne' }),
      note: optionalText(2000),
    })
    .superRefine((value, ctx) => {
      if (value.reason === 'other' && value.note === '') ctx.addIssue({ code: 'custom', path: ['note'], message: 'validation.required' });
    });
export const QualityReturnInput = z.object({ caseId: id(), reason: requiredText(2000) });
