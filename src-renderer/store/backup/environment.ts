import type { StorageEstimateLike } from '../../domain/backup/status';
import type { DeskDb } from '../db';
import type { MadeBackup } from './create';

/** Where a backup file went, or why it could not be saved (an i18n error code). */
export type SinkResult = { ok: true; path: string } | { ok: false; code: string; params?: Record<string, string | number> };

/** Keeps a backup the store host makes on its own (the one before a restore). */
export interface BackupSink {
  save(backup: MadeBackup): Promise<SinkResult>;
}

/**
 * What a restore needs from the store host running it: the storage estimate, somewhere to keep the
 * backup of the current data, and the switch to the restored database. Registered by the host per
 * database (see `startStoreHost`); tests register their own.
 */
export interface BackupEnvironment {
  estimate(): Promise<StorageEstimateLike>;
  preRestore: BackupSink;
  /**
   * Makes `name` the database in use: the pointer is written before this resolves, the host swaps
   * databases once the restore command has answered.
   */
  activate(name: string): Promise<void>;
}

const environments = new WeakMap<DeskDb, BackupEnvironment>();

export function provideBackupEnvironment(db: DeskDb, environment: BackupEnvironment): void {
  environments.set(db, environment);
}

export function backupEnvironment(db: DeskDb): BackupEnvironment | null {
  return environments.get(db) ?? null;
}

/** The browser's estimate of the origin's storage; nothing when the context has none. */
export async function storageEstimate(): Promise<StorageEstimateLike> {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  if (!storage?.estimate) return {};
  const { quota, usage } = await storage.estimate();
  return { quota, usage };
}

/**
 * Without anywhere to write a file, the database in use itself is the backup: a restore keeps it
 * (until the next restore succeeds) instead of deleting it.
 */
export const keepDatabaseSink = (db: DeskDb): BackupSink => ({
  save: async () => ({ ok: true, path: `indexeddb:${db.name}` }),
});
