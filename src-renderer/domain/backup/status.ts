import type { BackupKind, BackupLogRecord } from './log';

/** Settings warns when the newest backup is older than this (or there is none). */
export const BACKUP_STALE_MS = 2 * 86_400_000;

/** Backup files end in `.cdbak` (the same as main's `BACKUP_EXTENSION`). */
export const BACKUP_FILE_EXTENSION = 'cdbak';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `complaint-desk-<yyyyMMdd-HHmmss>-<kind>.cdbak` in local time, the name main's rotation reads back. */
export function backupFileName(at: number, kind: BackupKind): string {
  const d = new Date(at);
  const date = `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}`;
  const time = `${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
  return `complaint-desk-${date}-${time}-${kind}.${BACKUP_FILE_EXTENSION}`;
}

/**
 * When a row of the backup log last saved the data the desk holds now: a backup made (by hand,
 * daily, on quitting) at its time; a restore at the time the restored backup was made (the data is
 * that backup's); never for the backup taken just before a restore, which holds the data the
 * restore replaced. Null when the row saves nothing of the current data.
 */
export function coveredAt(row: Pick<BackupLogRecord, 'kind' | 'at' | 'backupCreatedAt'>): number | null {
  if (row.kind === 'pre-restore') return null;
  if (row.kind === 'restored') return row.backupCreatedAt ?? null;
  return row.at;
}

/**
 * The row of the log that last saved the current data (see `coveredAt`), or null. Backups logged
 * before the latest restore saved data that restore replaced (the log keeps them, as files on
 * disk): they do not count, however recent.
 */
export function lastCovering<T extends Pick<BackupLogRecord, 'kind' | 'at' | 'backupCreatedAt'>>(rows: readonly T[]): T | null {
  let restore: T | null = null;
  for (const row of rows) if (row.kind === 'restored' && (restore === null || row.at > restore.at)) restore = row;
  let last: T | null = null;
  for (const row of rows) {
    if (restore !== null && row !== restore && row.at <= restore.at) continue;
    const at = coveredAt(row);
    if (at !== null && (last === null || at > coveredAt(last)!)) last = row;
  }
  return last;
}

/** No backup at all, or the newest one older than `BACKUP_STALE_MS`. */
export function isStale(lastAt: number | null, now: number): boolean {
  return lastAt === null || now - lastAt > BACKUP_STALE_MS;
}

/** Free storage needed beyond twice the backup's size: IndexedDB's own overhead and everything else the desk writes meanwhile. */
export const SPACE_MARGIN_BYTES = 64 * 1024 * 1024;

export interface StorageEstimateLike {
  quota?: number;
  usage?: number;
}

const MB = 1024 * 1024;

/**
 * A restore writes a second copy of the data before the first is deleted, and IndexedDB needs room to
 * work: refused unless the free quota exceeds twice the backup's uncompressed size plus a margin. A
 * full disk can corrupt IndexedDB, so this is checked before anything is written. An estimate the
 * system does not give cannot refuse.
 */
export function spaceShortfall(estimate: StorageEstimateLike, bytes: number): { neededMB: number; freeMB: number } | null {
  if (typeof estimate.quota !== 'number' || typeof estimate.usage !== 'number') return null;
  const free = Math.max(0, estimate.quota - estimate.usage);
  const needed = 2 * bytes + SPACE_MARGIN_BYTES;
  if (free > needed) return null;
  return { neededMB: Math.ceil(needed / MB), freeMB: Math.floor(free / MB) };
}
