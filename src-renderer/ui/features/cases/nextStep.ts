import type { TFunction } from 'i18next';
import type { CaseRecord } from '../../../domain/cases/case';
import type { CaseStatus } from '../../../domain/lifecycle/machine';
import { PERMISSIONS, type Permission } from '../../../domain/users/roles';

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
};

function roles(t: TFunction, permission: Permission): string {
  return PERMISSIONS[permission].map((role) => t(`role.${role}`)).join(t('flow.next.or'));
}

/**
 * One line saying who acts next and on what, so a user without a button on
 * this case sees why. Role names come from the permission matrix, so the
 * line cannot disagree with what the store host allows.
 */
export function nextStepHint(t: TFunction, record: CaseRecord): string {
  if (record.archived === 1) return t('flow.next.archived');
  const pending = record.extensions.find((e) => e.decision === 'pending');
  if (record.status === 'executing' && pending) {
    return t('flow.next.extensionPending', { roles: roles(t, 'progress.decideExtension'), name: pending.requestedBy.name });
  }
  if (record.status === 'plan_review' && record.plan && (record.severity === 'major' || record.plan.legalRisk) && !record.plan.legalOpinion) {
    return t('flow.next.legalReview', { legal: roles(t, 'plans.legalReview'), roles: roles(t, 'plans.approve') });
  }
  // Sent back: the same people move next, but to revise, not to start afresh.
  if (record.status === 'grading' && record.grading?.returnReason) return t('flow.next.gradingReturned', { roles: roles(t, 'grading.submit') });
  if (record.status === 'planning' && record.plan?.returnReason) return t('flow.next.planReturned', { roles: roles(t, 'plans.submit') });
  const mover = MOVER[record.status];
  return t(`flow.next.${record.status}`, mover ? { roles: roles(t, mover) } : {});
}
