import { z } from 'zod';
import { isValidEmail, isValidPhone, normalizePhone } from './contact';
import { CHANNELS, SEVERITIES } from './vocabulary';

export const DESCRIPTION_MAX = 5000;
export const NAME_MAX = 100;
/** Clock skew tolerated between the intake screen and the store host. */
const FUTURE_TOLERANCE_MS = 60_000;

const trimmed = (max: number) =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .max(max, { error: 'validation.tooLong' });

/**
 * What an agent submits to register a complaint. Messages are i18n keys.
 * `now` is the store host's clock: a complaint cannot be received in the future.
 */
export function registrationSchema(now: number) {
  return z
    .object({
      receivedAt: z
        .number({ error: 'validation.required' })
        .int({ error: 'validation.invalid' })
        .max(now + FUTURE_TOLERANCE_MS, { error: 'validation.receivedInFuture' })
        .min(Date.UTC(2000, 0, 1), { error: 'validation.invalid' }),
      channel: z.enum(CHANNELS, { error: 'validation.chooseOne' }),
      customerName: trimmed(NAME_MAX).min(1, { error: 'validation.required' }),
      phone: trimmed(40)
        .transform(normalizePhone)
        .refine((v) => v === '' || isValidPhone(v), { error: 'validation.phoneFormat' })
        .default(''),
      email: trimmed(254)
        .toLowerCase()
        .refine((v) => v === '' || isValidEmail(v), { error: 'validation.emailFormat' })
        .default(''),
      description: trimmed(DESCRIPTION_MAX).min(1, { error: 'validation.required' }),
      severity: z.enum(SEVERITIES, { error: 'validation.chooseOne' }),
    })
    .superRefine((value, ctx) => {
      if (value.phone === '' && value.email === '') {
        ctx.addIssue({ code: 'custom', path: ['phone'], message: 'validation.contactRequired' });
      }
    });
}

export type RegistrationInput = z.input<ReturnType<typeof registrationSchema>>;
export type Registration = z.output<ReturnType<typeof registrationSchema>>;
