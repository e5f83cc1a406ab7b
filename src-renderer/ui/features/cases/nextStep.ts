import type { TFunction } from 'i18next';
import type { CaseRecord } from '../../../domain/cases/case';
import { compensationUnconfirmed } from '../../../domain/plans/compensation';
import type { CaseStatus } from '../../../domain/lifecycle/machine';
import type { Settings } from '../../../domain/settings/settings';
import { PERMISSIONS, type Permission } from '../../../domain/users/roles';
import { compensationText, formatDateTime } from '../../components/format';
import { openRequests } from '../../../domain/verification/requests';

const DAY = 86_400_000;

/** Whose move it is in each status, named by the permission that makes the move. */
const MOVER: Record<CaseStatus, Permission | null> = {
  registered: 'screening.accept',
  awaiting_info: 'screening.infoReceived',
  redirected: null,
  verifying: 'verification.complete',
  grading: 'grading.submit',
  grading_review: 'grading.approve',
  planning: 'plans.submit',
  plan_review: 'plans.approve',
  executing: 'progress.complete',
  feedback: 'feedback.record',
  closed: 'feedback.qualityReturn',
  terminated: null,
};

function roles(t: TFunction, permission: Permission): string {
  return PERMISSIONS[permission].map((role) => t(`role.${role}`)).join(t('flow.next.or'));
}

/**
 * A closed case: until when quality review may still send it back, or when that ended. The window
 * is the one the store host checks (closed + qualityReturnDays, the last millisecond included);
 * without the settings yet, the general line.
 */
function closedHint(t: TFunction, record: CaseRecord, settings: Settings | undefined, now: number): string {
  const reviewers = roles(t, 'feedback.qualityReturn');
  if (!settings || record.closedAt === null) return t('flow.next.closed', { roles: reviewers });
  const until = record.closedAt + settings.lifecycle.qualityReturnDays * DAY;
  if (now > until) return t('flow.next.closedReviewEnded', { at: formatDateTime(until) });
  return t('flow.next.closedUntil', { roles: reviewers, at: formatDateTime(until) });
}

/**
 * One line saying who acts next and on what, so a user without a button on
 * this case sees why. Role names come from the permission matrix, so the
 * line cannot disagree with what the store host allows. A closed case needs
 * the settings and the clock: its quality review window may have ended.
 */
export function nextStepHint(t: TFunction, record: CaseRecord, settings?: Settings, now = Date.now()): string {
  if (record.archived === 1) return t('flow.next.archived');
  const pending = record.extensions.find((e) => e.decision === 'pending');
  if (record.status === 'executing' && pending) {
    return t('flow.next.extensionPending', { roles: roles(t, 'progress.decideExtension'), name: pending.requestedBy.name });
  }
  if (record.status === 'plan_review' && record.plan && (record.severity === 'major' || record.plan.legalRisk) && !record.plan.legalOpinion) {
    return t('flow.next.legalReview', { legal: roles(t, 'plans.legalReview'), roles: roles(t, 'plans.approve') });
  }
  if (record.status === 'executing' && compensationUnconfirmed(record.plan)) {
    return t('payout.next', { promised: compensationText(t, record.plan!.compensation), roles: roles(t, 'plans.confirmCompensation') });
  }
  // Sent back: the same people move next, but to revise, not to start afresh.
  if (record.status === 'grading' && record.grading?.returnReason) return t('flow.next.gradingReturned', { roles: roles(t, 'grading.submit') });
  if (record.status === 'planning' && record.plan?.returnReason) return t('flow.next.planReturned', { roles: roles(t, 'plans.submit') });
  if (record.status === 'closed') return closedHint(t, record, settings, now);
  // 核实请求 unanswered: the departments asked answer first, though the case workers need not wait.
  const asked = record.status === 'verifying' ? [...new Set(openRequests(record).map((request) => request.department))] : [];
  if (asked.length > 0) return t('verificationRequest.next', { departments: asked.join(t('flow.listSeparator')), roles: roles(t, 'verification.complete') });
  // A duplicate: the complaint is not over, the other case handles it.
  if (record.status === 'terminated' && record.termination?.duplicateOf) return t('flow.next.mergedInto', { no: record.termination.duplicateOf.no });
  const mover = MOVER[record.status];
  return t(`flow.next.${record.status}`, mover ? { roles: roles(t, mover) } : {});
}
