import type { Person } from '../../domain/cases/case';
import { DeskError } from '../../domain/common/errors';
import type { UserRecord } from '../../domain/users/user';
import type { DeskDb } from '../db';

/** A user as the audit trail records it: never the password hash. */
export function userAuditView(user: UserRecord): Omit<UserRecord, 'password' | 'failedSignIns' | 'lockedUntil'> {
  const { password: _p, failedSignIns: _f, lockedUntil: _l, ...rest } = user;
  return rest;
}

/** An active user picked as owner or approver, as a Person on the case. */
export async function activePerson(db: DeskDb, userId: string, field: string): Promise<Person & { department: string }> {
  const user = await db.users.get(userId);
  if (!user || user.active !== 1) throw new DeskError({ code: 'validation.failed', fields: [{ field, code: 'validation.unknownUser' }] });
  return { id: user.id, name: user.name, department: user.department };
}
