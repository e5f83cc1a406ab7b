import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { BackupKind } from '../../domain/backup/log';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  MANIFEST_ENTRY,
  manifestChecksum,
  type BackupManifest,
} from '../../domain/backup/manifest';
import { backupFileName } from '../../domain/backup/status';
import type { Dexie } from 'dexie';
import { NO_PROGRESS, type ProgressSink } from '../../domain/jobs/progress';
import { nextTask } from '../core/pacing';
import { CHUNK_ROWS, encodeTables, refuseTooLarge, storesOf } from './encode';
import { MAX_BACKUP_FILE_BYTES } from '../../../src-main/core/contract';

/** Sign-ins belong to this desktop and this moment; they never travel in a backup. */
const NOT_BACKED_UP = new Set(['sessions']);

export interface MadeBackup {
  fileName: string;
  data: Uint8Array<ArrayBuffer>;
  manifest: BackupManifest;
}

/** Every table of the database except sessions, so a table added in a later version is backed up without a change here. */
export const backedUpTables = (db: Dexie): string[] => db.tables.map((table) => table.name).filter((name) => !NOT_BACKED_UP.has(name));

/**
 * The whole database as one `.cdbak` file: a zip of `manifest.json`, the tables' rows and the
 * attachments' bytes. The schema recorded is the open database's own (its version and stores).
 * `progress` hears of the rows read, then of the entries packed.
 */
export async function makeBackup(
  db: Dexie,
  {
    now,
    kind,
    progress = NO_PROGRESS,
    chunkRows = CHUNK_ROWS,
    maxBytes = MAX_BACKUP_FILE_BYTES,
  }: { now: number; kind: BackupKind; progress?: ProgressSink<'reading' | 'packing'>; chunkRows?: number; maxBytes?: number },
): Promise<MadeBackup> {
  const tables = backedUpTables(db);
  const encoded = await encodeTables(db, tables, chunkRows, progress, maxBytes);
  const unsigned = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: __APP_VERSION__,
    schemaVersion: db.verno,
    createdAt: now,
    kind,
    chunkRows,
    // Every table's schema, sessions too: the backup is recreated in exactly its own shape.
    stores: storesOf(db, db.tables.map((table) => table.name)),
    counts: encoded.counts,
    checksums: encoded.checksums,
    bytes: encoded.bytes,
  } satisfies Omit<BackupManifest, 'checksum'>;
  const manifest: BackupManifest = { ...unsigned, checksum: manifestChecksum(unsigned) };
  const data = await zipBackup(manifest, encoded.files, progress);
  // The zip's own headers, or JSON that did not compress, may still take it over.
  refuseTooLarge(data.byteLength, maxBytes);
  return { fileName: backupFileName(now, kind), data, manifest };
}

/**
 * Bytes deflated between two turns of the store host's other calls. A whole entry (2,000 cases of
 * JSON, several MB) took 100 ms and more in one go, and a window's first tracking table, reading
 * its cases meanwhile, waited behind each of them.
 */
const ZIP_PIECE = 256 * 1024;
const EMPTY = new Uint8Array(0);

/**
 * The manifest first; JSON compressed, files (mostly photos and PDFs, already compressed) stored
 * as they are. A piece of an entry at a time, yielding between pieces: a desk of 100,000 cases
 * zipped in one synchronous call held the store host for 30 s, and the web harness's watchdog took
 * it for dead. `progress` counts the entries packed. It takes `files` over: each entry is removed
 * from it once zipped, so that its bytes can go.
 */
export async function zipBackup(
  manifest: BackupManifest,
  files: Record<string, Uint8Array>,
  progress: ProgressSink<'packing'> = NO_PROGRESS,
): Promise<Uint8Array<ArrayBuffer>> {
  const parts: Uint8Array[] = [];
  const failed: Error[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) failed.push(error);
    else parts.push(chunk);
  });
  const entries: Array<[string, Uint8Array]> = [[MANIFEST_ENTRY, new TextEncoder().encode(JSON.stringify(manifest))], ...Object.entries(files)];
  progress.phase('packing', entries.length);
  for (const [index, [name, data]] of entries.entries()) {
    // Each entry's bytes are let go once zipped (with the caller's map of them): a desk's attachments are held twice at most, not three times.
    entries[index] = [name, EMPTY];
    delete files[name];
    const entry = name.endsWith('.json') ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
    entry.mtime = manifest.createdAt;
    zip.add(entry);
    // An empty entry still needs its one (final) push.
    for (let at = 0; at === 0 || at < data.byteLength; at += ZIP_PIECE) {
      entry.push(data.subarray(at, at + ZIP_PIECE), at + ZIP_PIECE >= data.byteLength);
      if (failed[0]) throw failed[0];
      // The store host answers between two pieces (other windows' commands, the watchdog's ping).
      await nextTask();
    }
    progress.advance();
  }
  zip.end();
  if (failed[0]) throw failed[0];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let at = 0;
  for (const [index, part] of parts.entries()) {
    out.set(part, at);
    at += part.byteLength;
    parts[index] = EMPTY;
  }
  return out;
}
