/**
 * 12315 转办反馈 in the monthly report: the replies owed at the month's start, the referrals
 * received in it (those registered without a reply deadline apart: nothing is counted as owed for
 * them), the final replies sent in it (on time or late, and their on-time rate, counted as the
 * report counts every clock: by when it completed) and the replies still owed at the month's end —
 * or now, for the month under way — past the deadline, not yet due, or held by a termination. So
 * 月初尚欠 + 收到（有时限） − 按时 − 逾期 = 月末尚欠, row by row. The deadlines that fell in the month
 * stand beside them. Which reply is owed is one rule (cases/referral-standing.ts): the one the
 * alerts, the archive and the tracking filter 转办反馈 go by, so today's 已逾期 here is the filter's.
 */
import { REFERRAL_CHANNEL } from '../cases/referral-reply';
import { owedStandingAt, referralOwedAt } from '../cases/referral-standing';
import type { CaseFacts } from '../dashboard/facts';

export interface ReferralSummary {
  /** 12315 referrals received in the month. */
  received: number;
  /** Of those, registered without a reply deadline (older or imported cases): in no other row. */
  withoutDeadline: number;
  /** Replies owed at the month's start (for a month not begun yet, now). */
  owedAtStart: number;
  /** Reply deadlines that fell in the month while their clock ran (not those a termination paused before). */
  due: number;
  /** Final replies sent in the month by their deadline, and after it. */
  met: number;
  missed: number;
  /** met ÷ (met + missed); null when no final reply was sent in the month. */
  rate: number | null;
  /** Replies owed at the month's end (or now): past a running deadline, not yet due, and of terminated cases (paused, never overdue). */
  overdue: number;
  notDue: number;
  terminated: number;
}

export function referralSummary(facts: readonly (CaseFacts | undefined)[], period: { from: number; to: number }, now: number): ReferralSummary {
  const asOf = Math.min(period.to, now);
  const inMonth = (at: number) => at >= period.from && at < period.to;
  const summary: ReferralSummary = { received: 0, withoutDeadline: 0, owedAtStart: 0, due: 0, met: 0, missed: 0, rate: null, overdue: 0, notDue: 0, terminated: 0 };
  for (const fact of facts) {
    if (!fact) continue;
    const referral = fact.referral;
    // A deadline is only ever set on a 12315 case; one found elsewhere still counts where it is owed.
    if ((fact.channel === REFERRAL_CHANNEL || referral) && inMonth(fact.receivedAt)) {
      summary.received += 1;
      if (!referral) summary.withoutDeadline += 1;
    }
    if (!referral) continue;
    if (referralOwedAt(referral, fact.receivedAt, Math.min(period.from, now), now)) summary.owedAtStart += 1;
    // A deadline a termination paused before it came never fell due: it cannot be overdue (the reply is still owed).
    if (inMonth(referral.dueAt) && (referral.stoppedAt === null || referral.stoppedAt >= referral.dueAt)) summary.due += 1;
    if (referral.replied && inMonth(referral.replied.at)) summary[referral.replied.outcome] += 1;
    if (referralOwedAt(referral, fact.receivedAt, asOf, now)) summary[owedStandingAt(referral, asOf, now)] += 1;
  }
  const replied = summary.met + summary.missed;
  return { ...summary, rate: replied === 0 ? null : summary.met / replied };
}
