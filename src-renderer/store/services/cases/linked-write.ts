import type { CaseRecord } from '../../../domain/cases/case';
import { withDerivedFields } from '../../core/derived';
import { appendAudit } from '../../core/audit';
import type { StoreContext } from '../../rpc/define';

/**
 * Writes one case changed by a command about two cases (并入, 关联, 取消关联) with its own audit
 * event. Runs inside the command's transaction (cases, audit, auditHeads), so both cases change
 * together or neither does.
 */
export async function writeLinked(ctx: StoreContext, before: CaseRecord, after: CaseRecord, command: string, detail: Record<string, unknown>): Promise<CaseRecord> {
  const actor = ctx.actor!;
  const at = ctx.now();
  const next = withDerivedFields({ ...after, updatedAt: at });
  await ctx.db.cases.put(next);
  await appendAudit(ctx.db, { subject: before.id, at, actor: { id: actor.id, name: actor.name, role: actor.role }, command, before, after: next, detail });
  ctx.changed('cases', before.id);
  return next;
}
