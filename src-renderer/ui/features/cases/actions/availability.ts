import type { CaseRecord } from '../../../../domain/cases/case';
import { compensationUnconfirmed } from '../../../../domain/plans/compensation';
import { canRun, TRANSITIONS, type LifecycleCommand } from '../../../../domain/lifecycle/machine';
import type { Permission, Role } from '../../../../domain/users/roles';
import { mayAnswer, mayWithdraw, openRequests } from '../../../../domain/verification/requests';
import type { Settings } from '../../../../domain/settings/settings';

const DAY = 86_400_000;

interface Who {
  actorId: string;
  /** The signed-in user's role and department: who may answer or withdraw a 核实请求. */
  role?: Role;
  department?: string;
  can(permission: Permission): boolean;
}

/**
 * Preconditions the store host checks beyond status and role. Offering a
 * button that can only be refused would teach users to ignore buttons, so
 * these hide it; the next-step line says why.
 */
function fits(command: LifecycleCommand, record: CaseRecord, who: Who, settings: Settings | undefined, now: number): boolean {
  const pending = record.extensions.find((e) => e.decision === 'pending');
  const resolution = record.clocks.resolution;
  switch (command) {
    case 'progress.requestExtension':
      return !pending && (resolution?.state === 'running' || resolution?.state === 'paused');
    case 'progress.decideExtension':
      return pending !== undefined && pending.requestedBy.id !== who.actorId;
    case 'progress.pause':
      return resolution?.state === 'running';
    case 'progress.resume':
      return resolution?.state === 'paused';
    case 'progress.complete':
      // Promised compensation not confirmed: the store host refuses, the next-step line says why.
      return !pending && !compensationUnconfirmed(record.plan);
    // 核实请求: one open that this user may answer (their department's, or one they may withdraw) or withdraw (asked by them, on their own case, or as a supervisor).
    case 'verification.answerRequest':
    case 'verification.withdrawRequest': {
      if (!who.role || who.department === undefined) return false;
      const actor = { id: who.actorId, role: who.role, department: who.department };
      const rule = command === 'verification.answerRequest' ? mayAnswer : mayWithdraw;
      return openRequests(record).some((request) => rule(actor, request, record));
    }
    case 'plans.confirmCompensation':
      return record.plan?.approvedAt != null && record.plan.compensation.type !== 'none';
    // Only a referred case with a reply deadline; a reply after the final one is still kept (a regulator asking again).
    case 'cases.replyReferral':
      return record.clocks.referralReply !== undefined;
    // The personal data, files too, is gone: nothing is corrected or added to it any more (store host).
    case 'cases.correct':
    case 'attachments.add':
      return record.anonymisedAt === undefined;
    case 'feedback.qualityReturn':
      return record.closedAt !== null && (!settings || now - record.closedAt <= settings.lifecycle.qualityReturnDays * DAY);
    default:
      return true;
  }
}

/** The commands this user may run on this case now, in the order of the loop. */
export function availableCommands(record: CaseRecord, who: Who, settings: Settings | undefined, now: number): LifecycleCommand[] {
  if (record.archived === 1) return [];
  return (Object.keys(TRANSITIONS) as LifecycleCommand[]).filter(
    (command) => canRun(command, record.status) && who.can(command) && fits(command, record, who, settings, now),
  );
}
