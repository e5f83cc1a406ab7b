/**
 * The manifest of a backup file (`manifest.json` in the zip): what the file holds and how to check it.
 * `checksums` covers every other entry of the zip; `checksum` covers the manifest itself (and so,
 * through `checksums`, the whole file).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { canonicalJson } from '../audit/chain';

export const BACKUP_FORMAT = 'complaint-desk-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_ENTRY = 'manifest.json';

const Hex = z.string().regex(/^[0-9a-f]{64}$/);
const TableName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/);

export const BackupManifest = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().positive(),
  appVersion: z.string().max(50),
  /** The database version the rows were read at (`SCHEMA_VERSION` then). */
  schemaVersion: z.number().int().positive(),
  createdAt: z.number(),
  kind: z.string().max(20),
  /** Rows per table entry: the same chunking re-encodes the same bytes (how a restore is verified). */
  chunkRows: z.number().int().positive(),
  /** The Dexie schema of every table at `schemaVersion` (those without rows in the file too), so the backup is recreated in its own shape. */
  stores: z.record(TableName, z.string().max(2_000)),
  /** Rows of every table the file holds (all but sessions). */
  counts: z.record(TableName, z.number().int().nonnegative()),
  /** SHA-256 of every entry except the manifest. */
  checksums: z.record(z.string().max(200), Hex),
  /** The entries' uncompressed size. */
  bytes: z.number().int().nonnegative(),
  checksum: Hex,
});
export type BackupManifest = z.infer<typeof BackupManifest>;

/** What a user is shown of a backup before restoring it. */
export interface BackupSummary {
  createdAt: number;
  appVersion: string;
  schemaVersion: number;
  kind: string;
  counts: Record<string, number>;
  bytes: number;
}

export const summarise = (m: BackupManifest): BackupSummary => ({
  createdAt: m.createdAt,
  appVersion: m.appVersion,
  schemaVersion: m.schemaVersion,
  kind: m.kind,
  counts: m.counts,
  bytes: m.bytes,
});

export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

/** The checksum of a manifest: SHA-256 of its canonical JSON without the checksum itself. */
export function manifestChecksum(manifest: Omit<BackupManifest, 'checksum'> & { checksum?: string }): string {
  const { checksum: _checksum, ...rest } = manifest;
  return sha256Hex(utf8ToBytes(canonicalJson(rest)));
}

/** `tables/<table>/<index>.json`: a table's rows, `chunkRows` to an entry, in primary-key order. */
export const chunkEntry = (table: string, index: number) => `tables/${table}/${String(index).padStart(6, '0')}.json`;
/** The bytes of the n-th Blob met while encoding (attachments' files). */
export const blobEntry = (n: number) => `blobs/${n}`;
