import { z } from 'zod';
import { DeskError, type FieldError } from '../common/errors';
import { id, requiredText } from '../common/fields';
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
  'product',
  'orderNo',
  'amount',
  'description',
  'demands',
  'demandNote',
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

/** The fields a role without `contacts.view` sees masked, so can neither read nor correct. */
export const CONTACT_FIELDS: readonly CorrectableField[] = ['phone', 'email', 'address'];

/** Texts such a role reads with the identifiers in them masked: it may correct one only when nothing in it is masked. */
export const MASKED_TEXTS = ['description', 'demandNote'] as const;

export const CORRECTION_REASON_MAX = 500;

/** One correction as the case keeps it: which fields, why, who and when. The values are in its audit event. */
export interface CorrectionNote {
  fields: CorrectableField[];
  reason: string;
  at: number;
  by: Person;
}

const text = (max: number) => z.string({ error: 'validation.invalid' }).trim().max(max, { error: 'validation.tooLong' });

/**
 * `cases.correct`: the fields to put right, each validated as at registration; a field left out
 * stays as it is. Why is required: the registration form is the customer's record.
 */
export const CorrectionInput = z.object({
  caseId: id(),
  reason: requiredText(CORRECTION_REASON_MAX),
  channel: z.enum(CHANNELS, { error: 'validation.chooseOne' }).optional(),
  referralNo: referralNoField().optional(),
  customerName: requiredText(NAME_MAX).optional(),
  customerType: z.enum(CUSTOMER_TYPES, { error: 'validation.chooseOne' }).optional(),
  phone: phoneField().optional(),
  email: emailField().optional(),
  address: text(ADDRESS_MAX).optional(),
  product: text(200).optional(),
  orderNo: text(100).optional(),
  amount: amountField().optional(),
  description: requiredText(DESCRIPTION_MAX).optional(),
  demands: demandsField().optional(),
  demandNote: text(1000).optional(),
});
export type CorrectionInput = z.input<typeof CorrectionInput>;
type Correction = z.output<typeof CorrectionInput>;

type Value = string | number | null | readonly string[];

/** A field's value on the case, as the correction form shows it ('' for an absent address or ticket). */
export function registeredValue(record: CaseRecord, field: CorrectableField): Value {
  switch (field) {
    case 'address':
      return record.address ?? '';
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
  const after = { phone: next.phone, email: next.email, address: next.address ?? '', demands: next.demands, demandNote: next.demandNote };
  const issues: FieldError[] = [];
  if (contactIssue(after)) issues.push({ field: fields.find((f) => CONTACT_FIELDS.includes(f)) ?? 'phone', code: 'validation.contactRequired' });
  if (demandNoteIssue(after)) issues.push({ field: 'demandNote', code: 'validation.required' });
  if (issues.length > 0) throw new DeskError({ code: 'validation.failed', fields: issues });
  return { next, fields };
}

/** Every correction of a case, oldest first. */
export function correctionsOf(record: Pick<CaseRecord, 'corrections'>): CorrectionNote[] {
  return record.corrections ?? [];
}
