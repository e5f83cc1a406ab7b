import { KEPT_BACKUPS_FOLDER, keptBackupPath } from '../../domain/backup/kept';
import { spaceShortfall } from '../../domain/backup/status';
import { storageEstimate } from './environment';
import { SinkRefused, type BackupTarget, type SinkResult } from './targets';

/** Backups the browser harness keeps before a restore; older ones are deleted. */
const KEEP = 5;
const FOLDER = KEPT_BACKUPS_FOLDER;

type Writable = { write(data: Uint8Array): Promise<void>; close(): Promise<void>; abort?(): Promise<void> };
type FileHandle = FileSystemFileHandle & { createWritable?: () => Promise<Writable>; move?: (name: string) => Promise<void> };
type Folder = FileSystemDirectoryHandle & { keys?: () => AsyncIterable<string> };

/** The origin private file system of the worker, when the browser has one. */
export function opfsAvailable(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.storage?.getDirectory === 'function';
}

/** A file of the folder open for writing: the async writable stream, or (workers without one) a sync access handle. */
async function openWritable(file: FileHandle): Promise<Writable> {
  if (file.createWritable) return (await file.createWritable()) as unknown as Writable;
  // Workers without createWritable (older Safari) have synchronous access handles.
  const handle = await (
    file as unknown as { createSyncAccessHandle(): Promise<{ write(d: Uint8Array, o: { at: number }): number; flush(): void; close(): void; truncate(n: number): void }> }
  ).createSyncAccessHandle();
  handle.truncate(0);
  let at = 0;
  return {
    async write(data) {
      at += handle.write(data, { at });
    },
    async close() {
      handle.flush();
      handle.close();
    },
  };
}

/**
 * The web harness's backups: files in the origin private file system (`backups/`), written as they
 * are made, the newest five kept. The browser counts them against the same quota as IndexedDB, so
 * the free space is checked first; a write the quota refuses ends the backup as the disk being full.
 */
export const opfsTarget: BackupTarget = {
  async open(expectedBytes, fileName) {
    const shortfall = spaceShortfall(await storageEstimate(), expectedBytes / 2);
    if (shortfall) return { ok: false, code: 'backup.diskFull', params: shortfall };
    const root = await navigator.storage.getDirectory();
    const folder = (await root.getDirectoryHandle(FOLDER, { create: true })) as Folder;
    // Written under a name no listing takes for a backup, renamed once complete: a worker killed
    // meanwhile leaves no partial `.cdbak` (nor one that pushes a good backup out of the five kept).
    const partName = `${fileName}.part`;
    const file = (await folder.getFileHandle(partName, { create: true })) as FileHandle;
    const writable = await openWritable(file);
    const remove = async () => {
      await (writable.abort ? writable.abort() : writable.close()).catch(() => undefined);
      await folder.removeEntry(partName).catch(() => undefined);
    };
    return {
      async write(part) {
        try {
          await writable.write(part);
        } catch (error) {
          console.error('writing a backup into the browser storage failed', error);
          throw new SinkRefused({ ok: false, code: 'backup.diskFull', params: { neededMB: Math.ceil(expectedBytes / 1048576), freeMB: 0 } });
        }
      },
      async close(): Promise<SinkResult> {
        try {
          await writable.close();
          if (file.move) await file.move(fileName);
          else await copyInto(folder, file, fileName);
        } catch (error) {
          console.error('finishing a backup in the browser storage failed', error);
          await folder.removeEntry(partName).catch(() => undefined);
          return { ok: false, code: 'backup.saveFailed' };
        }
        await prune(folder);
        return { ok: true, path: keptBackupPath(fileName) };
      },
      abort: remove,
    };
  },
};

/** Without `move` (older browsers): the finished file copied to its name, the part removed. */
async function copyInto(folder: Folder, part: FileHandle, fileName: string): Promise<void> {
  const target = (await folder.getFileHandle(fileName, { create: true })) as FileHandle;
  const writable = await openWritable(target);
  const source = await part.getFile();
  for (let at = 0; at < source.size; at += 16 * 1024 * 1024) await writable.write(new Uint8Array(await source.slice(at, at + 16 * 1024 * 1024).arrayBuffer()));
  await writable.close();
  await folder.removeEntry(part.name);
}

/** File names start with their time (`complaint-desk-<yyyyMMdd-HHmmss>`): sorted by name is sorted by age. */
async function prune(folder: Folder): Promise<void> {
  if (!folder.keys) return;
  const names: string[] = [];
  for await (const name of folder.keys()) if (name.endsWith('.cdbak')) names.push(name);
  names.sort();
  for (const name of names.slice(0, Math.max(0, names.length - KEEP))) await folder.removeEntry(name);
}
