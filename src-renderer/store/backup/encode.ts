import type { Dexie, IndexableType, Table } from 'dexie';
import { encodeValue } from '../../domain/backup/codec';
import { NO_PROGRESS, type ProgressSink } from '../../domain/jobs/progress';
import { blobEntry, chunkEntry } from '../../domain/backup/manifest';
import { sha256HexOf } from '../core/digest';

/** Rows per table entry of a backup, and per read of the source database. */
export const CHUNK_ROWS = 2_000;

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
 * A consistent snapshot of the tables: every table's rows already encoded as JSON entries (read in
 * one transaction), and the Blobs they refer to by number, whose bytes are read later, one at a
 * time (awaiting them inside the transaction would end it). Only the JSON is held in memory: the
 * attachments, which make most of a desk's bytes, are never all in memory at once.
 */
export interface TableSnapshot {
  /** Entry name → the JSON of a chunk of rows, in the order they were read. Taken out as they are used. */
  tables: Array<[string, Uint8Array]>;
  blobs: Blob[];
  counts: Record<string, number>;
}

/**
 * Reads `tables` in one read transaction (a consistent snapshot), each in primary-key order and
 * in keyset chunks, and encodes every chunk as one JSON entry. The same rows always give the same
 * bytes: a restore re-encodes what it wrote to verify it. `progress` hears of the rows read
 * (phase `reading`, every table's rows in all).
 */
export async function snapshotTables(
  db: Dexie,
  tables: string[],
  chunkRows = CHUNK_ROWS,
  progress: ProgressSink<'reading'> = NO_PROGRESS,
): Promise<TableSnapshot> {
  const entries: Array<[string, Uint8Array]> = [];
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
        entries.push([chunkEntry(name, index), encoder.encode(JSON.stringify(encoded))]);
        count += rows.length;
        progress.advance(rows.length);
        index += 1;
        after = keys[keys.length - 1];
        if (rows.length < chunkRows) break;
      }
      counts[name] = count;
    }
  });
  return { tables: entries, blobs, counts };
}

/** About the bytes the snapshot's entries hold (the JSON before it is zipped, the files as they are). */
export const snapshotBytes = (snapshot: TableSnapshot): number =>
  snapshot.tables.reduce((sum, [, data]) => sum + data.byteLength, 0) + snapshot.blobs.reduce((sum, blob) => sum + blob.size, 0);

/**
 * The snapshot's entries in the order of the file: the tables' JSON, then each Blob's bytes, read
 * only when its turn comes. Each entry is let go of here once handed on.
 */
export async function* snapshotEntries(snapshot: TableSnapshot): AsyncGenerator<[string, Uint8Array]> {
  for (let index = 0; index < snapshot.tables.length; index += 1) {
    const entry = snapshot.tables[index]!;
    snapshot.tables[index] = [entry[0], EMPTY];
    yield entry;
  }
  for (const [n, blob] of snapshot.blobs.entries()) yield [blobEntry(n), await blobBytes(blob)];
}

const EMPTY = new Uint8Array(0);

/** SHA-256 of every entry of a snapshot, reading one Blob at a time (how a restore checks what it wrote). */
export async function snapshotChecksums(snapshot: TableSnapshot): Promise<Record<string, string>> {
  const checksums: Record<string, string> = {};
  for await (const [name, data] of snapshotEntries(snapshot)) checksums[name] = await sha256HexOf(data);
  return checksums;
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
