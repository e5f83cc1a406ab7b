import type { StorageEstimateLike } from '../../domain/backup/status';
import type { DeskDb } from '../db';
import type { BackupTarget } from './targets';
import type { ByteSource } from './zip/source';

export type { SinkResult } from './targets';

/**
 * What backups need from the store host running them: the storage estimate, somewhere to keep the
 * backup of the current data before a restore, the switch to the restored database and, on the
 * desktop, main's files (a file the user chose to write a backup to, or to restore from).
 * Registered by the host per database (see `startStoreHost`); tests register their own.
 */
export interface BackupEnvironment {
  estimate(): Promise<StorageEstimateLike>;
  preRestore: BackupTarget;
  /**
   * Makes `name` the database in use: the pointer is written before this resolves, the host swaps
   * databases once the restore command has answered.
   */
  activate(name: string): Promise<void>;
  /** Desktop: the file the user chose in 备份到文件's save dialog (`UiInvoke.chooseBackupTarget`). */
  manualTarget?(target: string): BackupTarget;
  /** Desktop: the file the user chose to restore, `bytes` long, read through main a range at a time. */
  openSource?(source: string, bytes: number, name: string): ByteSource & { release(): Promise<void> };
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

