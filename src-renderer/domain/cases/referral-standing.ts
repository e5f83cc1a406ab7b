/**
 * Where a 12315 referral's reply stands, in one rule for everything that counts it: the tracking
 * filter 转办反馈 (待回复 / 已逾期), the monthly report's 12315 section, the deadline feed's search
 * for the ended cases still owing a reply, the archive job and the deletion requests. A case owes
 * the referring body its final reply from receipt until that reply is recorded, whatever its status:
 * closed, redirected or terminated — the regulator must still hear how the matter ended (withdrawn,
 * a duplicate, …). A termination pauses the deadline like the other clocks (referral-reply.ts): the
 * reply stays owed, but it is never 已逾期 while the clock stands still, so it raises no alert. While
 * it runs, 已逾期 is exactly when that deadline is in the alerts, the 未结 rule and the 已超时 view.
 */
import type { CaseRecord } from './case';

/** The tracking filter's choices: the final reply owed, and owed past a running deadline. */
export const REFERRAL_FILTERS = ['owed', 'overdue'] as const;
export type ReferralFilter = (typeof REFERRAL_FILTERS)[number];

/** A referral's reply deadline as the figures need it (the dashboard facts keep one per case that has a deadline). */
export interface ReferralFact {
  /** The deadline on the work order, or counted from it: fixed, whatever happened since. */
  dueAt: number;
  /** The final reply: when it was sent, and whether by the deadline; null until it is. */
  replied: { at: number; outcome: 'met' | 'missed' } | null;
  /** When a termination paused the deadline (the case's termination, not a later rebuild of the clock); null when none did. */
  stoppedAt: number | null;
}

/**
 * The fact of a case's reply clock; null for a case without a reply deadline. Only a termination
 * pauses this clock, and a terminated case never resumes: a paused clock stopped when the case was
 * terminated. That instant is the termination's own — a deadline corrected afterwards rebuilds the
 * clock, whose pause would otherwise date from the correction (and rewrite earlier months' figures).
 */
export function referralFactOf(record: Pick<CaseRecord, 'clocks' | 'termination'>): ReferralFact | null {
  const clock = record.clocks.referralReply;
  if (!clock) return null;
  const replied = (clock.state === 'met' || clock.state === 'missed') && clock.completedAt !== null ? { at: clock.completedAt, outcome: clock.state } : null;
  const paused = clock.pauses[0];
  return { dueAt: clock.startedAt + clock.budgetMs, replied, stoppedAt: paused ? (record.termination?.at ?? paused.from) : null };
}

/** Owes its final reply now: it has a deadline and no final reply yet — terminated or not. */
export function owesReferralReply(fact: ReferralFact | null | undefined): fact is ReferralFact {
  return !!fact && fact.replied === null;
}

/** The same of a case: what keeps an ended case out of the archive and its deletion waiting. */
export function caseOwesReferralReply(record: Pick<CaseRecord, 'clocks' | 'termination'>): boolean {
  return owesReferralReply(referralFactOf(record));
}

/** Owes it past the deadline now: 已逾期, the overdue alert — never while a termination holds the clock. */
export function referralReplyOverdue(fact: ReferralFact | null | undefined, now: number): boolean {
  return owesReferralReply(fact) && fact.stoppedAt === null && fact.dueAt < now;
}

/**
 * Owed at the instant `at` (the start or end of a month): received before it and not answered
 * finally by then, terminated or not. From `now` on, the standing of today (a reply may be dated a
 * minute ahead).
 */
export function referralOwedAt(fact: ReferralFact, receivedAt: number, at: number, now: number): boolean {
  if (at >= now) return owesReferralReply(fact);
  return receivedAt < at && (fact.replied === null || fact.replied.at >= at);
}

/** How a reply owed at `at` stands then: paused by a termination, or its deadline passed, or not yet due. */
export function owedStandingAt(fact: ReferralFact, at: number, now: number): 'terminated' | 'overdue' | 'notDue' {
  if (fact.stoppedAt !== null && (at >= now || fact.stoppedAt < at)) return 'terminated';
  return fact.dueAt < at ? 'overdue' : 'notDue';
}

/** The tracking filter 转办反馈: any of the choices (已逾期 is the part of 待回复 past a running deadline). */
export function matchesReferralFilter(fact: ReferralFact | null | undefined, wanted: readonly ReferralFilter[], now: number): boolean {
  if (!owesReferralReply(fact)) return false;
  return wanted.includes('owed') || (wanted.includes('overdue') && referralReplyOverdue(fact, now));
}
