/**
 * The backups folder (`<userData>/backups`): writes the backups the store host
 * makes, atomically and only when the disk has room, rotates after each
 * write, and lists what is there. The store host chooses nothing about the
 * path: main names every file from its own clock and the backup's kind.
 */
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  backupFileName,
  backupsToDelete,
  isBackupTempName,
  newestAutomaticAt,
  parseBackupName,
} from '../core/backup-rotation';
import type { BackupFile, BackupFolderStatus, BackupPrefs, SaveBackupRequest, SaveBackupResult } from '../core/contract';
import { writeFileAtomic } from './atomic-write';
import { checkSpace, freeBytes, type Statfs } from './disk-space';

export const BACKUPS_DIR_NAME = 'backups';

export interface BackupFolderOptions {
  /** The folder itself, `<userData>/backups`. */
  dir: string;
  now?: () => number;
  statfs?: Statfs;
  log?: (message: string, detail?: unknown) => void;
}

export interface BackupFolder {
  readonly path: string;
  /** Writes one backup and rotates; a refusal (`backup.diskFull`, `backup.writeFailed`) leaves no file behind. */
  save(request: SaveBackupRequest, keep: Pick<BackupPrefs, 'keepDaily' | 'keepMonthly'>): Promise<SaveBackupResult>;
  /** Our backup files, newest first; the user's own files in the folder are not listed. */
  list(): Promise<BackupFile[]>;
  status(): Promise<BackupFolderStatus>;
  /** When the newest daily or on-quit backup not later than `notAfter` was made; null when there is none. */
  newestAutomaticAt(notAfter?: number): Promise<number | null>;
  /** Creates the folder if needed and returns its path. */
  ensure(): Promise<string>;
}

const errorCode = (error: unknown) => (error as { code?: unknown } | null)?.code;

export function createBackupFolder({ dir, now = Date.now, statfs, log = () => undefined }: BackupFolderOptions): BackupFolder {
  /** One write at a time: names are chosen against the folder as it is, and rotation sees every finished file. */
  let queue: Promise<unknown> = Promise.resolve();

  async function names(): Promise<string[]> {
    try {
      return await readdir(dir);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') log('cannot list the backups folder', { dir, error });
      return [];
    }
  }

  /** A temp file can only be left by an app that died mid-write; it holds no complete backup and takes space. */
  async function removeStaleTemps(existing: readonly string[]): Promise<void> {
    for (const name of existing.filter(isBackupTempName)) {
      await rm(join(dir, name), { force: true }).catch((error: unknown) => log('cannot remove a stale backup temp file', { name, error }));
    }
  }

  /** The name for a backup made now; one second later while that name is taken (two backups in one second). */
  function freeName(existing: ReadonlySet<string>, request: SaveBackupRequest): { name: string; at: number } {
    let at = Math.floor(now() / 1000) * 1000;
    while (existing.has(backupFileName(at, request.kind))) at += 1000;
    return { name: backupFileName(at, request.kind), at };
  }

  async function rotate(keep: Pick<BackupPrefs, 'keepDaily' | 'keepMonthly'>, written: string): Promise<void> {
    for (const name of backupsToDelete(await names(), keep, now(), [written])) {
      await rm(join(dir, name), { force: true }).catch((error: unknown) => log('rotation could not delete a backup', { name, error }));
    }
  }

  async function write(request: SaveBackupRequest, keep: Pick<BackupPrefs, 'keepDaily' | 'keepMonthly'>): Promise<SaveBackupResult> {
    try {
      await mkdir(dir, { recursive: true });
    } catch (error) {
      log('cannot create the backups folder', { dir, error });
      return { status: 'refused', code: 'backup.writeFailed', params: { reason: String(errorCode(error) ?? 'mkdir') } };
    }
    const existing = await names();
    await removeStaleTemps(existing);

    const space = checkSpace(request.data.byteLength, await freeBytes(dir, statfs, log));
    if (!space.ok) {
      log('backup refused: not enough free disk space', { dir, bytes: request.data.byteLength, ...space });
      return { status: 'refused', code: 'backup.diskFull', params: { neededMB: space.neededMB, freeMB: space.freeMB } };
    }

    const { name, at } = freeName(new Set(existing), request);
    const path = join(dir, name);
    try {
      await writeFileAtomic(path, request.data);
    } catch (error) {
      log('backup write failed', { path, bytes: request.data.byteLength, error });
      return { status: 'refused', code: 'backup.writeFailed', params: { reason: String(errorCode(error) ?? 'write') } };
    }
    await rotate(keep, name);
    return { status: 'saved', path, at };
  }

  async function list(): Promise<BackupFile[]> {
    const files: BackupFile[] = [];
    for (const name of await names()) {
      const parsed = parseBackupName(name);
      if (!parsed) continue;
      const path = join(dir, name);
      try {
        const info = await stat(path);
        if (info.isFile()) files.push({ name, path, at: parsed.at, bytes: info.size, kind: parsed.kind });
      } catch (error) {
        // Rotated away between the listing and the stat.
        if (errorCode(error) !== 'ENOENT') log('cannot stat a backup file', { path, error });
      }
    }
    return files.sort((a, b) => b.at - a.at || (a.name < b.name ? 1 : -1));
  }

  async function ensure(): Promise<string> {
    await mkdir(dir, { recursive: true });
    return dir;
  }

  return {
    path: dir,
    save(request, keep) {
      const result = queue.then(() =>
        write(request, keep).catch((error: unknown): SaveBackupResult => {
          log('backup failed', { kind: request.kind, error });
          return { status: 'refused', code: 'backup.writeFailed', params: { reason: String(errorCode(error) ?? 'unknown') } };
        }),
      );
      queue = result.catch(() => undefined);
      return result;
    },
    list,
    async status() {
      const files = await list();
      // Where the folder cannot be made, the profile directory is on the same disk.
      const where = await ensure().catch(() => dirname(dir));
      return { folder: dir, files, freeBytes: await freeBytes(where, statfs, log) };
    },
    // From the listing, so that only regular files count (a folder named like a backup is no backup).
    newestAutomaticAt: async (notAfter) => newestAutomaticAt((await list()).map((file) => file.name), notAfter),
    ensure,
  };
}
