import { DEMO_ACCOUNTS, DEMO_PASSWORD, type StaffMember } from '../../../domain/demo/people';
import { hashPassword } from '../../../domain/users/password';
import type { UserRecord } from '../../../domain/users/user';
import { appendAudit } from '../../core/audit';
import { userAuditView } from '../../core/users';
import type { StoreContext } from '../../rpc/define';
import { readSettings } from '../../core/settings';
import { presetNames } from '../../../domain/settings/presets';

/**
 * Creates the demo colleagues that are missing (by user name), hashed like
 * `users.save`, each with its audit event. Existing accounts are left as they
 * are, so seeding again never duplicates or resets anyone.
 */
export async function ensureDemoStaff(ctx: StoreContext): Promise<void> {
  const { db } = ctx;
  const taken = new Set(await db.users.orderBy('username').keys());
  const missing = DEMO_ACCOUNTS.filter((account) => !taken.has(account.username));
  if (missing.length === 0) return;
  // The slow KDF runs outside the transaction (an IndexedDB transaction cannot wait for it).
  const hashes = await Promise.all(missing.map(() => hashPassword(DEMO_PASSWORD)));
  const actor = ctx.actor!;
  const { departments } = await readSettings(db);
  await db.transaction('rw', db.users, db.audit, db.auditHeads, async () => {
    const now = ctx.now();
    for (const [i, account] of missing.entries()) {
      if (await db.users.where('username').equals(account.username).first()) continue;
      const user: UserRecord = {
        id: crypto.randomUUID(),
        ...account,
        department: demoDepartment(account.department, departments),
        active: 1,
        password: hashes[i]!,
        createdAt: now,
        failedSignIns: 0,
        lockedUntil: 0,
      };
      await db.users.add(user);
      await appendAudit(db, {
        subject: `user:${user.id}`,
        at: now,
        actor: { id: actor.id, name: actor.name, role: actor.role },
        command: 'demo.seed',
        before: null,
        after: userAuditView(user),
      });
      ctx.changed('users', user.id);
    }
  });
}

/**
 * A demo colleague's department on this desk: as written where the desk has it; on a desk set up with
 * English names, its English counterpart (客服中心 → Customer Service); otherwise the desk's first.
 */
export function demoDepartment(department: string, configured: readonly string[]): string {
  if (configured.includes(department)) return department;
  const english = presetNames('en').departments[presetNames('zh-CN').departments.indexOf(department)];
  if (english !== undefined && configured.includes(english)) return english;
  return configured[0] ?? department;
}

/** Every active colleague who may appear on a case (administrators never do). */
export async function caseStaff(ctx: StoreContext): Promise<StaffMember[]> {
  const users = await ctx.db.users.toArray();
  return users.filter((u) => u.active === 1 && u.role !== 'admin').map(({ id, name, role, department }) => ({ id, name, role, department }));
}
