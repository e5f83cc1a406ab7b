/**
 * When a case's personal data may be erased: a finished case (closed, or redirected elsewhere)
 * whose closing lies more than the retention period (Settings → 个人信息保护) in the past.
 */
import type { CaseRecord } from '../cases/case';
import { isHeld } from '../cases/legal-hold';
import { caseOwesReferralReply } from '../cases/referral-standing';
import { FINAL_STATUSES } from '../lifecycle/machine';

const DAY = 86_400_000;

/** Cases closed before this instant are past the retention period. */
export function retentionCutoff(now: number, retentionDays: number): number {
  return now - retentionDays * DAY;
}

/**
 * `legalHold`: past its retention, but kept whole while a legal hold stands (domain/cases/legal-hold.ts).
 * `referralReply`: past its retention, but the 12315 referral's final reply is still owed
 * (domain/cases/referral-standing.ts): the regulator must hear from a case that still has its data,
 * as a deletion request's case waits for that reply.
 */
export type Ineligibility = 'open' | 'withinRetention' | 'anonymised' | 'legalHold' | 'referralReply';

/** Past the retention period but kept for now: listed among the eligible, marked, not selectable. */
export const KEPT_PAST_RETENTION: readonly Ineligibility[] = ['legalHold', 'referralReply'];

/** Why a case may not be anonymised now, or null when it may. */
export function ineligibility(
  record: Pick<CaseRecord, 'status' | 'closedAt' | 'anonymisedAt' | 'legalHolds' | 'clocks' | 'termination'>,
  now: number,
  retentionDays: number,
): Ineligibility | null {
  if (record.anonymisedAt !== undefined) return 'anonymised';
  if (!FINAL_STATUSES.includes(record.status) || record.closedAt === null) return 'open';
  if (record.closedAt >= retentionCutoff(now, retentionDays)) return 'withinRetention';
  if (isHeld(record)) return 'legalHold';
  if (caseOwesReferralReply(record)) return 'referralReply';
  return null;
}
