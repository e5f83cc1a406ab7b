import { z } from 'zod';
import { DeskError } from '../../../domain/common/errors';
import { id } from '../../../domain/common/fields';
import { SaveImprovementInput, VerifyImprovementInput, type ImprovementRecord } from '../../../domain/improvements/schema';
import { appendAudit } from '../../core/audit';
import { activePerson } from '../../core/users';
import { command, query, type ServiceModule, type StoreContext } from '../../rpc/define';

async function audit(ctx: StoreContext, before: ImprovementRecord | null, after: ImprovementRecord, name: string) {
  const actor = ctx.actor!;
  await appendAudit(ctx.db, {
    subject: `improvement:${after.id}`,
    at: ctx.now(),
    actor: { id: actor.id, name: actor.name, role: actor.role },
    command: name,
    before,
    after,
  });
}

const save = command(SaveImprovementInput, async (ctx, input) => {
  const { db } = ctx;
  const owner = await activePerson(db, input.ownerId, 'ownerId');
  return db.transaction('rw', db.improvements, db.cases, db.audit, db.auditHeads, async () => {
    const found = await db.cases.bulkGet(input.caseIds);
    if (found.some((c) => !c)) throw new DeskError({ code: 'validation.failed', fields: [{ field: 'caseIds', code: 'cases.notFound' }] });
    const before = input.id ? ((await db.improvements.get(input.id)) ?? null) : null;
    if (input.id && !before) throw new DeskError({ code: 'improvements.notFound' });
    const now = ctx.now();
    const record: ImprovementRecord = {
      id: before?.id ?? crypto.randomUUID(),
      title: input.title,
      rootCause: input.rootCause,
      action: input.action,
      owner: { id: owner.id, name: owner.name },
      dueAt: input.dueAt,
      caseIds: [...new Set(input.caseIds)],
      status: before?.status ?? 'open',
      effective: before?.effective ?? null,
      verificationNote: before?.verificationNote ?? '',
      createdAt: before?.createdAt ?? now,
      updatedAt: now,
      verifiedAt: before?.verifiedAt ?? null,
      verifiedBy: before?.verifiedBy ?? null,
    };
    await db.improvements.put(record);
    await audit(ctx, before, record, 'improvements.save');
    ctx.changed('improvements', record.id);
    return record;
  });
}, { access: 'improvements.save' });

/** Checked later for effect: effective or not, with what was observed. */
const verify = command(VerifyImprovementInput, async (ctx, input) => {
  const { db } = ctx;
  return db.transaction('rw', db.improvements, db.audit, db.auditHeads, async () => {
    const before = await db.improvements.get(input.id);
    if (!before) throw new DeskError({ code: 'improvements.notFound' });
    const now = ctx.now();
    const actor = ctx.actor!;
    const record: ImprovementRecord = {
      ...before,
      status: 'verified',
      effective: input.effective,
      verificationNote: input.note,
      verifiedAt: now,
      verifiedBy: { id: actor.id, name: actor.name },
      updatedAt: now,
    };
    await db.improvements.put(record);
    await audit(ctx, before, record, 'improvements.verify');
    ctx.changed('improvements', record.id);
    return record;
  });
}, { access: 'improvements.verify' });

const list = query(z.object({ caseId: id().optional() }).default({}), async ({ db }, { caseId }) => {
  const rows = caseId ? await db.improvements.where('caseIds').equals(caseId).toArray() : await db.improvements.toArray();
  return rows.sort((a, b) => b.updatedAt - a.updatedAt);
});

/** 整改措施. */
export const improvementsService = {
  'improvements.save': save,
  'improvements.verify': verify,
  'improvements.list': list,
} satisfies ServiceModule;
