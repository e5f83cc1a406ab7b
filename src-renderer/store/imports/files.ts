/**
 * Files read for an import stay in the store host's memory between the wizard's steps (analyse,
 * check, start), so 200 MB are sent over the port once. Bounded: each user keeps their newest
 * two files, the host at most eight; a running job holds its own reference to its table.
 */
import { DeskError } from '../../domain/common/errors';
import type { ImportTable } from '../../domain/imports/table';
import type { FieldValues, FileValueMap } from '../../domain/imports/value-scan';
import type { DeskDb } from '../db';
import type { FileCheck } from './check';

export interface CachedFile {
  fileId: string;
  ownerId: string;
  fileName: string;
  fileHash: string;
  bytes: number;
  table: ImportTable;
  usedAt: number;
  /**
   * The last check and what it was made with (the mapping and the departments then configured):
   * starting right after checking does not check all rows again (each chunk still looks for
   * duplicates in its own transaction).
   */
  lastCheck?: { key: string; check: FileCheck; values: FileValueMap };
  /**
   * What 对应取值 listed per mapped column (`field:column` → the scan, and for departments the
   * departments it was made with): the check and the start cut the user's value map from it
   * rather than reading the file again. At most a few hundred values per column.
   */
  listed?: Map<string, { departments: string; found: FieldValues | null }>;
}

export const FILES_PER_USER = 2;
export const FILES_PER_HOST = 8;

const caches = new WeakMap<DeskDb, Map<string, CachedFile>>();

function cacheOf(db: DeskDb): Map<string, CachedFile> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  return cache;
}

export function keepFile(db: DeskDb, file: CachedFile): void {
  const cache = cacheOf(db);
  cache.set(file.fileId, file);
  const oldestFirst = [...cache.values()].sort((a, b) => a.usedAt - b.usedAt);
  let own = oldestFirst.filter((f) => f.ownerId === file.ownerId).length;
  for (const old of oldestFirst) {
    if (old.fileId === file.fileId) continue;
    if (old.ownerId === file.ownerId && own > FILES_PER_USER) {
      cache.delete(old.fileId);
      own -= 1;
    } else if (cache.size > FILES_PER_HOST) cache.delete(old.fileId);
  }
}

/** The caller's file; `imports.fileGone` when it was never read or has been dropped (read it again). */
export function fileOf(db: DeskDb, fileId: string, ownerId: string, now: number): CachedFile {
  const file = cacheOf(db).get(fileId);
  if (!file || file.ownerId !== ownerId) throw new DeskError({ code: 'imports.fileGone' });
  file.usedAt = now;
  return file;
}
