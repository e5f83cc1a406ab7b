import { Dexie } from 'dexie';
import { blobsOf, decodeValue } from '../../domain/backup/codec';
import { blobEntry } from '../../domain/backup/manifest';
import { DeskError } from '../../domain/common/errors';
import { NO_PROGRESS, renamed, type ProgressSink } from '../../domain/jobs/progress';
import { DeskDb, UPGRADE_ADDED_ROWS } from '../db';
import { snapshotChecksums, snapshotTables } from './encode';
import type { OpenedBackup } from './open';

/** A fresh database per restore: `complaint-desk-<ms>-<random>` (never the name of the one in use). */
export function scratchName(now: number): string {
  const random = [...crypto.getRandomValues(new Uint8Array(3))].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `complaint-desk-${now}-${random}`;
}

/** Exactly the names `scratchName` makes (not `complaint-desk-meta`, nor any other database of the origin). */
export const isScratchName = (name: string): boolean => /^complaint-desk-\d+-[0-9a-f]{6}$/.test(name);

/**
 * Writes a verified backup into a new database `name` and proves it arrived whole: the database is
 * first created in the backup's own shape (its schema version and stores), written, re-encoded and
 * compared entry by entry with the file's checksums; then it is opened as the current `DeskDb`,
 * which upgrades it (running any upgrade of a later version), and each table's rows are counted.
 * On any failure the new database is deleted and the refusal thrown; the database in use is never touched.
 * `progress` hears of the rows written, then of the rows read back.
 */
export async function restoreInto(name: string, backup: OpenedBackup, progress: ProgressSink<'writing' | 'verifying'> = NO_PROGRESS): Promise<void> {
  const { manifest } = backup;
  const tables = Object.keys(manifest.counts);
  const scratch = new Dexie(name, { chromeTransactionDurability: 'strict' });
  scratch.version(manifest.schemaVersion).stores(manifest.stores);
  let upgraded: DeskDb | null = null;
  try {
    await scratch.open();
    await writeRows(scratch, backup, tables, progress);
    // Re-encoded only to compare, a file's bytes at a time.
    const again = await snapshotChecksums(await snapshotTables(scratch, tables, manifest.chunkRows, renamed(progress, { reading: 'verifying' })));
    const marksBefore = await upgradeMarks(scratch, tables);
    scratch.close();
    const sameEntries = Object.keys(again).length === Object.keys(manifest.checksums).length;
    if (!sameEntries || Object.entries(manifest.checksums).some(([entry, hex]) => again[entry] !== hex)) {
      throw new DeskError({ code: 'backup.verifyFailed' });
    }

    upgraded = new DeskDb(name);
    await upgraded.open();
    // An upgrade adds no rows but its marks of work left for later (db.ts, UPGRADE_ADDED_ROWS).
    const marksAfter = await upgradeMarks(upgraded, tables);
    for (const table of tables) {
      const count = await upgraded.table(table).count();
      const added = (marksAfter.get(table) ?? 0) - (marksBefore.get(table) ?? 0);
      if (count !== manifest.counts[table]! + added) throw new DeskError({ code: 'backup.verifyFailed' });
    }
    upgraded.close();
  } catch (error) {
    scratch.close();
    upgraded?.close();
    await Dexie.delete(name).catch(() => undefined);
    if (error instanceof DeskError) throw error;
    if (error instanceof Dexie.QuotaExceededError) throw new DeskError({ code: 'backup.diskFull', params: { neededMB: Math.ceil((2 * manifest.bytes) / 1048576), freeMB: 0 } });
    console.error('restoring a backup failed', error);
    throw new DeskError({ code: 'backup.verifyFailed' });
  }
}

/** How many of the rows an upgrade may add each table of the backup holds. */
async function upgradeMarks(db: Dexie, tables: string[]): Promise<Map<string, number>> {
  const marks = new Map<string, number>();
  for (const { table, key } of UPGRADE_ADDED_ROWS) {
    if (tables.includes(table) && (await db.table(table).get(key)) !== undefined) marks.set(table, (marks.get(table) ?? 0) + 1);
  }
  return marks;
}

/** Files' bytes written in one transaction at most: a chunk of 2,000 attachments would otherwise all be in memory at once. */
const BATCH_BLOB_BYTES = 32 * 1024 * 1024;

/**
 * The chunks of rows as the backup read them, Blobs rebuilt from their bytes with their type (each
 * read from the file when its row comes). A transaction per chunk, or per part of one when its files
 * are large: the new database is deleted whole if anything fails, so no chunk needs to be atomic.
 */
async function writeRows(db: Dexie, backup: OpenedBackup, tables: string[], progress: ProgressSink<'writing'>): Promise<void> {
  const { manifest } = backup;
  progress.phase('writing', tables.reduce((sum, name) => sum + manifest.counts[name]!, 0));
  for (const name of tables) {
    const table = db.table(name);
    const outbound = table.schema.primKey.keyPath == null;
    const write = async (rows: unknown[]) => {
      if (rows.length === 0) return;
      await db.transaction('rw', table, async () => {
        if (!outbound) await table.bulkAdd(rows);
        else {
          const pairs = rows as Array<[unknown, unknown]>;
          await table.bulkAdd(
            pairs.map(([, value]) => value),
            pairs.map(([key]) => key) as never,
          );
        }
      });
      progress.advance(rows.length);
    };
    for await (const chunk of backup.chunks(name)) {
      let batch: unknown[] = [];
      let batchBytes = 0;
      for (const row of chunk) {
        const files = new Map<number, Blob>();
        for (const { n, type } of blobsOf(row)) {
          const bytes = await backup.entry(blobEntry(n));
          files.set(n, new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
          batchBytes += bytes.byteLength;
        }
        batch.push(
          decodeValue(row, (n) => {
            const blob = files.get(n);
            if (!blob) throw new DeskError({ code: 'backup.corrupt' });
            return blob;
          }),
        );
        if (batchBytes >= BATCH_BLOB_BYTES) {
          await write(batch);
          batch = [];
          batchBytes = 0;
        }
      }
      await write(batch);
    }
  }
}
