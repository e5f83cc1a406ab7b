import { GENESIS_HASH, diffFields, sealEvent, type AuditActor, type AuditEvent } from '../../domain/audit/chain';
import type { DeskDb } from '../db';

/**
 * Appends the next event of a subject's hash chain (a case, a user, the settings). Must run inside the
 * command's transaction (it reads the last event and writes the next).
 */
export async function appendAudit(
  db: DeskDb,
  entry: {
    subject: string;
    at: number;
    actor: AuditActor;
    command: string;
    before: object | null;
    after: object | null;
    detail?: Record<string, unknown>;
  },
): Promise<AuditEvent> {
  const last = await db.audit.where('[subject+n]').between([entry.subject, 0], [entry.subject, Infinity]).last();
  const event = sealEvent({
    subject: entry.subject,
    n: (last?.n ?? 0) + 1,
    at: entry.at,
    actor: entry.actor,
    command: entry.command,
    changes: diffFields(entry.before, entry.after),
    ...(entry.detail ? { detail: entry.detail } : {}),
    prevHash: last?.hash ?? GENESIS_HASH,
  });
  await db.audit.add(event);
  await db.auditHeads.put({ subject: event.subject, n: event.n, hash: event.hash });
  return event;
}

/** A subject's events and the head recorded with the newest one. */
export async function subjectChain(db: DeskDb, subject: string) {
  return db.transaction('r', db.audit, db.auditHeads, async () => ({
    events: await subjectEvents(db, subject),
    head: (await db.auditHeads.get(subject)) ?? null,
  }));
}

export async function subjectEvents(db: DeskDb, subject: string): Promise<AuditEvent[]> {
  return db.audit.where('[subject+n]').between([subject, 0], [subject, Infinity]).toArray();
}
