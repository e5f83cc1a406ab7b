/**
 * One row of the tracking table and the per-case facts it is built from.
 * The store host computes them once per case change; the table, the export
 * and the reference semantics all read them from here.
 */
import type { CaseRecord } from '../cases/case';
import type { Category, Channel, Severity } from '../cases/vocabulary';
import { satisfactionOfPoints, satisfactionPointsOf, surveyDeclined } from '../feedback/survey';
import { FINAL_STATUSES, type CaseStatus } from '../lifecycle/machine';
import { mayViewContacts } from '../privacy/mask';
import { may, type Role } from '../users/roles';
import type { UserRecord } from '../users/user';

// Masking lives with the rest of personal data; re-exported for the tracking code that asks who may see contacts.
export { mayViewContacts } from '../privacy/mask';

/** Whether a search looks in the contacts (phone, e-mail, address): for roles that see them, and for the customer lookup. */
export function searchesContacts(asker: { role: Role; contacts?: true }): boolean {
  return asker.contacts === true || mayViewContacts(asker.role);
}

export type OwnerStanding = 'inactive' | 'cannotHandle';

/** Whether a user can still carry out the cases they own: null when they can (or nobody owns it). */
export function ownerStandingOf(user: Pick<UserRecord, 'active' | 'role'> | undefined): OwnerStanding | null {
  if (!user) return null;
  if (user.active !== 1) return 'inactive';
  return may(user.role, 'progress.add') ? null : 'cannotHandle';
}

export interface TrackingRow {
  id: string;
  no: string;
  receivedAt: number;
  channel: Channel;
  customerName: string;
  /** Full for roles that may see contact details, otherwise masked (138****1234). */
  phone: string;
  category: Category | null;
  severity: Severity;
  status: CaseStatus;
  department: string;
  /** '' without an owner. */
  ownerId: string;
  ownerName: string;
  /**
   * The owner can no longer carry the case out (set by the store host): deactivated, or moved to a
   * role that does not handle cases. The table says so beside the name, for a supervisor to reassign.
   */
  ownerStanding?: OwnerStanding;
  responseDueAt: number | null;
  resolutionDueAt: number | null;
  /** Earliest due instant among running clocks: what "time left" counts down to. */
  nextDueAt: number | null;
  paused: boolean;
  /** Average survey score 1–5, null before a survey and for one the customer declined. */
  satisfaction: number | null;
  /** The latest survey is recorded and the customer declined to score (客户不愿评分): not the same as no survey yet. */
  surveyDeclined?: true;
  /** The severity the grading waiting for approval proposes, where it differs from `severity` (which changes at approval). */
  proposedSeverity?: Severity;
  updatedAt: number;
  closedAt: number | null;
  archived: boolean;
  /** The approval the case waits for (待审批 shows which), null when none. */
  awaiting: ApprovalKind | null;
  /** Its grading or plan was sent back and waits to be revised (`awaitsRevision`). */
  returned: boolean;
  /** Terminated as a duplicate: the number of the case it went into, which handles the matter. */
  mergedInto?: string;
  /** 客户催办: how often the customer chased the case (0: never; counted up to `MAX_CHASES_COUNTED`). */
  chases: number;
}

/**
 * Chases the table counts exactly; more read as this many (99 次以上). The index sorts by it packed
 * with the received minute and the slot into one float, which has room for values below 128.
 */
export const MAX_CHASES_COUNTED = 99;

/** How often the customer chased the case, as the table counts it. */
export function chasesOf(record: Pick<CaseRecord, 'chases'>): number {
  return Math.min(record.chases?.count ?? 0, MAX_CHASES_COUNTED);
}

export const APPROVAL_KINDS = ['grading', 'plan', 'legal', 'extension'] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];

/** The permission that gives each kind of approval. */
const APPROVAL_PERMISSION = {
  grading: 'grading.approve',
  plan: 'plans.approve',
  legal: 'plans.legalReview',
  extension: 'progress.decideExtension',
} as const;

/**
 * Approvals the person who asked for them may not give: nobody decides their own extension
 * (the store host refuses it with progress.ownExtension), so it never waits on them.
 */
export const BARRED_FOR_ASKER: readonly ApprovalKind[] = ['extension'];

/** Approvals a case is waiting for right now (at most one: each is waited for in a status of its own). */
export function pendingApprovals(record: CaseRecord): ApprovalKind[] {
  const kinds: ApprovalKind[] = [];
  if (record.status === 'grading_review') kinds.push('grading');
  if (record.status === 'plan_review' && record.plan) {
    const needsLegal = (record.severity === 'major' || record.plan.legalRisk) && !record.plan.legalOpinion;
    kinds.push(needsLegal ? 'legal' : 'plan');
  }
  if (record.status === 'executing' && record.extensions.some((e) => e.decision === 'pending')) kinds.push('extension');
  return kinds;
}

export function approvalKindsOf(role: Role): ApprovalKind[] {
  return APPROVAL_KINDS.filter((kind) => may(role, APPROVAL_PERMISSION[kind]));
}

/** Who asked for the approval a case waits for, where that bars them from giving it (`BARRED_FOR_ASKER`); '' for nobody. */
export function approvalAskerOf(record: CaseRecord): string {
  if (!pendingApprovals(record).includes('extension')) return '';
  return record.extensions.find((e) => e.decision === 'pending')?.requestedBy.id ?? '';
}

/** The approvals a case waits for that this user may give: their role gives them, and they did not ask for them. */
export function approvalsFor(record: CaseRecord, user: { id: string; role: Role }): ApprovalKind[] {
  const asked = approvalAskerOf(record) === user.id;
  const mine = approvalKindsOf(user.role);
  return pendingApprovals(record).filter((kind) => mine.includes(kind) && !(asked && BARRED_FOR_ASKER.includes(kind)));
}

/**
 * The grading or the plan was sent back and is not resubmitted yet: the case is back at 待定级 or
 * 方案制定中, which alone reads like a case never submitted. Whoever submitted must see it came back.
 */
export function awaitsRevision(record: Pick<CaseRecord, 'status' | 'grading' | 'plan'>): boolean {
  return (record.status === 'grading' && !!record.grading?.returnReason) || (record.status === 'planning' && !!record.plan?.returnReason);
}

/**
 * The severity a grading waiting for approval proposes, where it differs from the case's own: the
 * approver's queue must show a complaint proposed as 重大 as such, not as the 一般 it was registered.
 */
export function proposedSeverityOf(record: Pick<CaseRecord, 'status' | 'severity' | 'grading'>): Severity | undefined {
  if (record.status !== 'grading_review' || !record.grading || record.grading.severity === record.severity) return undefined;
  return record.grading.severity;
}

/** The latest survey is recorded and answers none of its questions: the customer declined to score. */
export function surveyDeclinedOf(record: Pick<CaseRecord, 'feedback'>): boolean {
  return !!record.feedback && surveyDeclined(record.feedback.scores);
}

/** The latest survey's mean score as exact points (see SATISFACTION_SCALE), 0 without a survey or without any score. */
export function satisfactionPoints(record: CaseRecord): number {
  return record.feedback ? satisfactionPointsOf(record.feedback.scores) : 0;
}

export const satisfactionOf = satisfactionOfPoints;

/** A clock paused on a case still worked. A terminated case's clocks were stopped for good: that is no pause. */
export function isPaused(record: CaseRecord): boolean {
  if (FINAL_STATUSES.includes(record.status)) return false;
  return Object.values(record.clocks).some((clock) => clock?.state === 'paused');
}

/** Due instant of the resolution clock while it still counts (running or paused, the case not ended). */
export function resolutionDueOf(record: CaseRecord): number | null {
  if (FINAL_STATUSES.includes(record.status)) return null;
  const clock = record.clocks.resolution;
  return clock && (clock.state === 'running' || clock.state === 'paused') ? clock.dueAt : null;
}

/** `mergedInto` of a case terminated as a duplicate of another: absent for any other case. */
export function mergedIntoOf(record: Pick<CaseRecord, 'status' | 'termination'>): { mergedInto?: string } {
  const into = record.status === 'terminated' ? record.termination?.duplicateOf?.no : undefined;
  return into ? { mergedInto: into } : {};
}
