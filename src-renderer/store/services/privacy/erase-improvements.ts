import type { CaseRecord } from '../../../domain/cases/case';
import { CASE_ANONYMISED_COMMAND, historyQuotes, redactImprovement } from '../../../domain/improvements/anonymise';
import { currentImprovement } from '../../../domain/improvements/verifications';
import { appendAudit, subjectEvents } from '../../core/audit';
import type { StoreContext } from '../../rpc/define';

/**
 * Anonymising a case takes its customer out of the 整改措施 linked to it: their name, contacts and
 * numbers in the texts become `***`, audited `improvements.caseAnonymised` on the measure's chain with
 * the case's number and the fields changed, never their values. A measure whose texts or history
 * quoted the customer then shows the texts of its history so far withheld. Runs inside the
 * anonymisation's transaction (store/services/privacy/erase-case.ts), with `known` the customer's
 * identifiers as the case is erased of them.
 */
export async function eraseFromImprovements(ctx: StoreContext, erased: CaseRecord, known: readonly string[], at: number): Promise<void> {
  if (known.length === 0) return;
  const { db } = ctx;
  const actor = ctx.actor!;
  for (const stored of await db.improvements.where('caseIds').equals(erased.id).toArray()) {
    const subject = `improvement:${stored.id}`;
    const { next, fields } = redactImprovement(currentImprovement(stored), known);
    if (fields.length === 0 && !historyQuotes(await subjectEvents(db, subject), known)) continue;
    const event = await appendAudit(db, {
      subject,
      at,
      actor: { id: actor.id, name: actor.name, role: actor.role },
      command: CASE_ANONYMISED_COMMAND,
      before: null,
      after: null,
      detail: { caseNo: erased.no, fields },
    });
    // The measure keeps its own `updatedAt`: nobody edited it.
    await db.improvements.put({ ...(fields.length > 0 ? next : stored), textsWithheldThrough: event.n });
    ctx.changed('improvements', stored.id);
  }
}
