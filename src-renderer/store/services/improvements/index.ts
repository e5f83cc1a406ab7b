import { z } from 'zod';
import { DeskError } from '../../../domain/common/errors';
import { id } from '../../../domain/common/fields';
import { roundOf, SaveImprovementInput, VerifyImprovementInput, type ImprovementRecord } from '../../../domain/improvements/schema';
import { improvementFor, textsToKeep } from '../../../domain/improvements/masking';
import { awaitsNewRound, currentImprovement, withVerdict } from '../../../domain/improvements/verifications';
import { appendAudit } from '../../core/audit';
import { dayKeyOf } from '../../../domain/clocks/calendar';
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
  return db.transaction('rw', db.improvements, db.users, db.cases, db.audit, db.auditHeads, async () => {
    const found = await db.cases.bulkGet(input.caseIds);
    if (found.some((c) => !c)) throw new DeskError({ code: 'validation.failed', fields: [{ field: 'caseIds', code: 'cases.notFound' }] });
    const before = input.id ? ((await db.improvements.get(input.id)) ?? null) : null;
    if (input.id && !before) throw new DeskError({ code: 'improvements.notFound' });
    // An owner who has since left stays on an edit that keeps them (the form shows them, marked); a new one must be active.
    const owner = before?.owner.id === input.ownerId ? before.owner : await activePerson(db, input.ownerId, 'ownerId');
    const now = ctx.now();
    // Read as today's code reads it, so a record saved before verdicts were kept gets its history on this save.
    const current = before ? currentImprovement(before) : null;
    // Verified effective, it is closed as judged: an edit would put words and a date on it nobody verified.
    if (current?.status === 'verified') throw new DeskError({ code: 'improvements.closedNoEdit' });
    // The form sends the day chosen at its end: the same day as stored is the date kept, as stored (an
    // overdue measure edited keeps its passed date; a round after 无效 is not renewed by a resend).
    const dueAt = current && dayKeyOf(new Date(input.dueAt)) === dayKeyOf(new Date(current.dueAt)) ? current.dueAt : input.dueAt;
    // A new due date must lie ahead.
    if (dueAt < ctx.now() && dueAt !== current?.dueAt) {
      throw new DeskError({ code: 'validation.failed', fields: [{ field: 'dueAt', code: 'validation.mustBeFuture' }] });
    }
    const texts = current ? textsToKeep(ctx.actor!.role, current, input) : input;
    const record: ImprovementRecord = {
      id: current?.id ?? crypto.randomUUID(),
      title: texts.title,
      rootCause: texts.rootCause,
      action: texts.action,
      owner: { id: owner.id, name: owner.name },
      dueAt,
      caseIds: [...new Set(input.caseIds)],
      status: current?.status ?? 'open',
      effective: current?.effective ?? null,
      verificationNote: current?.verificationNote ?? '',
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
      verifiedAt: current?.verifiedAt ?? null,
      verifiedBy: current?.verifiedBy ?? null,
      verifications: current?.verifications ?? [],
      // A later save leaves the history withheld that a linked case's anonymisation withheld.
      ...(current?.textsWithheldThrough !== undefined ? { textsWithheldThrough: current.textsWithheldThrough } : {}),
    };
    await db.improvements.put(record);
    await audit(ctx, before, record, 'improvements.save');
    ctx.changed('improvements', record.id);
    return improvementFor(ctx.actor!.role, currentImprovement(record));
  });
}, { access: 'improvements.save' });

/**
 * Checked later for effect: effective or not, with what was observed. Only an
 * open measure is judged: 有效 closes it, 无效 opens a new round; each verdict
 * is kept on the record, none replaces another.
 */
const verify = command(VerifyImprovementInput, async (ctx, input) => {
  const { db } = ctx;
  return db.transaction('rw', db.improvements, db.audit, db.auditHeads, async () => {
    const before = await db.improvements.get(input.id);
    if (!before) throw new DeskError({ code: 'improvements.notFound' });
    const current = currentImprovement(before);
    if (current.status !== 'open') throw new DeskError({ code: 'improvements.alreadyVerified' });
    // Edited in another window since the page showed it: the verdict would judge words its giver never read.
    if (input.base !== undefined && input.base !== before.updatedAt) throw new DeskError({ code: 'improvements.changedSince' });
    const last = current.verifications?.at(-1);
    // Judged 无效 in another window since the page showed this round: this verdict is of a round gone.
    if (input.round !== undefined && input.round !== roundOf(current) && last) {
      throw new DeskError({ code: 'improvements.roundChanged', params: { by: last.by.name } });
    }
    // After 无效 the next round needs its own action or due date before it is judged.
    if (awaitsNewRound(current)) throw new DeskError({ code: 'improvements.roundUnchanged' });
    const actor = ctx.actor!;
    const record = withVerdict(current, { at: ctx.now(), by: { id: actor.id, name: actor.name }, effective: input.effective, note: input.note });
    await db.improvements.put(record);
    await audit(ctx, before, record, 'improvements.verify');
    ctx.changed('improvements', record.id);
    return improvementFor(actor.role, record);
  });
}, { access: 'improvements.verify' });

/** Every measure, or a case's; with the identifiers in their texts masked to roles without `contacts.view`. */
const list = query(z.object({ caseId: id().optional() }).default({}), async ({ db, actor }, { caseId }) => {
  const rows = caseId ? await db.improvements.where('caseIds').equals(caseId).toArray() : await db.improvements.toArray();
  return rows.map((row) => improvementFor(actor!.role, currentImprovement(row))).sort((a, b) => b.updatedAt - a.updatedAt);
});

/** 整改措施. */
export const improvementsService = {
  'improvements.save': save,
  'improvements.verify': verify,
  'improvements.list': list,
} satisfies ServiceModule;
