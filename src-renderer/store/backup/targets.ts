/**
 * Where a backup being made goes, a part at a time: main's files on the desktop (auto.ts), the
 * browser's private storage (opfs.ts), or a Blob handed back to the window (below). No target ever
 * holds the whole file in the store host's memory, except the Blob one, whose parts the browser
 * keeps in its own blob storage (on disk when large).
 */
import type { ByteSink } from './zip/write';

/** Where a backup went, or why it could not be kept (an i18n error code with its parameters). */
export type SinkResult = { ok: true; path: string } | SinkRefusal;
export type SinkRefusal = { ok: false; code: string; params?: Record<string, string | number> };

/** An open destination: the zip's parts in order, then closed with their total (or aborted). */
export interface BackupWriter extends ByteSink {
  close(bytes: number): Promise<SinkResult>;
  /** The backup could not be made: nothing of it stays. Never throws. */
  abort(): Promise<void>;
}

export interface BackupTarget {
  /**
   * Opens the destination for a file of about `expectedBytes` (the snapshot's bytes before zipping),
   * named `fileName` where the target names files itself; a refusal (no room) writes nothing.
   */
  open(expectedBytes: number, fileName: string): Promise<BackupWriter | SinkRefusal>;
}

/** A write the destination refused (the disk filled up): the backup ends with this refusal, not an error. */
export class SinkRefused extends Error {
  constructor(readonly refusal: SinkRefusal) {
    super(refusal.code);
  }
}

export const isRefusal = (value: BackupWriter | SinkRefusal): value is SinkRefusal => 'ok' in value && value.ok === false;

/** Parts gathered into one Blob this large before the next: the browser moves large blobs to disk. */
const BLOB_PIECE_BYTES = 32 * 1024 * 1024;

/**
 * The backup as a Blob (备份到文件 in the browser, where the window downloads it; tests). Parts are
 * turned into Blobs as they come, so their bytes leave the store host's heap.
 */
export function blobTarget(): BackupTarget & { blob(): Blob | null } {
  let done: Blob | null = null;
  return {
    blob: () => done,
    async open() {
      const pieces: Blob[] = [];
      let pending: Uint8Array[] = [];
      let pendingBytes = 0;
      const flush = () => {
        if (pending.length > 0) pieces.push(new Blob(pending as Uint8Array<ArrayBuffer>[]));
        pending = [];
        pendingBytes = 0;
      };
      return {
        async write(part) {
          pending.push(part);
          pendingBytes += part.byteLength;
          if (pendingBytes >= BLOB_PIECE_BYTES) flush();
        },
        async close() {
          flush();
          done = new Blob(pieces, { type: 'application/octet-stream' });
          return { ok: true, path: '' };
        },
        async abort() {
          pending = [];
          pieces.length = 0;
        },
      };
    },
  };
}

/**
 * Without anywhere to write a file, the database in use itself is the backup: a restore keeps it
 * (until the next restore succeeds) instead of deleting it. Nothing is written.
 */
export const keepDatabaseTarget = (databaseName: string): BackupTarget => ({
  async open() {
    return {
      write: async () => undefined,
      close: async () => ({ ok: true, path: `indexeddb:${databaseName}` }),
      abort: async () => undefined,
    };
  },
});
