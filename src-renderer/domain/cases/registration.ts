import { z } from 'zod';
import { optionalLine, optionalText, pastInstant, requiredLine, requiredText, yuan, typedString } from '../common/fields';
import { socialAccountField, socialPairIssue, socialPlatformField } from './account';
import { isValidEmail, isValidPhone, normalizePhone } from './contact';
import { referralDeadlineField, referralDeadlineIssue, referralNoIssue } from './referral-reply';
import { CATEGORIES, CHANNELS, CUSTOMER_TYPES, DEMANDS, SEVERITIES } from './vocabulary';

export const DESCRIPTION_MAX = 5000;
export const NAME_MAX = 100;
export const ADDRESS_MAX = 300;
export const REFERRAL_NO_MAX = 60;

/** A ticket number as platforms and the 12315 system print them: letters, digits and - _ / . (full-width typed ones made ASCII). */
const REFERRAL_NO = /^[A-Za-z0-9][A-Za-z0-9\-_/.]*$/;

/** The ticket number as the desk stores and compares it: NFKC, no spaces, upper case. */
export function normalizeReferralNo(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** 来源单号 as typed: normalised, '' for none. */
export const referralNoField = () =>
  z
    .string({ error: 'validation.invalid' })
    .max(REFERRAL_NO_MAX * 2, { error: 'validation.tooLong' })
    .transform(normalizeReferralNo)
    .refine((v) => v.length <= REFERRAL_NO_MAX, { error: 'validation.tooLong' })
    .refine((v) => v === '' || REFERRAL_NO.test(v), { error: 'validation.referralNoFormat' });

/** A phone number as typed: stored normalised (`normalizePhone`), '' for none. */
export const phoneField = () =>
  typedString('validation.invalid')
    .max(40, { error: 'validation.tooLong' })
    .transform(normalizePhone)
    .refine((v) => v === '' || isValidPhone(v), { error: 'validation.phoneFormat' });

/**
 * An e-mail address as typed: stored in lower case and in half-width characters (ｆｏｏ＠example.com,
 * typed with an input method in full-width mode, is foo@example.com — as the repeat hint already
 * read it), '' for none.
 */
export const emailField = () =>
  typedString('validation.invalid')
    .overwrite((text) => text.normalize('NFKC'))
    .max(254, { error: 'validation.tooLong' })
    .toLowerCase()
    .refine((v) => v === '' || isValidEmail(v), { error: 'validation.emailFormat' });

/** 涉及金额 in yuan, null for none. */
export const amountField = () =>
  yuan(1e10, 'validation.amountRange').nullable();

/** 诉求: each at most once (a demand listed twice would count twice in the figures). */
export const demandsField = () =>
  z
    .array(z.enum(DEMANDS, { error: 'validation.chooseOne' }))
    .max(DEMANDS.length)
    .transform((list) => [...new Set(list)]);

/**
 * What every registered case needs: a way to answer the customer (a letter may come with nothing
 * but the address, a post on Weibo with nothing but the account).
 */
export function contactIssue(value: { phone: string; email: string; address: string; socialAccount: string }): boolean {
  return value.phone === '' && value.email === '' && value.address === '' && value.socialAccount === '';
}

/** 其他诉求 needs its note. */
export function demandNoteIssue(value: { demands: readonly string[]; demandNote: string }): boolean {
  return value.demands.includes('other') && value.demandNote === '';
}

/**
 * 客户投诉登记表: what an agent submits to register a complaint. Messages are
 * i18n keys. `now` is the store host's clock: a complaint cannot be received
 * in the future.
 */
export function registrationSchema(now: number) {
  return z
    .object({
      receivedAt: pastInstant(now),
      channel: z.enum(CHANNELS, { error: 'validation.chooseOne' }),
      customerName: requiredLine(NAME_MAX),
      customerType: z.enum(CUSTOMER_TYPES, { error: 'validation.chooseOne' }).default('individual'),
      phone: phoneField().default(''),
      email: emailField().default(''),
      address: optionalLine(ADDRESS_MAX),
      socialPlatform: socialPlatformField().default(''),
      socialAccount: socialAccountField().default(''),
      referralNo: referralNoField().default(''),
      /** 转办反馈时限: a 12315 referral's reply deadline, from the order or in working days (referral-reply.ts). */
      referralDeadline: referralDeadlineField().nullable().default(null),
      description: requiredText(DESCRIPTION_MAX),
      demands: demandsField().default([]),
      demandNote: optionalText(1000),
      product: optionalLine(200),
      orderNo: optionalLine(100),
      amount: amountField().default(null),
      severity: z.enum(SEVERITIES, { error: 'validation.chooseOne' }),
      /** 初判类别: the agent's first view of the category, optional; grading starts from it and may change it. */
      category: z.enum(CATEGORIES, { error: 'validation.chooseOne' }).nullable().default(null),
      /**
       * 承办人: who takes the case on (初审 and on). '' is whoever registers it; one who registers but does
       * not handle cases (a director) must name an agent or supervisor (the store host checks who).
       */
      ownerId: z.string().max(100).default(''),
    })
    .superRefine((value, ctx) => {
      if (contactIssue(value)) {
        ctx.addIssue({ code: 'custom', path: ['phone'], message: 'validation.contactRequired' });
      }
      const pair = socialPairIssue(value);
      if (pair) ctx.addIssue({ code: 'custom', path: [pair.path], message: pair.code });
      if (demandNoteIssue(value)) {
        ctx.addIssue({ code: 'custom', path: ['demandNote'], message: 'validation.required' });
      }
      const ticket = referralNoIssue(value);
      if (ticket) ctx.addIssue({ code: 'custom', path: ['referralNo'], message: ticket });
      const deadline = referralDeadlineIssue(value);
      if (deadline) ctx.addIssue({ code: 'custom', path: ['referralDeadline'], message: deadline });
    });
}

export type RegistrationInput = z.input<ReturnType<typeof registrationSchema>>;
export type Registration = z.output<ReturnType<typeof registrationSchema>>;
