import type { CaseRecord } from '../../../domain/cases/case';
import { withDerivedFields } from '../../../domain/cases/derived';
import { anonymiseCase, anonymiseEntry, identifiersOf } from '../../../domain/privacy/anonymise';
import { appendAudit, subjectEvents } from '../../core/audit';
import type { StoreContext } from '../../rpc/define';
import { eraseLinkedNotes, withMergedCustomersCompared } from '../cases/link-privacy';
import { eraseFromImprovements } from './erase-improvements';
import { eraseFromReports } from '../reports/erase';

/**
 * Anonymises one case: its record, the texts of its entries, its attachments deleted, audited
 * `cases.anonymise` on the case's chain with the fields changed, never their values; the customer is
 * taken out of the improvement measures linked to it and of the monthly reports' notes and finalised editions too. The one way a case is anonymised, after its
 * retention period or at its customer's request (`detail` says which request). Run inside a
 * transaction over cases, entries, attachments, improvements, reportNotes, audit and auditHeads, after the
 * caller checked that the case may be anonymised; the case is read again here, so `given` may be a
 * copy read before other cases of the same batch were erased.
 */
export async function eraseCase(ctx: StoreContext, given: CaseRecord, at: number, detail: Record<string, unknown> = {}): Promise<void> {
  const { db } = ctx;
  const actor = ctx.actor!;
  // Read again: erasing a case erases notes about it on its linked cases, which may be erased next in
  // the same transaction — a copy read before then would write those notes back.
  const record = await withMergedCustomersCompared(ctx, (await db.cases.get(given.id)) ?? given);
  // What identifies the customer now, and what did before a correction (still in texts it was copied into).
  const known = identifiersOf(record, await subjectEvents(db, record.id));
  const { next, fields } = anonymiseCase(record, at, known);
  const entries = await db.entries.where('[caseId+at]').between([record.id, -Infinity], [record.id, Infinity]).toArray();
  const entryFields = new Set<string>();
  const changedEntries = entries.flatMap((entry) => {
    const result = anonymiseEntry(entry, known);
    result.fields.forEach((field) => entryFields.add(field));
    return result.fields.length > 0 ? [result.next] : [];
  });
  await db.entries.bulkPut(changedEntries);
  // Photos and documents may show the person: they go, whatever they show.
  const attachmentIds = await db.attachments.where('caseId').equals(record.id).primaryKeys();
  await db.attachments.bulkDelete(attachmentIds);
  await db.cases.put(withDerivedFields({ ...next, updatedAt: at }));
  await appendAudit(db, {
    subject: record.id,
    at,
    actor: { id: actor.id, name: actor.name, role: actor.role },
    command: 'cases.anonymise',
    before: null,
    after: null,
    detail: { fields, entries: changedEntries.length, entryFields: [...entryFields], attachmentsDeleted: attachmentIds.length, ...detail },
  });
  await eraseLinkedNotes(ctx, record);
  await eraseFromImprovements(ctx, record, known, at);
  await eraseFromReports(ctx, withDerivedFields(next), known, at);
  ctx.changed('cases', record.id);
}
