/** A backup `backup.create` handed to a window, not logged until the window says where it was saved. */
export interface IssuedBackup {
  at: number;
  fileName: string;
  bytes: number;
  counts: Record<string, number>;
  /** The user it was made for: only they can log it. */
  actorId: string;
  expiresAt: number;
}

/** A save dialog left open longer than this is treated as abandoned. */
export const ISSUED_BACKUP_TTL_MS = 60 * 60_000;

/** A few windows may each have a backup waiting for the save dialog; older ones are forgotten. */
export const MAX_ISSUED_BACKUPS = 4;

/**
 * Kept in the store host's memory only, for the host (not per database): a restore finishing while a
 * save dialog is open switches databases, and the file saved is still a backup on disk, which the log
 * lists (a restore keeps the log's rows for that reason; one made before the restore does not count as
 * a backup of the data restored: `lastCovering`).
 */
const issued = new Map<string, IssuedBackup>();

function forgetExpired(now: number): void {
  for (const [token, backup] of issued) if (backup.expiresAt <= now) issued.delete(token);
}

/** Remembers a backup just made and answers the one-time token that logs it (see `takeIssuedBackup`). */
export function issueBackup(backup: Omit<IssuedBackup, 'expiresAt'>, now: number): string {
  forgetExpired(now);
  // Oldest first (insertion order): the backup waiting longest is the one most likely abandoned.
  while (issued.size >= MAX_ISSUED_BACKUPS) issued.delete(issued.keys().next().value!);
  const token = crypto.randomUUID();
  issued.set(token, { ...backup, expiresAt: now + ISSUED_BACKUP_TTL_MS });
  return token;
}

/**
 * The backup a token names, taken out so it cannot be logged twice; null for a token this host did
 * not issue (or issued to another user), one used already, or one expired.
 */
export function takeIssuedBackup(token: string, actorId: string, now: number): IssuedBackup | null {
  forgetExpired(now);
  const backup = issued.get(token);
  if (!backup || backup.actorId !== actorId) return null;
  issued.delete(token);
  return backup;
}

/** Puts a taken backup back when logging it failed (the disk full…), so the same token can be tried again. */
export function returnIssuedBackup(token: string, backup: IssuedBackup): void {
  issued.set(token, backup);
  while (issued.size > MAX_ISSUED_BACKUPS) issued.delete(issued.keys().next().value!);
}
