import type { DeskDb } from '../../db';

/** Whose chain an event belongs to, as people name it: a case number, a user's name, an improvement's title. */
export interface SubjectInfo {
  subjectKind: 'case' | 'user' | 'settings' | 'improvement' | 'report' | 'other';
  /** Case number (case), name (user), title (improvement), month (report); absent when the record is gone. */
  subjectLabel?: string;
  /** The case's id, for a link to it. */
  caseId?: string;
}

const PREFIXED = { user: 'user', improvement: 'improvement', report: 'report' } as const;

function kindOf(subject: string): { kind: SubjectInfo['subjectKind']; id: string } {
  if (subject === 'settings') return { kind: 'settings', id: subject };
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
  const [cases, users, improvements] = await Promise.all([
    db.cases.bulkGet(caseIds),
    db.users.bulkGet(userIds),
    db.improvements.bulkGet(improvementIds),
  ]);
  const labels = new Map<string, string>();
  cases.forEach((c, i) => c && labels.set(caseIds[i]!, c.no));
  users.forEach((u, i) => u && labels.set(`user:${userIds[i]}`, u.name));
  improvements.forEach((m, i) => m && labels.set(`improvement:${improvementIds[i]}`, m.title));
  return events.map((event) => {
    const { kind, id } = parsed.get(event.subject)!;
    const label = kind === 'report' ? id : labels.get(event.subject);
    return {
      ...event,
      subjectKind: kind,
      ...(label !== undefined ? { subjectLabel: label } : {}),
      ...(kind === 'case' ? { caseId: id } : {}),
    };
  });
}
