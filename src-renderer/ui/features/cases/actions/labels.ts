import type { TFunction } from 'i18next';
import type { CaseRecord } from '../../../../domain/cases/case';

/** Whether running `command` now revises what it gave before (legal's opinion, once there is one). */
export function isRevision(command: string, record: CaseRecord): boolean {
  return command === 'plans.legalReview' && record.plan?.legalOpinion != null;
}

/**
 * A command's name on its button, its dialog, its confirmation and the timeline. A revision is
 * named as one (修改法务意见): offering 出具法务意见 again reads as if none had been given.
 */
export function commandLabel(t: TFunction, command: string, revision = false): string {
  if (revision && command === 'plans.legalReview') return t('flow.revise.legalReview');
  // Commands outside the case flow (法律保留, 转交负责人, 归档…) are named as the audit log names them.
  return t(`flow.command.${command}`, { defaultValue: t(`security.command.${command}`, { defaultValue: command }) });
}

/** The help above a command's fields, for a revision the revision's. */
export function commandHelp(t: TFunction, command: string, revision = false): string {
  if (revision && command === 'plans.legalReview') return t('flow.revise.legalReviewHelp');
  return t(`flow.help.${command}`);
}
