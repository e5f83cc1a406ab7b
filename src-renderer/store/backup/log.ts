import type { AuditActor } from '../../domain/audit/chain';
import type { BackupLogRecord } from '../../domain/backup/log';
import { appendAudit } from '../core/audit';
import type { DeskDb } from '../db';

/** The audit chain of everything done with backups. */
export const BACKUP_SUBJECT = 'backup';

/**
 * Writes the backup log row and its audit event in one transaction; answers the row's id.
 * `actor` is the user, or the system for automatic backups.
 */
export async function recordBackup(db: DeskDb, row: Omit<BackupLogRecord, 'id' | 'actor'>, actor: AuditActor, command: string): Promise<number> {
  return db.transaction('rw', db.backups, db.audit, db.auditHeads, async () => {
    const id = await db.backups.add({ ...row, actor: actor.id === 'system' ? null : { id: actor.id, name: actor.name } });
    await appendAudit(db, {
      subject: BACKUP_SUBJECT,
      at: row.at,
      actor,
      command,
      before: null,
      after: null,
      detail: { kind: row.kind, fileName: row.fileName, path: row.path, bytes: row.bytes, counts: row.counts },
    });
    return id as number;
  });
}
