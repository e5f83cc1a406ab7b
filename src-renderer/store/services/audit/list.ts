import type { Collection, IndexableType } from 'dexie';
import { z } from 'zod';
import type { AuditEvent } from '../../../domain/audit/chain';
import { maskEventFor, maskIdentifiersIn, mayViewContacts } from '../../../domain/privacy/mask';
import { DeskError } from '../../../domain/common/errors';
import type { DeskDb } from '../../db';
import { query } from '../../rpc/define';
import { maskedAboutOthers } from '../cases/link-privacy';
import { shownEvents } from './anonymised';
import { describeSubjects, type SubjectInfo } from './subjects';

/** Where the next page starts: the last event shown (newest first). */
export const AuditCursor = z.object({ at: z.number(), subject: z.string().max(200), n: z.number().int() });
export type AuditCursor = z.infer<typeof AuditCursor>;

export const AuditListInput = z.object({
  userId: z.string().min(1).max(100).optional(),
  /** A case number (TS-…); resolved to the case's chain. */
  caseNo: z.string().trim().toUpperCase().min(1).max(40).optional(),
  /** Any chain by its subject (`user:<id>`, `settings`, a case id…), e.g. where a chain check found a break. */
  subject: z.string().min(1).max(200).optional(),
  command: z.string().min(1).max(100).optional(),
  from: z.number().optional(),
  to: z.number().optional(),
  cursor: AuditCursor.optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

export type AuditLogRow = AuditEvent & SubjectInfo;

export interface AuditPage {
  events: AuditLogRow[];
  /** Set when more events may follow; pass it back as `cursor`. */
  next: AuditCursor | null;
}

/** Rows read per round trip, and at most per call: a rare match never turns one call into a table scan. */
const BATCH = 500;
const SCAN_BUDGET = 10_000;

interface Plan {
  index: string;
  lower: IndexableType;
  upper: IndexableType;
  keyOf(event: AuditEvent): IndexableType;
}

type Filter = z.output<typeof AuditListInput> & { subject?: string };

/**
 * The most selective index for the filters: one chain ([subject+n]), else one user's or one command's
 * events by time, else all events by time. Every index ends in subject and n (the primary key), so
 * events at the same millisecond keep a fixed order and keyset paging never skips or repeats one.
 */
function planFor({ subject, userId, command, from = -Infinity, to = Infinity, cursor }: Filter): Plan {
  // Bounds of the (subject, n) tail: every number sorts before every string, and subjects are ASCII.
  // (Dexie.maxKey, an array, would do as well in Chromium, but fake-indexeddb refuses such ranges.)
  const minKey = -Infinity;
  const maxSubject = '\uffff';
  if (subject !== undefined) {
    return {
      index: '[subject+n]',
      lower: [subject, -Infinity],
      upper: [subject, cursor ? cursor.n : Infinity],
      keyOf: (e) => [e.subject, e.n],
    };
  }
  const after = (prefix: IndexableType[]): IndexableType => {
    const rest: IndexableType[] = cursor ? [cursor.at, cursor.subject, cursor.n] : [to, maxSubject, Infinity];
    return [...prefix, ...rest] as IndexableType;
  };
  if (userId !== undefined) {
    return { index: '[actor.id+at+subject+n]', lower: [userId, from, minKey, minKey], upper: after([userId]), keyOf: (e) => [e.actor.id, e.at, e.subject, e.n] };
  }
  if (command !== undefined) {
    return { index: '[command+at+subject+n]', lower: [command, from, minKey, minKey], upper: after([command]), keyOf: (e) => [e.command, e.at, e.subject, e.n] };
  }
  return { index: '[at+subject+n]', lower: [from, minKey, minKey], upper: after([]), keyOf: (e) => [e.at, e.subject, e.n] };
}

function matches(event: AuditEvent, { userId, command, from = -Infinity, to = Infinity }: Filter): boolean {
  return (userId === undefined || event.actor.id === userId) && (command === undefined || event.command === command) && event.at >= from && event.at <= to;
}

/** Newest first, keyset paged along one index; the other filters check only the rows of that range. */
export async function listAudit(db: DeskDb, filter: Filter): Promise<AuditPage> {
  const plan = planFor(filter);
  const found: AuditEvent[] = [];
  let upper = plan.upper;
  // The first round includes an upper bound only when it is open-ended (no cursor): a cursor's event was shown already.
  let includeUpper = !filter.cursor;
  let scanned = 0;
  let last: AuditEvent | undefined;
  let exhausted = false;
  while (found.length < filter.limit && scanned < SCAN_BUDGET) {
    const range: Collection<AuditEvent> = db.audit.where(plan.index).between(plan.lower, upper, true, includeUpper);
    const batch = await range.reverse().limit(BATCH).toArray();
    let read = 0;
    for (const event of batch) {
      last = event;
      read += 1;
      if (matches(event, filter)) found.push(event);
      if (found.length === filter.limit) break;
    }
    scanned += read;
    // A short batch read to its end is the end of the range.
    if (batch.length < BATCH && read === batch.length) {
      exhausted = true;
      break;
    }
    upper = plan.keyOf(last!);
    includeUpper = false;
  }
  const rows = await describeSubjects(db, found);
  const next = !exhausted && last ? { at: last.at, subject: last.subject, n: last.n } : null;
  return { events: rows, next };
}

/** 审计日志: every command of every user, filtered by user, case, command and time. */
export const list = query(
  AuditListInput,
  async ({ db, actor }, input): Promise<AuditPage> => {
    let subject = input.subject;
    if (input.caseNo !== undefined) {
      const found = await db.cases.where('no').equals(input.caseNo).first();
      if (!found) throw new DeskError({ code: 'validation.failed', fields: [{ field: 'caseNo', code: 'cases.notFound' }] });
      // A case number and another subject name two chains: nothing is in both.
      if (subject !== undefined && subject !== found.id) return { events: [], next: null };
      subject = found.id;
    }
    if (input.cursor && subject !== undefined && input.cursor.subject !== subject) return { events: [], next: null };
    const page = await listAudit(db, { ...input, subject });
    // An anonymised case's events read as the case does now; and the administrator reads the log without
    // contacts.view: phones and e-mails recorded by registrations are masked.
    const role = actor!.role;
    // Notes about other cases are masked with those cases' identifiers too.
    const shown = await maskedAboutOthers(db, role, await shownEvents(db, page.events));
    if (mayViewContacts(role)) return { ...page, events: shown };
    // A case's own address and account are masked wherever its events' texts repeat them, as on the case page.
    const caseIds = [...new Set(shown.flatMap((event) => (event.caseId ? [event.caseId] : [])))];
    const cases = new Map((await db.cases.bulkGet(caseIds)).flatMap((record) => (record ? [[record.id, record] as const] : [])));
    return {
      ...page,
      events: shown.map((event) => {
        const record = event.caseId ? cases.get(event.caseId) : undefined;
        // An improvement is named by its title, which may quote a customer (回访13812345678…).
        const label = event.subjectKind === 'improvement' && event.subjectLabel !== undefined ? { subjectLabel: maskIdentifiersIn(event.subjectLabel) } : {};
        return { ...event, ...maskEventFor(role, event, record?.address, record?.socialAccount), ...label };
      }),
    };
  },
  { access: 'audit.view' },
);
