import type { AuditEvent } from '../../../domain/audit/chain';
import { anonymisedEvent, identifiersRecorded } from '../../../domain/privacy/anonymised-events';
import { subjectEvents } from '../../core/audit';
import type { DeskDb } from '../../db';
import { kindOf } from './subjects';

/**
 * Events as they may be shown: those of an anonymised case redacted as the case was (its stored
 * events keep what they recorded, sealed by their hashes). A case's identifiers are read from its
 * own chain, which the case record no longer holds.
 */
export async function shownEvents<E extends AuditEvent>(db: DeskDb, events: E[]): Promise<E[]> {
  const caseIds = [...new Set(events.map((event) => event.subject).filter((subject) => kindOf(subject).kind === 'case'))];
  if (caseIds.length === 0) return events;
  const known = new Map<string, string[]>();
  for (const record of await db.cases.bulkGet(caseIds)) {
    if (record?.anonymisedAt !== undefined) known.set(record.id, identifiersRecorded(await subjectEvents(db, record.id)));
  }
  if (known.size === 0) return events;
  return events.map((event) => {
    const identifiers = known.get(event.subject);
    return identifiers ? { ...event, ...anonymisedEvent(event, identifiers) } : event;
  });
}
