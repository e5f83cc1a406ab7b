import type { TFunction } from 'i18next';
import type { PlanRecord } from '../../../domain/cases/case';
import { latestConfirmation, type CompensationConfirmation } from '../../../domain/plans/compensation';
import { formatAmount, formatDateTime } from '../../components/format';

/** One confirmation on a line: “¥200.00 · 原路退回 · 2026-11-25 10:00 · 流水号”, or the customer's waiver and why. */
export function confirmationText(t: TFunction, confirmation: CompensationConfirmation): string {
  if (confirmation.outcome === 'waived') return t('payout.waivedLine', { note: confirmation.note });
  const line = t('payout.paidLine', {
    amount: confirmation.amount === null ? t('case.none') : formatAmount(confirmation.amount),
    method: confirmation.method ? t(`payout.methods.${confirmation.method}`) : '',
    at: confirmation.paidAt === null ? '' : formatDateTime(confirmation.paidAt),
  });
  return [line, confirmation.reference, confirmation.note].filter(Boolean).join(' · ');
}

/** Where the plan's compensation stands: none promised, not confirmed, or its latest confirmation. */
export function payoutState(t: TFunction, plan: PlanRecord): string {
  if (plan.compensation.type === 'none') return t('compensation.none');
  const latest = latestConfirmation(plan);
  return latest ? confirmationText(t, latest) : t('payout.pending');
}
