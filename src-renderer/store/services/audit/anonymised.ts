import type { AuditEvent } from '../../../domain/audit/chain';
import type { ImprovementRecord } from '../../../domain/improvements/schema';
import { textsWithheld, withheldImprovementEvent } from '../../../domain/improvements/anonymise';
import { anonymisedEvent } from '../../../domain/privacy/anonymised-events';
import type { DeskDb } from '../../db';
import { withheldAboutAnonymised } from '../cases/link-privacy';
import { kindOf } from './subjects';

/**
 * Events as they may be shown: those of an anonymised case with its identity erased and its free
 * texts withheld (its stored events keep what they recorded, sealed by their hashes), those of an
 * improvement measure that quoted an anonymised case's customer with their texts withheld up to
 * that anonymisation, and any case's notes about another case that was anonymised withheld too
 * (store/services/cases/link-privacy.ts). Every view of a history goes through here: the case page,
 * `audit.forCase`, the audit log.
 */
export async function shownEvents<E extends AuditEvent>(db: DeskDb, events: E[]): Promise<E[]> {
  return withheldAboutAnonymised(db, await ownShown(db, events));
}

const idsOf = (events: readonly AuditEvent[], kind: 'case' | 'improvement') => [
  ...new Set(events.flatMap((event) => {
    const parsed = kindOf(event.subject);
    return parsed.kind === kind ? [parsed.id] : [];
  })),
];

async function ownShown<E extends AuditEvent>(db: DeskDb, events: E[]): Promise<E[]> {
  const caseIds = idsOf(events, 'case');
  const improvementIds = idsOf(events, 'improvement');
  if (caseIds.length === 0 && improvementIds.length === 0) return events;
  const [cases, improvements] = await Promise.all([db.cases.bulkGet(caseIds), db.improvements.bulkGet(improvementIds)]);
  const anonymised = new Set(cases.flatMap((record) => (record?.anonymisedAt !== undefined ? [record.id] : [])));
  const measures = new Map<string, ImprovementRecord>(
    improvements.flatMap((record) => (record?.textsWithheldThrough !== undefined ? [[`improvement:${record.id}`, record]] : [])),
  );
  if (anonymised.size === 0 && measures.size === 0) return events;
  return events.map((event) => {
    if (anonymised.has(event.subject)) return { ...event, ...anonymisedEvent(event) };
    return textsWithheld(measures.get(event.subject), event) ? withheldImprovementEvent(event) : event;
  });
}
