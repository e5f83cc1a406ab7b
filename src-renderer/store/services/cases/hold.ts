import type { z } from 'zod';
import type { CaseRecord } from '../../../domain/cases/case';
import { activeHold, holdsOf, placeHoldInput, ReleaseHoldInput, type LegalHold } from '../../../domain/cases/legal-hold';
import { DeskError } from '../../../domain/common/errors';
import { maskCaseFor } from '../../../domain/privacy/mask';
import type { Permission } from '../../../domain/users/roles';
import { appendAudit } from '../../core/audit';
import { withDerivedFields } from '../../core/derived';
import { command, type StoreContext } from '../../rpc/define';

type HoldCommand = Extract<Permission, 'cases.placeHold' | 'cases.releaseHold'>;

/**
 * A change of the case's holds, in one transaction with its audit event. Not a lifecycle command:
 * a hold is placed in any status, on an archived case too — the lawsuit often comes long after
 * the case was closed and archived, and that is when its records must not go.
 */
async function changeHolds(ctx: StoreContext, name: HoldCommand, caseId: string, change: (current: CaseRecord, holds: LegalHold[]) => LegalHold[], detail: Record<string, unknown>) {
  const { db } = ctx;
  const actor = ctx.actor!;
  return db.transaction('rw', [db.cases, db.audit, db.auditHeads], async () => {
    const current = await db.cases.get(caseId);
    if (!current) throw new DeskError({ code: 'cases.notFound' });
    const at = ctx.now();
    const next = withDerivedFields({ ...current, legalHolds: change(current, holdsOf(current)), updatedAt: at });
    await db.cases.put(next);
    await appendAudit(db, {
      subject: current.id,
      at,
      actor: { id: actor.id, name: actor.name, role: actor.role },
      command: name,
      before: current,
      after: next,
      detail,
    });
    ctx.changed('cases', current.id);
    return maskCaseFor(actor.role, next);
  });
}

/** 设置法律保留: why (a lawsuit, a regulator, an insurance claim), its reference, until when it is expected. */
export const placeHold = command(
  (ctx) => placeHoldInput(ctx.now()),
  (ctx, args: z.output<ReturnType<typeof placeHoldInput>>) =>
    changeHolds(
      ctx,
      'cases.placeHold',
      args.caseId,
      (current, holds) => {
        // Its customer's data is gone already: there is nothing left a hold could keep.
        if (current.anonymisedAt !== undefined) throw new DeskError({ code: 'legalHold.anonymised', params: { no: current.no } });
        if (activeHold(current)) throw new DeskError({ code: 'legalHold.alreadyHeld', params: { no: current.no } });
        const by = { id: ctx.actor!.id, name: ctx.actor!.name };
        return [...holds, { kind: args.kind, reason: args.reason, reference: args.reference, until: args.until, placedAt: ctx.now(), placedBy: by, released: null }];
      },
      { kind: args.kind, reason: args.reason },
    ),
  { access: 'cases.placeHold' },
);

/** 解除法律保留: the matter is over; the case is archived and anonymised on its usual terms again. */
export const releaseHold = command(
  ReleaseHoldInput,
  (ctx, args) =>
    changeHolds(
      ctx,
      'cases.releaseHold',
      args.caseId,
      (current, holds) => {
        if (!activeHold(current)) throw new DeskError({ code: 'legalHold.notHeld', params: { no: current.no } });
        const released = { note: args.note, at: ctx.now(), by: { id: ctx.actor!.id, name: ctx.actor!.name } };
        return holds.map((hold, i) => (i === holds.length - 1 ? { ...hold, released } : hold));
      },
      { note: args.note },
    ),
  { access: 'cases.releaseHold' },
);
