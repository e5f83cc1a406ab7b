import type { Dexie, IndexableType, Table } from 'dexie';
import { encodeValue } from '../../domain/backup/codec';
import { NO_PROGRESS, type ProgressSink } from '../../domain/jobs/progress';
import { blobEntry, chunkEntry } from '../../domain/backup/manifest';
import { sha256HexOf } from '../core/digest';
import { DeskError } from '../../domain/common/errors';
import { MAX_BACKUP_FILE_BYTES } from '../../../src-main/core/contract';

/** Rows per table entry of a backup, and per read of the source database. */
export const CHUNK_ROWS = 2_000;

export interface EncodedTables {
  /** Entry name → bytes: the tables' rows as JSON and the Blobs' bytes. */
  files: Record<string, Uint8Array>;
  counts: Record<string, number>;
  checksums: Record<string, string>;
  /** Sum of the entries' sizes. */
  bytes: number;
}

/** A table's Dexie schema string, from the open database (`&no`, `[subject+n]`, `*caseIds`…). */
export function storesOf(db: Dexie, tables: string[]): Record<string, string> {
  const stores: Record<string, string> = {};
  for (const name of tables) {
    const { primKey, indexes } = db.table(name).schema;
    stores[name] = [primKey.src, ...indexes.map((index) => index.src)].join(', ');
  }
  return stores;
}

/**
 * Reads `tables` in one read transaction (a consistent snapshot), each in primary-key order and
 * in keyset chunks, and encodes every chunk as one JSON entry. Blob bytes can only be read
 * after the transaction (awaiting them inside would end it), so rows refer to Blobs by number.
 * The same rows always give the same bytes: a restore re-encodes what it wrote to verify it.
 * `progress` hears of the rows read (phase `reading`, every table's rows in all).
 */
export async function encodeTables(
  db: Dexie,
  tables: string[],
  chunkRows = CHUNK_ROWS,
  progress: ProgressSink<'reading'> = NO_PROGRESS,
  maxBytes = MAX_BACKUP_FILE_BYTES,
): Promise<EncodedTables> {
  const files: Record<string, Uint8Array> = {};
  const counts: Record<string, number> = {};
  const blobs: Blob[] = [];
  const encoder = new TextEncoder();
  const onBlob = (blob: Blob) => blobs.push(blob) - 1;

  await db.transaction('r', tables, async () => {
    // Counted in the snapshot the rows are read from, so the figure ends at exactly 100%.
    let total = 0;
    for (const name of tables) total += await db.table(name).count();
    progress.phase('reading', total);
    for (const name of tables) {
      const table = db.table(name);
      // Rows of a table with out-of-line keys travel as [key, row] pairs.
      const outbound = table.schema.primKey.keyPath == null;
      let count = 0;
      let index = 0;
      let after: IndexableType | undefined;
      for (;;) {
        const { keys, rows } = await readChunk(table, after, chunkRows, outbound);
        if (rows.length === 0) break;
        const encoded = rows.map((row, i) => encodeValue(outbound ? [keys[i], row] : row, onBlob));
        files[chunkEntry(name, index)] = encoder.encode(JSON.stringify(encoded));
        count += rows.length;
        progress.advance(rows.length);
        index += 1;
        after = keys[keys.length - 1];
        if (rows.length < chunkRows) break;
      }
      counts[name] = count;
    }
  });

  // Refused before the files' bytes are read: the attachments alone (stored in the zip as they are) make a
  // backup larger than any restore takes. The tables' JSON shrinks several times when zipped: the zip's own size is checked after.
  refuseTooLarge(blobs.reduce((sum, blob) => sum + blob.size, 0), maxBytes);
  for (const [n, blob] of blobs.entries()) files[blobEntry(n)] = await blobBytes(blob);
  const checksums: Record<string, string> = {};
  let bytes = 0;
  for (const [name, data] of Object.entries(files)) {
    checksums[name] = await sha256HexOf(data);
    bytes += data.byteLength;
  }
  return { files, counts, checksums, bytes };
}

/** A backup of `bytes` could not be restored (`MAX_BACKUP_FILE_BYTES`): refused with its size, nothing written. */
export function refuseTooLarge(bytes: number, maxBytes: number): void {
  if (bytes <= maxBytes) return;
  const mb = (n: number) => Math.ceil(n / (1024 * 1024));
  throw new DeskError({ code: 'backup.tooLarge', params: { sizeMB: mb(bytes), maxMB: Math.floor(maxBytes / (1024 * 1024)) } });
}

/** The next chunk after the primary key `after` (keyset paging: never `offset()`). */
async function readChunk(table: Table, after: IndexableType | undefined, limit: number, outbound: boolean) {
  const collection = (after === undefined ? table.orderBy(':id') : table.where(':id').above(after)).limit(limit);
  if (!outbound) {
    const rows: unknown[] = await collection.toArray();
    const keyPath = table.schema.primKey.keyPath;
    const keys = rows.map((row) => keyOf(row, keyPath!));
    return { keys, rows };
  }
  const keys = (await collection.primaryKeys()) as IndexableType[];
  const rows: unknown[] = await table.bulkGet(keys);
  return { keys, rows };
}

function keyOf(row: unknown, keyPath: string | string[]): IndexableType {
  const record = row as Record<string, unknown>;
  const value = Array.isArray(keyPath) ? keyPath.map((path) => pathValue(record, path)) : pathValue(record, keyPath);
  return value as IndexableType;
}

function pathValue(record: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((value, part) => (value as Record<string, unknown> | undefined)?.[part], record);
}

/** A Blob's bytes; jsdom's Blobs only offer FileReader. */
export async function blobBytes(blob: Blob): Promise<Uint8Array> {
  if (typeof blob.arrayBuffer === 'function') return new Uint8Array(await blob.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('could not read a file of the backup'));
    reader.readAsArrayBuffer(blob);
  });
}
