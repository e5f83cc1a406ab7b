/**
 * Where the browser build keeps the backups it makes itself (the one before a restore): files in the
 * origin private file system's `backups/` folder, logged with the path `opfs:backups/<file name>`.
 * The store host writes them (store/backup/opfs.ts); the page reads one back to download it
 * (platform/web.ts), as no file picker reaches that folder.
 */
export const KEPT_BACKUPS_FOLDER = 'backups';
const PREFIX = `opfs:${KEPT_BACKUPS_FOLDER}/`;

export const keptBackupPath = (fileName: string): string => `${PREFIX}${fileName}`;

/** The file name of a backup kept in the browser's own storage, or null for a path elsewhere (a desktop folder, a download). */
export function keptBackupName(path: string): string | null {
  if (!path.startsWith(PREFIX)) return null;
  const name = path.slice(PREFIX.length);
  return name !== '' && !name.includes('/') ? name : null;
}
