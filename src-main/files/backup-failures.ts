/**
 * Whether the automatic backups fail. The daily backup is retried every hour, and
 * until now a failure was only logged: a desk could go days without a backup while
 * the tray said nothing, and Settings said only that the last one was old. The first
 * failure after a success is told at once, in a desktop notification that opens
 * 设置 → 备份与恢复, where the reason stays until a backup succeeds again; the hourly
 * retries that fail as well are not told again.
 */
import type { BackupFailure, BackupNowResult } from '../core/contract';

/** Where a click on the notification leads: the backup tab of Settings. */
export const BACKUP_SETTINGS_ROUTE = '/settings/backup';

export interface BackupFailureWatchOptions {
  /** Tells the user, once per run of failures. */
  notify(): void;
  now?: () => number;
}

export interface BackupFailureWatch {
  /** The outcome of an automatic backup (daily, or 立即备份: a success there clears a failure too). */
  record(result: BackupNowResult): void;
  /** The last failure since the last success; null when the last backup succeeded or none failed. */
  last(): BackupFailure | null;
}

export function createBackupFailureWatch({ notify, now = Date.now }: BackupFailureWatchOptions): BackupFailureWatch {
  let failure: BackupFailure | null = null;
  return {
    record(result) {
      if (result.status === 'saved') {
        failure = null;
        return;
      }
      const first = failure === null;
      failure = { at: now(), code: result.code, ...(result.params ? { params: result.params } : {}) };
      if (first) notify();
    },
    last: () => failure,
  };
}
