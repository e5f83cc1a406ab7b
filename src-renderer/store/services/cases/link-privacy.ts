import type { AuditEvent } from '../../../domain/audit/chain';
import type { CaseRecord } from '../../../domain/cases/case';
import { casesNamedIn, mapLinkTexts } from '../../../domain/cases/link-texts';
import { mergedCasesOf, relatedCasesOf, withoutNotesAbout } from '../../../domain/cases/links';
import { withCustomersCompared } from '../../../domain/cases/merged-informing';
import { maskCaseText, mayViewContacts } from '../../../domain/privacy/mask';
import { REDACTED } from '../../../domain/privacy/redact';
import type { Role } from '../../../domain/users/roles';
import type { DeskDb } from '../../db';
import type { StoreContext } from '../../rpc/define';
import { writeLinked } from './linked-write';

/** The other cases whose notes `events` hold, by number. */
async function casesNamedBy(db: DeskDb, events: readonly AuditEvent[]): Promise<Map<string, CaseRecord>> {
  const nos = casesNamedIn(events);
  if (nos.length === 0) return new Map();
  return new Map((await db.cases.where('no').anyOf(nos).toArray()).map((record) => [record.no, record]));
}

/**
 * Events with their notes about an anonymised other case withheld (`***`), whatever the reader's
 * role: a 并入 note, how a merged customer was told, a link's note or reason, and those notes in
 * the lists the events recorded. The stored events keep them, sealed by their hashes
 * (`shownEvents` calls this for every view of a history).
 */
export async function withheldAboutAnonymised<E extends AuditEvent>(db: DeskDb, events: E[]): Promise<E[]> {
  const named = await casesNamedBy(db, events);
  const gone = new Set([...named.values()].flatMap((record) => (record.anonymisedAt !== undefined ? [record.no] : [])));
  if (gone.size === 0) return events;
  return events.map((event) => mapLinkTexts(event, (text, no) => (gone.has(no) ? REDACTED : text)));
}

/**
 * Events as a role without `contacts.view` reads their notes about other cases: masked with the
 * other case's postal address and account as well (`maskEventFor` masks them with the event's own
 * case's, and every phone number and e-mail address written anywhere).
 */
export async function maskedAboutOthers<E extends AuditEvent>(db: DeskDb, role: Role, events: E[]): Promise<E[]> {
  if (mayViewContacts(role)) return events;
  const named = await casesNamedBy(db, events);
  if (named.size === 0) return events;
  return events.map((event) =>
    mapLinkTexts(event, (text, no) => {
      const other = named.get(no);
      return other ? maskCaseText(text, other.address, other.socialAccount) : text;
    }),
  );
}

/**
 * A primary about to be anonymised, with each merged case marked as its customer's own or another's
 * (`withCustomersCompared`): a customer still waiting for its result keeps waiting, and can still be
 * told, once its customer cannot be compared any more. Inside the anonymisation's transaction.
 */
export async function withMergedCustomersCompared(ctx: StoreContext, primary: CaseRecord): Promise<CaseRecord> {
  const merged = mergedCasesOf(primary);
  return merged.length === 0 ? primary : withCustomersCompared(primary, await ctx.db.cases.bulkGet(merged.map((m) => m.id)));
}

/**
 * Anonymising a case takes what other cases hold about its customer too: the case it was merged
 * into loses how that customer was told (the note), each related case the note of its link — each
 * written with a `cases.linkedAnonymised` event naming the anonymised case. Runs inside the
 * anonymisation's transaction (store/services/privacy/erase-case.ts).
 */
export async function eraseLinkedNotes(ctx: StoreContext, erased: CaseRecord): Promise<void> {
  const primaryId = erased.termination?.duplicateOf?.id;
  const ids = new Set([...(primaryId ? [primaryId] : []), ...relatedCasesOf(erased).map((link) => link.id)]);
  for (const id of ids) {
    const other = await ctx.db.cases.get(id);
    if (!other) continue;
    const next = withoutNotesAbout(other, erased.id);
    if (next !== other) await writeLinked(ctx, other, next, 'cases.linkedAnonymised', { caseNo: erased.no });
  }
}
