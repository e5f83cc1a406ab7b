import type { Person } from '../../domain/cases/case';
import { DeskError } from '../../domain/common/errors';
import { ownerStandingOf } from '../../domain/tracking/row';
import type { UserRecord } from '../../domain/users/user';
import type { DeskDb } from '../db';
import type { StoreContext } from '../rpc/define';
import { appendAudit } from './audit';

/** A user as the audit trail records it: never the password hash. */
export function userAuditView(user: UserRecord): Omit<UserRecord, 'password' | 'failedSignIns' | 'lockedUntil'> {
  const { password: _p, failedSignIns: _f, lockedUntil: _l, ...rest } = user;
  return rest;
}

/** Appends a user's audit event (inside the command's transaction): the user as `userAuditView` shows them. */
export async function auditUser(
  ctx: StoreContext,
  user: UserRecord,
  command: string,
  before: UserRecord | null,
  detail?: Record<string, unknown>,
): Promise<void> {
  const actor = ctx.actor!;
  await appendAudit(ctx.db, {
    subject: `user:${user.id}`,
    at: ctx.now(),
    actor: { id: actor.id, name: actor.name, role: actor.role },
    command,
    before: before ? userAuditView(before) : null,
    after: userAuditView(user),
    ...(detail ? { detail } : {}),
  });
}

/** An active user picked as owner or approver, as a Person on the case. */
export async function activePerson(db: DeskDb, userId: string, field: string): Promise<Person & { department: string }> {
  const user = await db.users.get(userId);
  if (!user || user.active !== 1) throw new DeskError({ code: 'validation.failed', fields: [{ field, code: 'validation.unknownUser' }] });
  return { id: user.id, name: user.name, department: user.department };
}

/**
 * An active colleague who can carry a case out (records progress and completes it): the owner of a
 * case or of a handling plan. An administrator, legal or a director given a case could not work it,
 * and the case would sit under their name until a supervisor reassigned it.
 */
export async function activeOwner(db: DeskDb, userId: string, field: string): Promise<Person & { department: string }> {
  const user = await db.users.get(userId);
  if (!user || ownerStandingOf(user) !== null) {
    throw new DeskError({ code: 'validation.failed', fields: [{ field, code: 'validation.ownerInvalid' }] });
  }
  return { id: user.id, name: user.name, department: user.department };
}
