/**
 * 撤下附件: a file attached by mistake (another customer's photo, the wrong recording) taken off the
 * case. Its bytes are deleted; its record stays, marked with who took it off, when and why, so the
 * case still shows that a file was there and the audit trail names it.
 */
import { z } from 'zod';
import type { DeskErrorData } from '../common/errors';
import { id, requiredText } from '../common/fields';
import { STEP_OF } from '../lifecycle/machine';
import { REDACTED } from '../privacy/redact';
import { may, type Role } from '../users/roles';
import type { CaseRecord } from './case';
import type { AttachmentMeta } from './entries';
import { activeHold } from './legal-hold';

/** The longest reason kept: a sentence or two saying what the file was and why it goes. */
export const WITHDRAW_REASON_MAX = 500;

export const WithdrawAttachmentInput = z.object({
  id: id(),
  reason: requiredText(WITHDRAW_REASON_MAX),
});
export type WithdrawAttachmentInput = z.input<typeof WithdrawAttachmentInput>;

/** The colleague asking, as the store host knows them. */
export interface Withdrawer {
  id: string;
  role: Role;
}

type CaseState = Pick<CaseRecord, 'no' | 'status' | 'archived' | 'anonymisedAt' | 'termination' | 'legalHolds'>;

/**
 * Why `who` may not withdraw `file` of the case `record` now, or null when they may: a supervisor,
 * director, operations director or legal (`attachments.withdraw`) at any time; whoever added the file
 * while the case is still at the step they added it in (a mistake noticed at once). Never on an
 * archived or anonymised case, nor twice; under a legal hold only legal, who answers for the evidence.
 * `file` is the record as `who` may read it: the refusal names it so. The store host and the case
 * page ask the same.
 */
export function withdrawalRefusal(who: Withdrawer, record: CaseState, file: Pick<AttachmentMeta, 'name' | 'addedBy' | 'step' | 'withdrawn'>): DeskErrorData | null {
  const byRole = may(who.role, 'attachments.withdraw');
  const mayAdd = may(who.role, 'attachments.add');
  if (!byRole && !mayAdd) return { code: 'auth.forbidden', params: { permission: 'attachments.withdraw', role: who.role } };
  if (record.archived === 1) return { code: 'cases.archived', params: { no: record.no } };
  if (record.anonymisedAt !== undefined) return { code: 'attachments.withdrawAnonymised', params: { no: record.no } };
  if (file.withdrawn) return { code: 'attachments.alreadyWithdrawn', params: { name: file.name, by: file.withdrawn.by.name } };
  if (!byRole) {
    if (file.addedBy.id !== who.id) return { code: 'attachments.withdrawNotOwn', params: { name: file.name, by: file.addedBy.name } };
    // A terminated case stays at the step it ended at, as files added to it are filed.
    if (STEP_OF[record.termination?.from ?? record.status] !== file.step) return { code: 'attachments.withdrawStepPassed', params: { name: file.name } };
  }
  if (activeHold(record) && who.role !== 'legal') return { code: 'attachments.withdrawHeld', params: { no: record.no } };
  return null;
}

/**
 * A file as a customer's own export gives it: a withdrawn one with its name and the reason withheld.
 * A file taken off by mistake is as often another person's (their photo, their call), and the reason
 * says whose; that it was there, its size and when it went are the customer's to know.
 */
export function exportedAttachment(file: AttachmentMeta): AttachmentMeta {
  if (!file.withdrawn) return file;
  const { sha256: _sha256, ...rest } = file;
  return { ...rest, name: REDACTED, withdrawn: { ...file.withdrawn, reason: REDACTED } };
}
