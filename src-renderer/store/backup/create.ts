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
import { sha256HexOf } from '../core/digest';
import { nextTask } from '../core/pacing';
import { CHUNK_ROWS, snapshotBytes, snapshotEntries, snapshotTables, storesOf } from './encode';
import { isRefusal, SinkRefused, type BackupTarget, type SinkRefusal } from './targets';
import { ZipWriter } from './zip/write';

/** Sign-ins belong to this desktop and this moment; they never travel in a backup. */
const NOT_BACKED_UP = new Set(['sessions']);

/** A backup kept where its target put it, or the target's refusal (no room, the disk filled up). */
export type MadeBackup = { ok: true; path: string; fileName: string; manifest: BackupManifest; bytes: number } | SinkRefusal;

/** Every table of the database except sessions, so a table added in a later version is backed up without a change here. */
export const backedUpTables = (db: Dexie): string[] => db.tables.map((table) => table.name).filter((name) => !NOT_BACKED_UP.has(name));

/**
 * The whole database as one `.cdbak` file written to `target` as it is made: a zip of the tables'
 * rows (JSON, deflated), the attachments' bytes (stored as they are: mostly photos, videos and PDFs,
 * compressed already) and, last, `manifest.json` with every entry's SHA-256. Only the rows' JSON
 * and one attachment at a time are in memory, so a desk's size is limited by its disk, not by
 * what one array can hold. The schema recorded is the open database's own (its version and stores).
 * `progress` hears of the rows read, then of the entries packed. A failure while making it leaves
 * nothing at the target.
 */
export async function makeBackup(
  db: Dexie,
  {
    now,
    kind,
    target,
    progress = NO_PROGRESS,
    chunkRows = CHUNK_ROWS,
  }: { now: number; kind: BackupKind; target: BackupTarget; progress?: ProgressSink<'reading' | 'packing'>; chunkRows?: number },
): Promise<MadeBackup> {
  const fileName = backupFileName(now, kind);
  const tables = backedUpTables(db);
  const snapshot = await snapshotTables(db, tables, chunkRows, progress);
  const writer = await target.open(snapshotBytes(snapshot), fileName);
  if (isRefusal(writer)) return writer;

  let manifest: BackupManifest;
  let total: number;
  try {
    const zip = new ZipWriter(writer);
    const checksums: Record<string, string> = {};
    let bytes = 0;
    progress.phase('packing', snapshot.tables.length + snapshot.blobs.length + 1);
    for await (const [name, data] of snapshotEntries(snapshot)) {
      checksums[name] = await sha256HexOf(data);
      bytes += data.byteLength;
      await zip.add(name, data, { deflate: name.endsWith('.json'), mtime: now });
      progress.advance();
      // The store host answers between entries too (10,000 small attachments in one go held it for seconds).
      await nextTask();
    }
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
      counts: snapshot.counts,
      checksums,
      bytes,
    } satisfies Omit<BackupManifest, 'checksum'>;
    manifest = { ...unsigned, checksum: manifestChecksum(unsigned) };
    // Last: its checksums are known only once every entry has been read.
    await zip.add(MANIFEST_ENTRY, new TextEncoder().encode(JSON.stringify(manifest)), { deflate: true, mtime: now });
    progress.advance();
    total = await zip.finish();
  } catch (error) {
    await writer.abort();
    if (error instanceof SinkRefused) return error.refusal;
    throw error;
  }
  const saved = await writer.close(total);
  return saved.ok ? { ...saved, fileName, manifest, bytes: total } : saved;
}
