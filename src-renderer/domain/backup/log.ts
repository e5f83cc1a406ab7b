/** One backup the desk made (or restored from), newest shown in Settings. */
export type BackupKind = 'manual' | 'daily' | 'on-quit' | 'pre-restore' | 'restored';

export interface BackupLogRecord {
  /** Assigned by IndexedDB. */
  id?: number;
  at: number;
  kind: BackupKind;
  fileName: string;
  /** Where main wrote it (desktop), when known. */
  path: string;
  bytes: number;
  /** Records per table in the backup. */
  counts: Record<string, number>;
  actor: { id: string; name: string } | null;
  /** `restored`: when the backup that was restored had been made. */
  backupCreatedAt?: number;
}
