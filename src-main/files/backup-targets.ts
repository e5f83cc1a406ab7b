/**
 * Where 备份到文件 writes on the desktop: the save dialog's path stays in main,
 * and the page (then the store host) holds only an unguessable id for it. The
 * store host can so write a backup only where the user just chose, once.
 */
import { randomBytes } from 'node:crypto';

/** A target not used by then belongs to a backup that was never made. */
export const TARGET_TTL_MS = 30 * 60_000;

export interface BackupTargets {
  /** An id for `path`, good for one stream. */
  issue(path: string): string;
  /** The path issued for `id`, which is then used up; null when unknown, used or expired. */
  take(id: string): string | null;
}

export function createBackupTargets({ now = Date.now }: { now?: () => number } = {}): BackupTargets {
  const targets = new Map<string, { path: string; issuedAt: number }>();
  const expired = (issuedAt: number) => now() - issuedAt > TARGET_TTL_MS;

  return {
    issue(path) {
      for (const [id, target] of targets) if (expired(target.issuedAt)) targets.delete(id);
      const id = randomBytes(16).toString('hex');
      targets.set(id, { path, issuedAt: now() });
      return id;
    },
    take(id) {
      const target = targets.get(id);
      targets.delete(id);
      return target && !expired(target.issuedAt) ? target.path : null;
    },
  };
}
