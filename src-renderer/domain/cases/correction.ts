import { z } from 'zod';
import { DeskError, type FieldError } from '../common/errors';
import { id, oneLine, requiredLine, requiredText, typedString } from '../common/fields';
import type { CaseRecord, Person } from './case';
import {
  ADDRESS_MAX,
  amountField,
  contactIssue,
  demandNoteIssue,
  demandsField,
  DESCRIPTION_MAX,
  emailField,
  NAME_MAX,
  phoneField,
  referralNoField,
} from './registration';
import { socialAccountField, socialPairIssue, socialPlatformField } from './account';
import { referralDeadlineField, referralNoIssue } from './referral-reply';
import { CHANNELS, CUSTOMER_TYPES } from './vocabulary';

/**
 * 更正登记信息: what was registered and can be put right afterwards — a mistyped phone, the
 * address a customer sent later, the wrong channel. Not 受理时间 (the response clock runs from
 * it), nor the severity and category (grading decides those).
 */
export const CORRECTABLE_FIELDS = [
  'channel',
  'referralNo',
  'customerName',
  'customerType',
  'phone',
  'email',
  'address',
  'socialPlatform',
  'socialAccount',
  'product',
  'orderNo',
  'amount',
  'description',
  'demands',
  'demandNote',
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

/**
 * The fields a role without `contacts.view` sees masked, so can neither read nor correct. The
 * platform is not masked, but it says whose the masked account is: it goes with the account.
 */
export const CONTACT_FIELDS: readonly CorrectableField[] = ['phone', 'email', 'address', 'socialPlatform', 'socialAccount'];

/**
 * Texts such a role reads with the identifiers in them masked: it may correct one only when nothing
 * in it is masked (a name with the number written in it, 王先生135****2222, too).
 */
export const MASKED_TEXTS = ['customerName', 'description', 'demandNote'] as const;

export const CORRECTION_REASON_MAX = 500;

/** What a correction may change: the registered fields, and a referral's reply deadline (its clock follows; referral-reply.ts). */
export type CorrectedField = CorrectableField | 'referralDeadline';

/** One correction as the case keeps it: which fields, why, who and when. The values are in its audit event. */
export interface CorrectionNote {
  fields: CorrectedField[];
  reason: string;
  at: number;
  by: Person;
}

const text = (max: number) => typedString('validation.invalid').max(max, { error: 'validation.tooLong' });

/**
 * `cases.correct`: the fields to put right, each validated as at registration; a field left out
 * stays as it is. Why is required: the registration form is the customer's record.
 */
export const CorrectionInput = z.object({
  caseId: id(),
  reason: requiredText(CORRECTION_REASON_MAX),
  channel: z.enum(CHANNELS, { error: 'validation.chooseOne' }).optional(),
  referralNo: referralNoField().optional(),
  customerName: requiredLine(NAME_MAX).optional(),
  customerType: z.enum(CUSTOMER_TYPES, { error: 'validation.chooseOne' }).optional(),
  phone: phoneField().optional(),
  email: emailField().optional(),
  address: oneLine(ADDRESS_MAX).optional(),
  socialPlatform: socialPlatformField().optional(),
  socialAccount: socialAccountField().optional(),
  product: oneLine(200).optional(),
  orderNo: oneLine(100).optional(),
  amount: amountField().optional(),
  description: requiredText(DESCRIPTION_MAX).optional(),
  demands: demandsField().optional(),
  demandNote: text(1000).optional(),
  /** 转办反馈时限: set, moved, or removed (null); applied by `correctReferralDeadline`. */
  referralDeadline: referralDeadlineField().nullable().optional(),
});
export type CorrectionInput = z.input<typeof CorrectionInput>;
type Correction = z.output<typeof CorrectionInput>;

type Value = string | number | null | readonly string[];

/** A field's value on the case, as the correction form shows it ('' for an absent address, account or ticket). */
export function registeredValue(record: CaseRecord, field: CorrectableField): Value {
  switch (field) {
    case 'address':
      return record.address ?? '';
    case 'socialPlatform':
      return record.socialPlatform ?? '';
    case 'socialAccount':
      return record.socialAccount ?? '';
    case 'referralNo':
      return record.referralNo ?? '';
    default:
      return record[field];
  }
}

function same(a: Value, b: Value): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
  return a === b;
}

/**
 * The case with the correction applied and the fields it changed, in the order of the form.
 * Refuses (`validation.failed`) a correction that would leave no way to reach the customer, or
 * 其他诉求 without its note. Changes nothing else: the derived fields are the store's.
 */
export function applyCorrection(record: CaseRecord, correction: Correction): { next: CaseRecord; fields: CorrectableField[] } {
  const fields = CORRECTABLE_FIELDS.filter((field) => correction[field] !== undefined && !same(correction[field], registeredValue(record, field)));
  const next: CaseRecord = { ...record };
  for (const field of fields) Object.assign(next, { [field]: correction[field] });
  // Absent, not '', when there is none: the referral index then holds real numbers only.
  if (next.address === '') delete next.address;
  if (next.referralNo === '') delete next.referralNo;
  if (next.socialPlatform === ('' as string)) delete next.socialPlatform;
  if (next.socialAccount === '') delete next.socialAccount;
  const after = {
    phone: next.phone,
    email: next.email,
    address: next.address ?? '',
    socialPlatform: next.socialPlatform ?? '',
    socialAccount: next.socialAccount ?? '',
    demands: next.demands,
    demandNote: next.demandNote,
  };
  const issues: FieldError[] = [];
  if (contactIssue(after)) issues.push({ field: fields.find((f) => CONTACT_FIELDS.includes(f)) ?? 'phone', code: 'validation.contactRequired' });
  // The pair as it would stand: an account removed leaves its platform naming nobody, and the other way round.
  const pair = socialPairIssue(after);
  if (pair) issues.push({ field: pair.path, code: pair.code });
  if (demandNoteIssue(after)) issues.push({ field: 'demandNote', code: 'validation.required' });
  // A correction that makes a case a 12315 referral, or takes its number away, leaves it with one; an
  // old referral registered without it (imported) may still have its other details put right.
  const ticket = fields.includes('channel') || fields.includes('referralNo') ? referralNoIssue({ channel: next.channel, referralNo: next.referralNo ?? '' }) : null;
  if (ticket) issues.push({ field: 'referralNo', code: ticket });
  if (issues.length > 0) throw new DeskError({ code: 'validation.failed', fields: issues });
  return { next, fields };
}

/** Every correction of a case, oldest first. */
export function correctionsOf(record: Pick<CaseRecord, 'corrections'>): CorrectionNote[] {
  return record.corrections ?? [];
}
