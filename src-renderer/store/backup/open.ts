import { unzipSync } from 'fflate';
import { nextTask } from '../core/pacing';
import { DeskError } from '../../domain/common/errors';
import { NO_PROGRESS, type ProgressSink } from '../../domain/jobs/progress';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupManifest,
  chunkEntry,
  MANIFEST_ENTRY,
  manifestChecksum,
} from '../../domain/backup/manifest';
import { sha256HexOf } from '../core/digest';
import { SCHEMA_VERSION } from '../db';

/** A backup file checked from end to end: the manifest and every entry, its rows counted. */
export interface OpenedBackup {
  manifest: BackupManifest;
  files: Record<string, Uint8Array>;
  /**
   * A table's chunks of encoded rows, in order, parsed as they are read: a desk of 100,000 cases
   * held parsed all at once took gigabytes besides the file's own bytes.
   */
  chunks(table: string): Generator<unknown[]>;
}

const refuse = (code: string, params?: Record<string, string | number>): never => {
  throw new DeskError({ code, ...(params ? { params } : {}) });
};

/** Inflated per call at most, with the store host answering between calls. */
const BATCH_BYTES = 8 * 1024 * 1024;
const BATCH_ENTRIES = 2_000;

/**
 * Every entry of the zip, inflated a batch at a time with the store host answering in between: a
 * desk of 100,000 cases in one synchronous call held it for seconds (the watchdog's limit is 5 s).
 * Each call reads the central directory again, so batches are large (a few MB, or many small
 * attachments) rather than one entry each, which made 10,000 attachments take 18 s.
 *
 * The whole check is one phase for `progress`: a unit per batch inflated, per entry whose checksum
 * is compared, and per table entry parsed (counted from the directory, before anything is inflated).
 */
async function unzipEntries(data: Uint8Array, progress: ProgressSink<'checking'>): Promise<Record<string, Uint8Array>> {
  const batches: Array<Set<string>> = [];
  let batch = new Set<string>();
  let bytes = 0;
  let entries = 0;
  let tableEntries = 0;
  // A first pass reads the central directory only: nothing is inflated.
  unzipSync(data, {
    filter: (file) => {
      if (file.name !== MANIFEST_ENTRY && !file.name.endsWith('/')) entries += 1;
      if (file.name.startsWith('tables/')) tableEntries += 1;
      if (batch.size > 0 && (bytes + file.originalSize > BATCH_BYTES || batch.size >= BATCH_ENTRIES)) {
        batches.push(batch);
        batch = new Set();
        bytes = 0;
      }
      batch.add(file.name);
      bytes += file.originalSize;
      return false;
    },
  });
  if (batch.size > 0) batches.push(batch);
  progress.phase('checking', batches.length + entries + tableEntries);
  const files: Record<string, Uint8Array> = {};
  for (const names of batches) {
    Object.assign(files, unzipSync(data, { filter: (file) => names.has(file.name) }));
    progress.advance();
    await nextTask();
  }
  return files;
}

/**
 * Checks a file before anything is written: that it is a zip at all, complete, a Complaint Desk
 * backup, unchanged since it was made (SHA-256 of every entry and of the manifest), not from a
 * newer version, and that each table holds the rows the manifest counts. Throws the refusal.
 */
export async function openBackup(data: Uint8Array, progress: ProgressSink<'checking'> = NO_PROGRESS): Promise<OpenedBackup> {
  if (!startsLikeZip(data)) refuse('backup.notABackup');
  if (!endsLikeZip(data)) refuse('backup.truncated');
  let files: Record<string, Uint8Array> = {};
  try {
    files = await unzipEntries(data, progress);
  } catch {
    refuse('backup.corrupt');
  }
  const raw = files[MANIFEST_ENTRY];
  if (!raw) return refuse('backup.notABackup');
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  } catch {
    refuse('backup.corrupt');
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { format?: unknown }).format !== BACKUP_FORMAT) refuse('backup.notABackup');
  const checked = BackupManifest.safeParse(parsed);
  if (!checked.success) return refuse('backup.corrupt');
  const manifest = checked.data;
  if (manifestChecksum(manifest) !== manifest.checksum) refuse('backup.corrupt');
  if (manifest.formatVersion > BACKUP_FORMAT_VERSION) refuse('backup.newerFormat');
  if (manifest.schemaVersion > SCHEMA_VERSION) refuse('backup.newerSchema', { version: manifest.schemaVersion, current: SCHEMA_VERSION });

  const names = Object.keys(files).filter((name) => name !== MANIFEST_ENTRY && !name.endsWith('/'));
  if (names.length !== Object.keys(manifest.checksums).length) refuse('backup.corrupt');
  for (const name of names) {
    const expected = manifest.checksums[name];
    if (!expected || (await sha256HexOf(files[name]!)) !== expected) refuse('backup.corrupt');
    progress.advance();
  }

  const tables = Object.keys(manifest.counts);
  if (tables.some((table) => !(table in manifest.stores))) refuse('backup.corrupt');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  function* chunks(table: string): Generator<unknown[]> {
    for (let index = 0; files[chunkEntry(table, index)]; index += 1) yield parseChunk(decoder, files[chunkEntry(table, index)]!);
  }
  for (const table of tables) {
    let count = 0;
    for (const chunk of chunks(table)) {
      count += chunk.length;
      progress.advance();
      // Parsing a whole desk took seconds: the store host answers between chunks.
      await nextTask();
    }
    if (count !== manifest.counts[table]) refuse('backup.countsDiffer', { table, expected: manifest.counts[table]!, found: count });
  }
  return { manifest, files, chunks };
}

function parseChunk(decoder: TextDecoder, bytes: Uint8Array): unknown[] {
  let chunk: unknown;
  try {
    chunk = JSON.parse(decoder.decode(bytes));
  } catch {
    refuse('backup.corrupt');
  }
  return Array.isArray(chunk) ? chunk : refuse('backup.corrupt');
}

const ZIP_LOCAL_HEADER = 0x04034b50;
const ZIP_END_RECORD = 0x06054b50;
const END_RECORD_BYTES = 22;

const u32 = (data: Uint8Array, at: number) => (data[at]! | (data[at + 1]! << 8) | (data[at + 2]! << 16) | (data[at + 3]! << 24)) >>> 0;
const u16 = (data: Uint8Array, at: number) => data[at]! | (data[at + 1]! << 8);

function startsLikeZip(data: Uint8Array): boolean {
  return data.byteLength >= END_RECORD_BYTES && u32(data, 0) === ZIP_LOCAL_HEADER;
}

/**
 * A zip ends with its end record (its comment after it) pointing back at the central directory.
 * A file cut short has lost it, or it points past what is left.
 */
function endsLikeZip(data: Uint8Array): boolean {
  const last = data.byteLength - END_RECORD_BYTES;
  for (let at = last; at >= Math.max(0, last - 0xffff); at -= 1) {
    if (u32(data, at) !== ZIP_END_RECORD) continue;
    if (at + END_RECORD_BYTES + u16(data, at + 20) !== data.byteLength) continue;
    const directoryBytes = u32(data, at + 12);
    const directoryAt = u32(data, at + 16);
    return directoryAt + directoryBytes <= at;
  }
  return false;
}
