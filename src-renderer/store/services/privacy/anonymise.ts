import { z } from 'zod';
import type { CaseRecord } from '../../../domain/cases/case';
import type { Category, Severity } from '../../../domain/cases/vocabulary';
import { DeskError } from '../../../domain/common/errors';
import { id } from '../../../domain/common/fields';
import type { CaseStatus } from '../../../domain/lifecycle/machine';
import { activeHold, type HoldKind } from '../../../domain/cases/legal-hold';
import { maskCaseText, mayViewContacts, nameFor } from '../../../domain/privacy/mask';
import { ineligibility, KEPT_PAST_RETENTION, retentionCutoff } from '../../../domain/privacy/retention';
import { owesReferralReply, referralFactOf } from '../../../domain/cases/referral-standing';
import type { Role } from '../../../domain/users/roles';
import { readSettings } from '../../core/settings';
import { command, query } from '../../rpc/define';
import { eraseCase } from './erase-case';

/** Most cases one `cases.anonymise` call erases (one transaction). */
export const ANONYMISE_MAX = 500;

const Cursor = z.object({ closedAt: z.number(), id: z.string().min(1).max(100) });
export type EligibleCursor = z.infer<typeof Cursor>;

const EligibleInput = z.object({
  /** The last row of the previous page; absent for the first page. */
  cursor: Cursor.optional(),
  limit: z.number().int().min(1).max(ANONYMISE_MAX).default(100),
});

export interface EligibleLine {
  id: string;
  no: string;
  customerName: string;
  receivedAt: number;
  closedAt: number;
  status: CaseStatus;
  category: Category | null;
  severity: Severity;
  /** Past its retention but under a legal hold: listed, so nobody wonders where it went, and not selectable. */
  hold?: { kind: HoldKind; reference: string };
  /**
   * Past its retention but the 12315 referral's final reply is still owed: listed, not selectable.
   * `dueAt` is the reply's deadline; `paused` when the case's termination stopped its clock.
   */
  referralReply?: { dueAt: number; paused: boolean };
}

export interface EligiblePage {
  rows: EligibleLine[];
  /** Pass back as `cursor` for the next page; null at the end. */
  next: EligibleCursor | null;
  retentionDays: number;
  cutoff: number;
}

const lineOf = (record: CaseRecord, role: Role): EligibleLine => ({
  id: record.id,
  no: record.no,
  customerName: nameFor(role, record.customerName),
  receivedAt: record.receivedAt,
  closedAt: record.closedAt!,
  status: record.status,
  category: record.category,
  severity: record.severity,
  ...heldPart(record, role),
  ...owedReplyPart(record),
});

function owedReplyPart(record: CaseRecord): Pick<EligibleLine, 'referralReply'> {
  const fact = referralFactOf(record);
  return owesReferralReply(fact) ? { referralReply: { dueAt: fact.dueAt, paused: fact.stoppedAt !== null } } : {};
}

/** The hold's reference is a free text (a court's case number, a claim's): masked as the case's texts are for the reader. */
export function heldPart(record: CaseRecord, role: Role): Pick<EligibleLine, 'hold'> {
  const hold = activeHold(record);
  if (!hold) return {};
  return { hold: { kind: hold.kind, reference: mayViewContacts(role) ? hold.reference : maskCaseText(hold.reference, record.address, record.socialAccount) } };
}

/**
 * 可匿名化: finished cases closed before the retention cutoff and not anonymised yet, oldest closing
 * first, keyset-paged on the `closedAt` index (equal instants in id order, as the index keeps them).
 * Cases under a legal hold, or still owing a 12315 referral's final reply, are listed among them,
 * marked (`hold`, `referralReply`): the anonymise command refuses them.
 */
export const eligible = query(
  EligibleInput,
  async ({ db, now, actor }, { cursor, limit }): Promise<EligiblePage> => {
    const at = now();
    const { privacy } = await readSettings(db);
    const cutoff = retentionCutoff(at, privacy.retentionDays);
    const range = cursor ? db.cases.where('closedAt').between(cursor.closedAt, cutoff, true, false) : db.cases.where('closedAt').below(cutoff);
    const records = await range
      .filter((record) => !(cursor && record.closedAt === cursor.closedAt && record.id <= cursor.id))
      .filter((record) => {
        const reason = ineligibility(record, at, privacy.retentionDays);
        return reason === null || KEPT_PAST_RETENTION.includes(reason);
      })
      .limit(limit + 1)
      .toArray();
    const rows = records.slice(0, limit).map((record) => lineOf(record, actor!.role));
    const last = rows.at(-1);
    return { rows, next: records.length > limit && last ? { closedAt: last.closedAt, id: last.id } : null, retentionDays: privacy.retentionDays, cutoff };
  },
  { access: 'cases.anonymise' },
);

const AnonymiseInput = z.object({
  caseIds: z
    .array(id())
    .min(1, { error: 'validation.casesRequired' })
    .max(ANONYMISE_MAX, { error: 'validation.tooMany' })
    .transform((ids) => [...new Set(ids)]),
});

/**
 * 匿名化: erases the customer's personal data of finished cases past the retention period — all the
 * cases asked for or none. One audit event per case names the fields changed, not their values. The
 * case's earlier audit events keep the original values: their hashes seal them, so they are not rewritten.
 */
export const anonymise = command(
  AnonymiseInput,
  async (ctx, { caseIds }): Promise<{ anonymised: number }> => {
    const { db } = ctx;
    const at = ctx.now();
    return db.transaction('rw', [db.cases, db.entries, db.attachments, db.improvements, db.reportNotes, db.audit, db.auditHeads, db.settings], async () => {
      const { privacy } = await readSettings(db);
      const records = await db.cases.bulkGet(caseIds);
      // Every case is checked before any is changed: a refusal leaves all of them as they were.
      records.forEach((record, n) => {
        if (!record) throw new DeskError({ code: 'cases.notFound', params: { id: caseIds[n]! } });
        const reason = ineligibility(record, at, privacy.retentionDays);
        // Whatever a window sends: a case under a legal hold keeps its records whole.
        if (reason === 'legalHold') throw new DeskError({ code: 'legalHold.anonymiseRefused', params: { no: record.no } });
        // Nor one whose 12315 referral still waits for its final reply: that reply needs the case as it is.
        if (reason === 'referralReply') throw new DeskError({ code: 'privacy.referralReplyOwed', params: { no: record.no } });
        if (reason !== null) throw new DeskError({ code: 'privacy.notEligible', params: { no: record.no } });
      });
      for (const record of records as CaseRecord[]) await eraseCase(ctx, record, at);
      return { anonymised: records.length };
    });
  },
  { access: 'cases.anonymise', confirm: true },
);
