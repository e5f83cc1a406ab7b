import type { DeskDb } from '../../db';

/** Whose chain an event belongs to, as people name it: a case number, a user's name, an improvement's title, an import's file. */
export interface SubjectInfo {
  subjectKind: 'case' | 'user' | 'settings' | 'improvement' | 'report' | 'import' | 'customerExport' | 'erasure' | 'backup' | 'other';
  /** Case number (case), name (user), title (improvement), month (report), file name (import), request number (erasure); absent when the record is gone. */
  subjectLabel?: string;
  /** The case's id, for a link to it. */
  caseId?: string;
}

const PREFIXED = { user: 'user', improvement: 'improvement', report: 'report', import: 'import', erasure: 'erasure' } as const;

/**
 * Chains named by a word of their own (settings.ts, privacy/customers.ts, backup/log.ts); any other
 * subject without a prefix is a case id — so every such word must be listed here.
 */
const NAMED = { settings: 'settings', 'customer-export': 'customerExport', backup: 'backup' } as const;

export function kindOf(subject: string): { kind: SubjectInfo['subjectKind']; id: string } {
  if (Object.hasOwn(NAMED, subject)) return { kind: NAMED[subject as keyof typeof NAMED], id: subject };
  const colon = subject.indexOf(':');
  if (colon < 0) return { kind: 'case', id: subject };
  const prefix = subject.slice(0, colon);
  const kind = Object.hasOwn(PREFIXED, prefix) ? PREFIXED[prefix as keyof typeof PREFIXED] : 'other';
  return { kind, id: subject.slice(colon + 1) };
}

/** Names the subjects of a page of events with one bulk read per kind. */
export async function describeSubjects<E extends { subject: string }>(db: DeskDb, events: E[]): Promise<Array<E & SubjectInfo>> {
  const parsed = new Map(events.map((e) => [e.subject, kindOf(e.subject)]));
  const idsOf = (kind: SubjectInfo['subjectKind']) => [...new Set([...parsed.values()].filter((p) => p.kind === kind).map((p) => p.id))];
  const caseIds = idsOf('case');
  const userIds = idsOf('user');
  const improvementIds = idsOf('improvement');
  const importIds = idsOf('import');
  const [cases, users, improvements, imports] = await Promise.all([
    db.cases.bulkGet(caseIds),
    db.users.bulkGet(userIds),
    db.improvements.bulkGet(improvementIds),
    db.imports.bulkGet(importIds),
  ]);
  const labels = new Map<string, string>();
  cases.forEach((c, i) => c && labels.set(caseIds[i]!, c.no));
  users.forEach((u, i) => u && labels.set(`user:${userIds[i]}`, u.name));
  improvements.forEach((m, i) => m && labels.set(`improvement:${improvementIds[i]}`, m.title));
  imports.forEach((job, i) => job && labels.set(`import:${importIds[i]}`, job.fileName));
  return events.map((event) => {
    const { kind, id } = parsed.get(event.subject)!;
    // A month and a deletion request's number name themselves.
    const label = kind === 'report' || kind === 'erasure' ? id : labels.get(event.subject);
    return {
      ...event,
      subjectKind: kind,
      ...(label !== undefined ? { subjectLabel: label } : {}),
      ...(kind === 'case' ? { caseId: id } : {}),
    };
  });
}
