import { perDatabase } from '../../core/per-database';
import type { DeskDb } from '../../db';

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
 * Kept in the store host's memory only, per database: a restore switches databases, and a backup of
 * the data replaced is no backup of the data in use. (A restore also ends every sign-in: a save
 * dialog that outlasts one cannot log its file anyway.)
 */
const issuedOf = perDatabase(() => new Map<string, IssuedBackup>());

function forgetExpired(issued: Map<string, IssuedBackup>, now: number): void {
  for (const [token, backup] of issued) if (backup.expiresAt <= now) issued.delete(token);
}

/** Remembers a backup just made and answers the one-time token that logs it (see `takeIssuedBackup`). */
export function issueBackup(db: DeskDb, backup: Omit<IssuedBackup, 'expiresAt'>, now: number): string {
  const issued = issuedOf(db);
  forgetExpired(issued, now);
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
export function takeIssuedBackup(db: DeskDb, token: string, actorId: string, now: number): IssuedBackup | null {
  const issued = issuedOf(db);
  forgetExpired(issued, now);
  const backup = issued.get(token);
  if (!backup || backup.actorId !== actorId) return null;
  issued.delete(token);
  return backup;
}

/** Puts a taken backup back when logging it failed (the disk full…), so the same token can be tried again. */
export function returnIssuedBackup(db: DeskDb, token: string, backup: IssuedBackup): void {
  const issued = issuedOf(db);
  issued.set(token, backup);
  while (issued.size > MAX_ISSUED_BACKUPS) issued.delete(issued.keys().next().value!);
}
