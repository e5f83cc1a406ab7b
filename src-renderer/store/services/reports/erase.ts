import type { CaseRecord } from '../../../domain/cases/case';
import { redactKnownIn } from '../../../domain/privacy/redact';
import type { FinalEdition } from '../../../domain/reports/edition';
import { majorCaseLine, type ReportNotes } from '../../../domain/reports/monthly';
import { appendAudit } from '../../core/audit';
import type { StoreContext } from '../../rpc/define';

/**
 * A text without the erased customer's identifiers (`redactKnownIn`, as improvement measures are
 * scrubbed): their name, phones, e-mails, ID number and address forms only, where they occur. Other
 * customers' numbers and a service hotline in a manager's notes stay; a text without them is returned as is.
 */
const redactFor = (known: readonly string[]) => (text: string) => redactKnownIn(text, known);

/** A finalised edition without the erased case's customer: its 重大 line as the anonymised case reads, its mask source gone, texts redacted. */
function erasedFrom(final: FinalEdition, erased: CaseRecord, known: readonly string[]): FinalEdition {
  const redact = redactFor(known);
  const { [erased.id]: _dropped, ...maskSources } = final.maskSources;
  const anonymised = majorCaseLine(erased);
  const { report } = final;
  return {
    ...final,
    maskSources,
    report: {
      ...report,
      majorCases: report.majorCases.map((line) => (line.id === erased.id ? { ...line, customerName: anonymised.customerName, outcome: anonymised.outcome } : line)),
      improvements: { ...report.improvements, lines: report.improvements.lines.map((line) => ({ ...line, title: redact(line.title) })) },
      notes: report.notes && { ...report.notes, analysis: redact(report.notes.analysis), recommendations: redact(report.notes.recommendations) },
    },
  };
}

/**
 * Anonymising a case takes its customer out of the monthly reports that were finalised while it was
 * known: a finalised edition is stored unmasked, so its 重大 line, the improvement titles and the
 * manager's notes it kept would otherwise hold the erased name, contacts and address for ever (and
 * go into every backup). The month's saved notes too. Only that customer's own identifiers go: a
 * month whose texts never quoted them is left as it was, unaudited. Audited `reports.caseAnonymised` on the
 * report's chain with the case's number, never the values. Runs inside the anonymisation's
 * transaction (it adds `reportNotes`), `erased` the anonymised case, `known` its customer's identifiers.
 */
export async function eraseFromReports(ctx: StoreContext, erased: CaseRecord, known: readonly string[], at: number): Promise<void> {
  const { db } = ctx;
  const actor = ctx.actor!;
  for (const stored of await db.reportNotes.toArray()) {
    const redact = redactFor(known);
    const final = stored.edition?.final ?? null;
    const next: ReportNotes = {
      ...stored,
      analysis: redact(stored.analysis),
      recommendations: redact(stored.recommendations),
      ...(stored.edition ? { edition: { ...stored.edition, final: final && erasedFrom(final, erased, known) } } : {}),
    };
    if (JSON.stringify(next) === JSON.stringify(stored)) continue;
    await db.reportNotes.put(next);
    await appendAudit(db, {
      subject: `report:${stored.month}`,
      at,
      actor: { id: actor.id, name: actor.name, role: actor.role },
      command: 'reports.caseAnonymised',
      before: null,
      after: null,
      detail: { caseNo: erased.no },
    });
    ctx.changed('reports', stored.month);
  }
}
