import { z } from 'zod';
import { FINAL_STATUSES } from '../../../domain/lifecycle/machine';
import { handedOver } from '../../../domain/plans/pending';
import { appendAudit } from '../../core/audit';
import { activeOwner } from '../../core/users';
import { withDerivedFields } from '../../core/derived';
import { command } from '../../rpc/define';

export const MAX_ASSIGN = 500;

const AssignInput = z.object({
  caseIds: z
    .array(z.string().min(1).max(100))
    .min(1, { error: 'validation.casesRequired' })
    .max(MAX_ASSIGN, { error: 'validation.tooMany' }),
  ownerId: z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }).max(100),
});

export type AssignSkipReason = 'notFound' | 'final' | 'archived' | 'sameOwner';

export interface AssignResult {
  assigned: string[];
  skipped: { id: string; no: string; reason: AssignSkipReason }[];
}

/**
 * Bulk action of the tracking table: hands the selected cases to one owner (and a pending plan
 * that named the old owner as its 负责人 to the new one: `handedOver`).
 * Cases that cannot change hands (finished, archived, already theirs) are
 * reported back, not silently dropped; all the others change in one transaction.
 */
export const assign = command(
  AssignInput,
  async (ctx, { caseIds, ownerId }): Promise<AssignResult> => {
    const { db } = ctx;
    const actor = ctx.actor!;
    return db.transaction('rw', [db.cases, db.users, db.audit, db.auditHeads], async () => {
      const owner = await activeOwner(db, ownerId, 'ownerId');
      const person = { id: owner.id, name: owner.name };
      const ids = [...new Set(caseIds)];
      const records = await db.cases.bulkGet(ids);
      const result: AssignResult = { assigned: [], skipped: [] };
      const now = ctx.now();
      for (const [n, current] of records.entries()) {
        const id = ids[n]!;
        const skip = (reason: AssignSkipReason) => result.skipped.push({ id, no: current?.no ?? '', reason });
        if (!current) skip('notFound');
        else if (current.archived === 1) skip('archived');
        else if (FINAL_STATUSES.includes(current.status)) skip('final');
        else if (current.owner?.id === owner.id) skip('sameOwner');
        else {
          const next = withDerivedFields({ ...handedOver(current, person), updatedAt: now });
          await db.cases.put(next);
          await appendAudit(db, {
            subject: id,
            at: now,
            actor: { id: actor.id, name: actor.name, role: actor.role },
            command: 'cases.assign',
            before: current,
            after: next,
          });
          ctx.changed('cases', id);
          result.assigned.push(current.no);
        }
      }
      return result;
    });
  },
  { access: 'cases.assign' },
);
