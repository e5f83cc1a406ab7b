/**
 * 补偿赔付 in the monthly report: what the plans promised whose handling was completed in the
 * month, beside what was actually paid (the latest 赔付确认 of each), how many customers declined
 * it, and how many promises nobody confirmed (cases completed before confirmations were kept).
 * A re-handled case counts each approved plan in the month its own handling was completed: a
 * payment made in the first round stays in that month, whatever the second plan promises. Amounts
 * are in yuan; a promise of goods or a service without a value counts, with no amount.
 */
import type { CaseRecord, PlanRecord } from '../cases/case';
import { handlingsCompletedAt } from '../dashboard/facts';
import { earlierPlansOf } from '../plans/earlier';
import { latestConfirmation, paidAmount, promisesCompensation } from '../plans/compensation';

export interface CompensationSummary {
  /** Approved plans that promised compensation (a re-handled case may count twice: each plan has its own promise, payment or waiver). */
  plans: number;
  promised: number;
  paid: number;
  waived: number;
  unconfirmed: number;
}

type CompensationSource = Pick<CaseRecord, 'plan' | 'earlierPlans' | 'clocks' | 'earlierResolutions'>;

/**
 * The approved plans of a case that promised compensation, each with when the handling it was made
 * for was completed: the first completion at or after its approval (null while it is carried out).
 */
export function compensationRounds(record: CompensationSource): { plan: PlanRecord; completedAt: number | null }[] {
  const completions = handlingsCompletedAt(record);
  return [...earlierPlansOf(record), record.plan].flatMap((plan) => {
    if (!plan || plan.approvedAt === null || !promisesCompensation(plan)) return [];
    const approvedAt = plan.approvedAt;
    return [{ plan, completedAt: completions.find((at) => at >= approvedAt) ?? null }];
  });
}

/** The summary over the plans of `records` whose handling was completed in the period (`inPeriod`). */
export function compensationSummary(records: readonly CompensationSource[], inPeriod: (at: number) => boolean): CompensationSummary {
  const summary: CompensationSummary = { plans: 0, promised: 0, paid: 0, waived: 0, unconfirmed: 0 };
  for (const record of records) {
    const plans = compensationRounds(record).filter(({ completedAt }) => completedAt !== null && inPeriod(completedAt));
    for (const { plan } of plans) {
      summary.plans += 1;
      summary.promised += plan.compensation.amount ?? 0;
      summary.paid += paidAmount(plan);
      const latest = latestConfirmation(plan);
      if (!latest) summary.unconfirmed += 1;
      else if (latest.outcome === 'waived') summary.waived += 1;
    }
  }
  // Sums of fen-exact amounts, kept fen-exact (0.1 + 0.2 is not 0.3 in floating point).
  return { ...summary, promised: Math.round(summary.promised * 100) / 100, paid: Math.round(summary.paid * 100) / 100 };
}
