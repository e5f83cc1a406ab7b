/**
 * 补偿赔付 in the monthly report: what the plans of the cases whose handling was completed in the
 * month promised, beside what was actually paid (the latest 赔付确认 of each), how many customers
 * declined it, and how many promises nobody confirmed (cases completed before confirmations were
 * kept, or imported ones). Amounts are in yuan; a promise of goods or a service without a value
 * counts as a case, with no amount.
 */
import type { CaseRecord } from '../cases/case';
import { latestConfirmation, paidAmount } from '../plans/compensation';

export interface CompensationSummary {
  /** Cases whose plan promised compensation. */
  cases: number;
  promised: number;
  paid: number;
  waived: number;
  unconfirmed: number;
}

export function compensationSummary(records: ReadonlyArray<Pick<CaseRecord, 'plan'>>): CompensationSummary {
  const summary: CompensationSummary = { cases: 0, promised: 0, paid: 0, waived: 0, unconfirmed: 0 };
  for (const { plan } of records) {
    if (!plan || plan.compensation.type === 'none') continue;
    summary.cases += 1;
    summary.promised += plan.compensation.amount ?? 0;
    summary.paid += paidAmount(plan);
    const latest = latestConfirmation(plan);
    if (!latest) summary.unconfirmed += 1;
    else if (latest.outcome === 'waived') summary.waived += 1;
  }
  // Sums of fen-exact amounts, kept fen-exact (0.1 + 0.2 is not 0.3 in floating point).
  return { ...summary, promised: Math.round(summary.promised * 100) / 100, paid: Math.round(summary.paid * 100) / 100 };
}
