/**
 * The backup file chosen to restore (从备份恢复), kept open in main and read a
 * range at a time by the store host: a backup of any size is restored without
 * the page or the host holding it whole. The host reads it twice (a check,
 * then the restore), so a source stays until the store host is done with it
 * (restored, or refused: `release`, so a USB stick can be ejected), until the
 * same window chooses another file, until it has not been read for 2 hours, or
 * until the app quits. Another window choosing a file leaves it alone.
 */
import { randomBytes } from 'node:crypto';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { BackupSourceReadRequest, BackupSourceReadResult, ChooseBackupSourceResult, FileRefusal } from '../core/contract';
import { fileRefusal } from './file-failure';

export const SOURCE_IDLE_MS = 2 * 60 * 60_000;

/** What a source needs of the file's handle (a node FileHandle; a failing fake in tests). */
export interface SourceFile {
  stat(): Promise<{ size: number }>;
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  close(): Promise<void>;
}

export interface BackupSourcesOptions {
  /** Opens the file read-only; a seam for tests. */
  openFile?: (path: string) => Promise<SourceFile>;
  log?: (message: string, detail?: unknown) => void;
}

export interface BackupSources {
  /** Opens the file chosen in the dialog of window `owner` and issues its id; the source that window chose before is closed. */
  choose(path: string, owner: number): Promise<ChooseBackupSourceResult | FileRefusal>;
  /** Closes a source (unknown ids are ignored). */
  release(id: string): Promise<void>;
  /** Up to `length` bytes from `at`: fewer only at the end of the file, none past it. */
  read(request: BackupSourceReadRequest): Promise<BackupSourceReadResult>;
  closeAll(): Promise<void>;
}

interface Source {
  id: string;
  path: string;
  file: SourceFile;
  owner: number;
  timer: ReturnType<typeof setTimeout> | null;
}

export function createBackupSources({ openFile = (path) => open(path, 'r'), log = () => undefined }: BackupSourcesOptions = {}): BackupSources {
  const sources = new Map<string, Source>();

  async function close(source: Source): Promise<void> {
    if (!sources.delete(source.id)) return;
    if (source.timer) clearTimeout(source.timer);
    await source.file.close().catch((error: unknown) => log('cannot close a backup source', { path: source.path, error }));
  }

  function touch(source: Source): void {
    if (source.timer) clearTimeout(source.timer);
    source.timer = setTimeout(() => void close(source), SOURCE_IDLE_MS);
  }

  async function fill(file: SourceFile, at: number, length: number): Promise<Uint8Array<ArrayBuffer>> {
    const buffer = new Uint8Array(length);
    let filled = 0;
    while (filled < length) {
      const { bytesRead } = await file.read(buffer, filled, length - filled, at + filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    // A copy when short: ipc would otherwise carry the whole buffer behind a view.
    return filled === length ? buffer : buffer.slice(0, filled);
  }

  const closeAll = async () => void (await Promise.all([...sources.values()].map(close)));

  return {
    async choose(path, owner) {
      await Promise.all([...sources.values()].filter((source) => source.owner === owner).map(close));
      let file: SourceFile | null = null;
      try {
        file = await openFile(path);
        const { size } = await file.stat();
        const source: Source = { id: randomBytes(16).toString('hex'), path, file, owner, timer: null };
        sources.set(source.id, source);
        touch(source);
        return { status: 'chosen', source: source.id, name: basename(path), bytes: size };
      } catch (error) {
        // Gone since it was chosen (a USB stick pulled out), or not ours to read.
        await file?.close().catch(() => undefined);
        log('cannot open a backup to restore', { path, error });
        return fileRefusal('file.readFailed', path, error);
      }
    },
    async read({ source: id, at, length }) {
      const source = sources.get(id);
      if (!source) return { status: 'refused', code: 'backup.sourceUnknown' };
      touch(source);
      try {
        return { status: 'read', data: await fill(source.file, at, length) };
      } catch (error) {
        log('cannot read a backup to restore', { path: source.path, at, length, error });
        return fileRefusal('file.readFailed', source.path, error);
      }
    },
    async release(id) {
      const source = sources.get(id);
      if (source) await close(source);
    },
    closeAll,
  };
}
