/**
 * 赔付确认: an approved plan may promise compensation (a refund, cash, a voucher, goods, a
 * service…); this records that it was actually given — how much, how, when, with which
 * transaction, voucher or waybill number — or that the customer declined it (a waiver, with the
 * reason). Confirmations stay on the plan, oldest first: a later one corrects an earlier one
 * instead of replacing it silently, and the latest is what counts. Handling cannot be completed
 * while a promised compensation has neither.
 */
import { z } from 'zod';
import type { Person, PlanRecord } from '../cases/case';
import type { CompensationType } from '../cases/vocabulary';
import { id, optionalText, pastInstant, yuan } from '../common/fields';

export const PAYMENT_METHODS = ['bank_transfer', 'original_route', 'cash', 'voucher_code', 'goods_shipped', 'service', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const CONFIRMATION_OUTCOMES = ['paid', 'waived'] as const;
export type ConfirmationOutcome = (typeof CONFIRMATION_OUTCOMES)[number];

export interface CompensationConfirmation {
  outcome: ConfirmationOutcome;
  /** What was actually given, in yuan; null for a waiver, or goods or a service given without a value. */
  amount: number | null;
  method: PaymentMethod | null;
  /** When it was paid or sent (a waiver: null). */
  paidAt: number | null;
  /** 交易流水号 / 券码 / 运单号. */
  reference: string;
  /** Why the amount differs from the promise, or why the customer declined it. */
  note: string;
  /** When it was recorded, and by whom. */
  at: number;
  by: Person;
}

/** How each kind of promise is usually kept: the method a confirmation starts with. */
export const USUAL_METHOD: Record<CompensationType, PaymentMethod | null> = {
  none: null,
  refund: 'original_route',
  cash: 'bank_transfer',
  voucher: 'voucher_code',
  goods: 'goods_shipped',
  service: 'service',
  other: null,
};

/** The types whose promise names an amount (the plan form requires one for them). */
const WITH_AMOUNT = ['refund', 'cash', 'voucher'];

/** Amounts up to 1,000,000,000 yuan, in whole fen. */
const amount = yuan(1e9, 'validation.paidAmountRange');

export const confirmCompensationInput = (now: number) =>
  z
    .object({
      caseId: id(),
      outcome: z.enum(CONFIRMATION_OUTCOMES, { error: 'validation.chooseOne' }),
      amount: amount.nullable().default(null),
      method: z.enum(PAYMENT_METHODS, { error: 'validation.chooseOne' }).nullable().default(null),
      paidAt: pastInstant(now).nullable().default(null),
      reference: optionalText(100),
      note: optionalText(2000),
    })
    .superRefine((value, ctx) => {
      const missing = (path: string) => ctx.addIssue({ code: 'custom', path: [path], message: 'validation.required' });
      if (value.outcome === 'waived') {
        if (value.note === '') missing('note');
        return;
      }
      if (value.method === null) ctx.addIssue({ code: 'custom', path: ['method'], message: 'validation.chooseOne' });
      if (value.paidAt === null) missing('paidAt');
    });
export type ConfirmCompensationInput = z.output<ReturnType<typeof confirmCompensationInput>>;

export function confirmationsOf(plan: PlanRecord | null | undefined): CompensationConfirmation[] {
  return plan?.compensationConfirmations ?? [];
}

/** The confirmation that counts: the latest. */
export function latestConfirmation(plan: PlanRecord | null | undefined): CompensationConfirmation | null {
  return confirmationsOf(plan).at(-1) ?? null;
}

/** Whether the plan promises compensation (approved or not). */
export function promisesCompensation(plan: PlanRecord | null | undefined): boolean {
  return !!plan && plan.compensation.type !== 'none';
}

/** An approved plan promised compensation and nothing says it was paid or declined: handling is not done. */
export function compensationUnconfirmed(plan: PlanRecord | null | undefined): boolean {
  return !!plan && plan.approvedAt !== null && promisesCompensation(plan) && confirmationsOf(plan).length === 0;
}

export interface FieldProblem {
  field: string;
  code: string;
}

/**
 * What the store host checks against the plan beyond the schema: an amount where the promise had
 * one, a payment not before the approval, and a note when the amount differs from the promise.
 */
export function confirmationProblems(plan: PlanRecord, input: ConfirmCompensationInput): FieldProblem[] {
  if (input.outcome === 'waived') return [];
  const problems: FieldProblem[] = [];
  const promised = plan.compensation.amount;
  if (input.amount === null && WITH_AMOUNT.includes(plan.compensation.type)) problems.push({ field: 'amount', code: 'validation.amountRequired' });
  // To the minute, as the time is picked: paid in the minute of the approval is not before it.
  const approvedMinute = plan.approvedAt === null ? null : plan.approvedAt - (plan.approvedAt % 60_000);
  if (input.paidAt !== null && approvedMinute !== null && input.paidAt < approvedMinute) problems.push({ field: 'paidAt', code: 'validation.paidBeforeApproval' });
  const differs = input.amount !== null && promised !== null && Math.round(input.amount * 100) !== Math.round(promised * 100);
  if (differs && input.note === '') problems.push({ field: 'note', code: 'validation.noteWhenAmountDiffers' });
  return problems;
}

/** The confirmation as kept on the plan: a waiver keeps no payment details. */
export function confirmationOf(input: ConfirmCompensationInput, at: number, by: Person): CompensationConfirmation {
  if (input.outcome === 'waived') return { outcome: 'waived', amount: null, method: null, paidAt: null, reference: '', note: input.note, at, by };
  return { outcome: 'paid', amount: input.amount, method: input.method, paidAt: input.paidAt, reference: input.reference, note: input.note, at, by };
}

/** What was paid under a plan, in yuan: the latest confirmation's amount (0 when declined or not recorded). */
export function paidAmount(plan: PlanRecord | null | undefined): number {
  const latest = latestConfirmation(plan);
  return latest?.outcome === 'paid' ? (latest.amount ?? 0) : 0;
}
