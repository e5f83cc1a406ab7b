import { shell } from 'electron';
import type { BackupFolder } from './backups';

/** Shows the backups folder in the system file manager, creating it first so there is something to show. */
export async function openBackupsFolder(folder: Pick<BackupFolder, 'ensure'>, log: (message: string, detail?: unknown) => void = () => undefined): Promise<void> {
  const path = await folder.ensure();
  // openPath answers an error text instead of rejecting; '' means it opened.
  const failure = await shell.openPath(path);
  if (failure) {
    log('cannot open the backups folder', { path, failure });
    throw new Error(`cannot open ${path}: ${failure}`);
  }
}
