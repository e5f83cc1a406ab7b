import { z } from 'zod';
import { DeskError } from '../../../domain/common/errors';
import { hashPassword, passwordFieldError } from '../../../domain/users/password';
import { ResetPasswordInput, SaveUserInput, type UserRecord } from '../../../domain/users/user';
import type { Role } from '../../../domain/users/roles';
import { APPROVAL_KINDS, approvalKindsOf, type ApprovalKind } from '../../../domain/tracking/row';
import { pendingPlanOf } from '../../../domain/plans/pending';
import { refuseUnknownDepartments } from '../../core/departments';
import { readSettings } from '../../core/settings';
import { auditUser } from '../../core/users';
import { command, query, type ServiceModule, type StoreContext } from '../../rpc/define';
import { caseIndexFor } from '../../search/case-index';

export interface UserSummary {
  id: string;
  username: string;
  name: string;
  role: Role;
  department: string;
  active: boolean;
  locked: boolean;
  /** Cases still being handled with this user as their owner (in the list): a deactivation or role change leaves them there. */
  openCases?: number;
  /**
   * Plans awaiting approval that name this user as 负责人 of somebody else's case (in the list): the
   * approval would give them the case, and is refused once they can no longer carry it out.
   */
  pendingPlans?: number;
  /**
   * Approvals only this user may give among the active accounts, with the cases waiting for each
   * (in the list; only kinds with cases waiting): deactivated or moved to another role, nobody could
   * give them and those cases would stall.
   */
  soleApprovals?: { kind: ApprovalKind; waiting: number }[];
}

/**
 * Per active user, the approvals no other active account may give, with the cases waiting for each.
 * An extension is decided by anyone who may, but its asker: a request leaves one giver when the
 * only other one asked for it.
 */
function soleApprovalsOf(
  users: readonly UserRecord[],
  { counts, extensionAskers }: { counts: Record<ApprovalKind, number>; extensionAskers: ReadonlyMap<string, number> },
): Map<string, { kind: ApprovalKind; waiting: number }[]> {
  const active = users.filter((user) => user.active === 1);
  const waitingFor = new Map<string, Map<ApprovalKind, number>>();
  const add = (userId: string, kind: ApprovalKind, n: number) => {
    const kinds = waitingFor.get(userId) ?? new Map<ApprovalKind, number>();
    kinds.set(kind, (kinds.get(kind) ?? 0) + n);
    waitingFor.set(userId, kinds);
  };
  for (const kind of APPROVAL_KINDS) {
    const givers = active.filter((user) => approvalKindsOf(user.role).includes(kind));
    if (kind === 'extension') {
      for (const [asker, n] of extensionAskers) {
        const others = givers.filter((user) => user.id !== asker);
        if (others.length === 1) add(others[0]!.id, kind, n);
      }
    } else if (counts[kind] > 0 && givers.length === 1) {
      add(givers[0]!.id, kind, counts[kind]);
    }
  }
  return new Map([...waitingFor].map(([userId, kinds]) => [userId, [...kinds].map(([kind, waiting]) => ({ kind, waiting }))]));
}

/** Per user, the plans awaiting approval that would give them a case they do not own yet. */
async function pendingPlansByOwner(db: StoreContext['db']): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const record of await db.cases.where('status').anyOf(['planning', 'plan_review']).toArray()) {
    const plan = pendingPlanOf(record);
    if (plan && plan.owner.id !== record.owner?.id) counts.set(plan.owner.id, (counts.get(plan.owner.id) ?? 0) + 1);
  }
  return counts;
}

const summary = (
  user: UserRecord,
  now: number,
  openCases?: number,
  pendingPlans?: number,
  soleApprovals?: { kind: ApprovalKind; waiting: number }[],
): UserSummary => ({
  id: user.id,
  username: user.username,
  name: user.name,
  role: user.role,
  department: user.department,
  active: user.active === 1,
  locked: user.lockedUntil > now,
  ...(openCases === undefined ? {} : { openCases }),
  ...(pendingPlans ? { pendingPlans } : {}),
  ...(soleApprovals?.length ? { soleApprovals } : {}),
});

function passwordError(password: string | undefined, username: string): DeskError | null {
  const problem = passwordFieldError('password', password, username);
  return problem ? new DeskError({ code: 'validation.failed', fields: [problem] }) : null;
}

/** Every account, for the admin. */
const list = query(z.object({}).default({}), async (ctx) => {
  const index = caseIndexFor(ctx.db);
  const [users, open, plans, waiting] = await Promise.all([
    ctx.db.users.orderBy('username').toArray(),
    index.openCasesByOwner(),
    pendingPlansByOwner(ctx.db),
    index.awaitingByKind(),
  ]);
  const sole = soleApprovalsOf(users, waiting);
  return users.map((u) => summary(u, ctx.now(), open.get(u.id) ?? 0, plans.get(u.id), sole.get(u.id)));
}, { access: 'users.save' });

/**
 * Active colleagues, for owner pickers and approver names; `includeInactive` adds former ones (marked),
 * for filters over history such as the audit log.
 */
const directory = query(z.object({ includeInactive: z.boolean().optional() }).default({}), async (ctx, { includeInactive }) => {
  const users = await ctx.db.users.orderBy('username').toArray();
  return users
    .filter((u) => includeInactive || u.active === 1)
    .map(({ id, name, role, department, active }) => ({ id, name, role, department, ...(includeInactive ? { active: active === 1 } : {}) }));
});

/** Whether the caller entered their password again (`auth.confirm`) within the last minutes. */
const confirmed = (ctx: StoreContext) => (ctx.session.confirmedUntil ?? 0) > ctx.now();

const save = command(SaveUserInput, async (ctx, input) => {
  const { db } = ctx;
  const password = input.id ? null : passwordError(input.password, input.username);
  if (password) throw password;
  const hashed = input.id ? null : await hashPassword(input.password!);
  return db.transaction('rw', db.users, db.sessions, db.settings, db.audit, db.auditHeads, async () => {
    const clash = await db.users.where('username').equals(input.username).first();
    if (clash && clash.id !== input.id) {
      throw new DeskError({ code: 'validation.failed', fields: [{ field: 'username', code: 'validation.usernameTaken' }] });
    }
    const before = input.id ? await db.users.get(input.id) : undefined;
    if (input.id && !before) throw new DeskError({ code: 'users.notFound' });
    // A department is one of the desk's; one kept unchanged may be a name the list has since dropped.
    if (before?.department !== input.department) refuseUnknownDepartments((await readSettings(db)).departments, { department: input.department });
    if (before && before.id === ctx.actor!.id && (input.role !== 'admin' || !input.active)) {
      throw new DeskError({ code: 'users.cannotDemoteSelf' });
    }
    // Changing what someone may do, or shutting them out, is destructive: the admin proves it is them first.
    // (A new account or a name, department or reactivation needs no password.)
    if (before && (before.role !== input.role || (before.active === 1 && !input.active)) && !confirmed(ctx)) {
      throw new DeskError({ code: 'auth.confirmRequired' });
    }
    const user: UserRecord = before
      ? { ...before, username: input.username, name: input.name, role: input.role, department: input.department, active: input.active ? 1 : 0 }
      : {
          id: crypto.randomUUID(),
          username: input.username,
          name: input.name,
          role: input.role,
          department: input.department,
          active: input.active ? 1 : 0,
          password: hashed!,
          createdAt: ctx.now(),
          failedSignIns: 0,
          lockedUntil: 0,
        };
    await db.users.put(user);
    // A deactivated account or a new role takes effect at once: its sessions end.
    if (before && (before.role !== user.role || user.active === 0)) await db.sessions.where('userId').equals(user.id).delete();
    await auditUser(ctx, user, 'users.save', before ?? null);
    ctx.changed('users', user.id);
    return summary(user, ctx.now());
  });
}, { access: 'users.save' });

const resetPassword = command(ResetPasswordInput, async (ctx, input) => {
  const { db } = ctx;
  const before = await db.users.get(input.id);
  if (!before) throw new DeskError({ code: 'users.notFound' });
  const problem = passwordError(input.password, before.username);
  if (problem) throw problem;
  const password = await hashPassword(input.password);
  return db.transaction('rw', db.users, db.sessions, db.audit, db.auditHeads, async () => {
    const user = { ...before, password, failedSignIns: 0, lockedUntil: 0 };
    await db.users.put(user);
    await db.sessions.where('userId').equals(user.id).delete();
    await auditUser(ctx, user, 'users.resetPassword', before);
    ctx.changed('users', user.id);
    return summary(user, ctx.now());
  });
}, { access: 'users.resetPassword', confirm: true });

/** 用户与角色: local accounts, managed by the admin. */
export const usersService = {
  'users.list': list,
  'users.directory': directory,
  'users.save': save,
  'users.resetPassword': resetPassword,
} satisfies ServiceModule;
