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
import { readZipDirectory, readZipEntry, ZipFormatError, type ZipDirectoryEntry } from './zip/read';
import type { ByteSource } from './zip/source';

/**
 * A backup file checked from end to end: the manifest, and every entry read once and compared with
 * its checksum (its rows counted). Entries are read again from the file when the restore needs them,
 * one at a time and checked again: the file is never held whole in memory, whatever its size.
 */
export interface OpenedBackup {
  manifest: BackupManifest;
  /** The file's size. */
  bytes: number;
  /** An entry's bytes, checked against the manifest again (the file may have changed since). */
  entry(name: string): Promise<Uint8Array>;
  /** A table's chunks of encoded rows, in order, parsed one at a time. */
  chunks(table: string): AsyncGenerator<unknown[]>;
}

const refuse = (code: string, params?: Record<string, string | number>): never => {
  throw new DeskError({ code, ...(params ? { params } : {}) });
};

const ZIP_REFUSALS = { notZip: 'backup.notABackup', truncated: 'backup.truncated', corrupt: 'backup.corrupt' } as const;

/** The zip reader's refusals in the desk's words; a failing read of the file itself is a read failure. */
async function zipRead<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof ZipFormatError) return refuse(ZIP_REFUSALS[error.kind]);
    if (error instanceof DeskError) throw error;
    console.error('reading the backup file failed', error);
    return refuse('backup.corrupt');
  }
}

/**
 * Checks a file before anything is written: that it is a zip at all, complete, a Complaint Desk
 * backup, unchanged since it was made (SHA-256 of every entry and of the manifest), not from a
 * newer version, and that each table holds the rows the manifest counts. Throws the refusal.
 * `progress` hears of one unit per entry checked (the whole check is one phase).
 */
export async function openBackup(source: ByteSource, progress: ProgressSink<'checking'> = NO_PROGRESS): Promise<OpenedBackup> {
  const directory = await zipRead(() => readZipDirectory(source));
  const byName = new Map<string, ZipDirectoryEntry>();
  for (const entry of directory) if (!entry.name.endsWith('/')) byName.set(entry.name, entry);
  const manifestEntry = byName.get(MANIFEST_ENTRY);
  if (!manifestEntry) return refuse('backup.notABackup');
  const manifest = parseManifest(await zipRead(() => readZipEntry(source, manifestEntry)));

  const names = [...byName.keys()].filter((name) => name !== MANIFEST_ENTRY);
  if (names.length !== Object.keys(manifest.checksums).length || names.some((name) => !manifest.checksums[name])) refuse('backup.corrupt');
  const tables = Object.keys(manifest.counts);
  if (tables.some((table) => !(table in manifest.stores))) refuse('backup.corrupt');

  async function entry(name: string): Promise<Uint8Array> {
    const found = byName.get(name);
    if (!found || name === MANIFEST_ENTRY) return refuse('backup.corrupt');
    const data = await zipRead(() => readZipEntry(source, found));
    if ((await sha256HexOf(data)) !== manifest.checksums[name]) refuse('backup.corrupt');
    return data;
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  async function* chunks(table: string): AsyncGenerator<unknown[]> {
    for (let index = 0; byName.has(chunkEntry(table, index)); index += 1) yield parseChunk(decoder, await entry(chunkEntry(table, index)));
  }

  progress.phase('checking', names.length);
  const tableEntries = new Set<string>();
  for (const table of tables) {
    let count = 0;
    for (let index = 0; byName.has(chunkEntry(table, index)); index += 1) {
      tableEntries.add(chunkEntry(table, index));
      count += parseChunk(decoder, await entry(chunkEntry(table, index))).length;
      progress.advance();
      // Parsing a whole desk took seconds: the store host answers between chunks.
      await nextTask();
    }
    if (count !== manifest.counts[table]) refuse('backup.countsDiffer', { table, expected: manifest.counts[table]!, found: count });
  }
  // The attachments and any other entry: read and compared, one at a time.
  for (const name of names) {
    if (tableEntries.has(name)) continue;
    await entry(name);
    progress.advance();
    await nextTask();
  }
  return { manifest, bytes: source.size, entry, chunks };
}

function parseManifest(raw: Uint8Array): BackupManifest {
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
  return manifest;
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
