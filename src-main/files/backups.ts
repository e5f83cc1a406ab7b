/**
 * The backups folder (`<userData>/backups`): names the backups the store host
 * streams to main, only when the disk has room, rotates after each one is in
 * place, and lists what is there. The store host chooses nothing about the
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
import type { AutoBackupKind, BackupFile, BackupFolderStatus, BackupPrefs, FileRefusal } from '../core/contract';
import { checkSpace, freeBytes, type Statfs } from './disk-space';

export const BACKUPS_DIR_NAME = 'backups';

export type BackupKeep = Pick<BackupPrefs, 'keepDaily' | 'keepMonthly'>;

export interface BackupFolderOptions {
  /** The folder itself, `<userData>/backups`. */
  dir: string;
  now?: () => number;
  statfs?: Statfs;
  log?: (message: string, detail?: unknown) => void;
}

/** A name held for a backup being written (files/backup-streams.ts writes it through a temp file beside it). */
export interface BackupSlot {
  status: 'reserved';
  name: string;
  path: string;
  /** The time in the name. */
  at: number;
  /** The file is in place: its name is no longer held, and the folder is rotated around it. */
  done(keep: BackupKeep): Promise<void>;
  /** Nothing came of it: the name is free again. */
  release(): void;
}

export interface BackupFolder {
  readonly path: string;
  /**
   * Holds the name for a backup of `kind` made now, once the folder exists and its disk has room for
   * about `expectedBytes`; refused (`backup.diskFull`, `backup.writeFailed`) otherwise.
   */
  reserve(kind: AutoBackupKind, expectedBytes: number): Promise<BackupSlot | FileRefusal>;
  /** Our backup files, newest first; the user's own files in the folder are not listed. */
  list(): Promise<BackupFile[]>;
  status(): Promise<BackupFolderStatus>;
  /** When the newest daily or on-quit backup not later than `notAfter` was made; null when there is none. */
  newestAutomaticAt(notAfter?: number): Promise<number | null>;
  /** Creates the folder if needed and returns its path. */
  ensure(): Promise<string>;
}

const errorCode = (error: unknown) => (error as { code?: unknown } | null)?.code;
/** `.<name>.<12 hex>.tmp` → `<name>`. */
const tempOwner = (temp: string) => temp.slice(1, -'.0123456789ab.tmp'.length);

export function createBackupFolder({ dir, now = Date.now, statfs, log = () => undefined }: BackupFolderOptions): BackupFolder {
  /** Names of the backups being written: their temp files are not stale. */
  const writing = new Set<string>();
  /** Every name chosen in this run: never chosen again, even if its file was not listed yet (a listing taken just before its rename). */
  const chosen = new Set<string>();

  async function names(): Promise<string[]> {
    try {
      return await readdir(dir);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') log('cannot list the backups folder', { dir, error });
      return [];
    }
  }

  /** A temp file nobody writes can only be left by an app that died mid-write; it holds no complete backup and takes space. */
  async function removeStaleTemps(existing: readonly string[]): Promise<void> {
    for (const name of existing.filter(isBackupTempName)) {
      if (writing.has(tempOwner(name))) continue;
      await rm(join(dir, name), { force: true }).catch((error: unknown) => log('cannot remove a stale backup temp file', { name, error }));
    }
  }

  /** The name for a backup made now; one second later while that name is taken (two backups in one second). */
  function freeName(existing: ReadonlySet<string>, kind: AutoBackupKind): { name: string; at: number } {
    let at = Math.floor(now() / 1000) * 1000;
    while (existing.has(backupFileName(at, kind)) || chosen.has(backupFileName(at, kind))) at += 1000;
    return { name: backupFileName(at, kind), at };
  }

  async function rotate(keep: BackupKeep, written: string): Promise<void> {
    for (const name of backupsToDelete(await names(), keep, now(), [written])) {
      await rm(join(dir, name), { force: true }).catch((error: unknown) => log('rotation could not delete a backup', { name, error }));
    }
  }

  async function reserve(kind: AutoBackupKind, expectedBytes: number): Promise<BackupSlot | FileRefusal> {
    try {
      await mkdir(dir, { recursive: true });
    } catch (error) {
      log('cannot create the backups folder', { dir, error });
      return { status: 'refused', code: 'backup.writeFailed', params: { reason: String(errorCode(error) ?? 'mkdir') } };
    }
    const existing = await names();
    await removeStaleTemps(existing);

    const space = checkSpace(expectedBytes, await freeBytes(dir, statfs, log));
    if (!space.ok) {
      log('backup refused: not enough free disk space', { dir, bytes: expectedBytes, ...space });
      return { status: 'refused', code: 'backup.diskFull', params: { neededMB: space.neededMB, freeMB: space.freeMB } };
    }

    const { name, at } = freeName(new Set(existing), kind);
    chosen.add(name);
    writing.add(name);
    return {
      status: 'reserved',
      name,
      path: join(dir, name),
      at,
      async done(keep) {
        writing.delete(name);
        await rotate(keep, name);
      },
      release: () => void writing.delete(name),
    };
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
    reserve,
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
