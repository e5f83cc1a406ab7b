import type { AuditEvent } from '../../../domain/audit/chain';
import { anonymisedEvent } from '../../../domain/privacy/anonymised-events';
import type { DeskDb } from '../../db';
import { withheldAboutAnonymised } from '../cases/link-privacy';
import { kindOf } from './subjects';

/**
 * Events as they may be shown: those of an anonymised case with its identity erased and its free
 * texts withheld (its stored events keep what they recorded, sealed by their hashes), and any
 * case's notes about another case that was anonymised withheld too (store/services/cases/link-privacy.ts).
 * Every view of a case's history goes through here: the case page, `audit.forCase`, the audit log.
 */
export async function shownEvents<E extends AuditEvent>(db: DeskDb, events: E[]): Promise<E[]> {
  return withheldAboutAnonymised(db, await ownShown(db, events));
}

async function ownShown<E extends AuditEvent>(db: DeskDb, events: E[]): Promise<E[]> {
  const caseIds = [...new Set(events.map((event) => event.subject).filter((subject) => kindOf(subject).kind === 'case'))];
  if (caseIds.length === 0) return events;
  const anonymised = new Set((await db.cases.bulkGet(caseIds)).flatMap((record) => (record?.anonymisedAt !== undefined ? [record.id] : [])));
  if (anonymised.size === 0) return events;
  return events.map((event) => (anonymised.has(event.subject) ? { ...event, ...anonymisedEvent(event) } : event));
}
