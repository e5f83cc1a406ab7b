import { KEPT_BACKUPS_FOLDER, keptBackupPath } from '../../domain/backup/kept';
import { spaceShortfall } from '../../domain/backup/status';
import type { BackupSink, SinkResult } from './environment';
import { storageEstimate } from './environment';

/** Backups the browser harness keeps before a restore; older ones are deleted. */
const KEEP = 5;
const FOLDER = KEPT_BACKUPS_FOLDER;

type Writable = { write(data: Uint8Array): Promise<void>; close(): Promise<void> };
type FileHandle = FileSystemFileHandle & { createWritable?: () => Promise<Writable> };
type Folder = FileSystemDirectoryHandle & { keys?: () => AsyncIterable<string> };

/** The origin private file system of the worker, when the browser has one. */
export function opfsAvailable(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.storage?.getDirectory === 'function';
}

/**
 * The web harness's backups: files in the origin private file system (`backups/`), the newest five
 * kept. The browser counts them against the same quota as IndexedDB, so the free space is checked first.
 */
export const opfsSink: BackupSink = {
  async save(backup): Promise<SinkResult> {
    const shortfall = spaceShortfall(await storageEstimate(), backup.data.byteLength / 2);
    if (shortfall) return { ok: false, code: 'backup.diskFull', params: shortfall };
    const root = await navigator.storage.getDirectory();
    const folder = (await root.getDirectoryHandle(FOLDER, { create: true })) as Folder;
    const file = (await folder.getFileHandle(backup.fileName, { create: true })) as FileHandle;
    if (file.createWritable) {
      const writable = await file.createWritable();
      await writable.write(backup.data);
      await writable.close();
    } else {
      // Workers without createWritable (older Safari) have synchronous access handles.
      const handle = await (file as unknown as { createSyncAccessHandle(): Promise<{ write(d: Uint8Array): number; flush(): void; close(): void }> }).createSyncAccessHandle();
      handle.write(backup.data);
      handle.flush();
      handle.close();
    }
    await prune(folder);
    return { ok: true, path: keptBackupPath(backup.fileName) };
  },
};

/** File names start with their time (`complaint-desk-<yyyyMMdd-HHmmss>`): sorted by name is sorted by age. */
async function prune(folder: Folder): Promise<void> {
  if (!folder.keys) return;
  const names: string[] = [];
  for await (const name of folder.keys()) if (name.endsWith('.cdbak')) names.push(name);
  names.sort();
  for (const name of names.slice(0, Math.max(0, names.length - KEEP))) await folder.removeEntry(name);
}
