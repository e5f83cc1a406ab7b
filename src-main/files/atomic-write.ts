import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that readers see either the old content or the new, never
 * a torn one: a temp file beside the target, flushed to disk (fsync), then
 * renamed over the target, and the directory flushed so that the rename
 * itself survives a power cut. On any failure before the rename the temp file
 * is removed and the target is untouched.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const temp = tempPathBeside(target);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dirname(target));
}

/** Most file systems take names of up to 255 bytes. */
const NAME_MAX_BYTES = 255;

/**
 * A fresh temp path in the target's folder (a rename never crosses disks):
 * `.<name>.<12 hex>.tmp` (what a backup's leftover is recognised by, core/backup-rotation.ts), or
 * `.<12 hex>.tmp` when that would pass the name limit: an 80-character Chinese file name (240 bytes)
 * is a legal name, and its temp file's was not (ENAMETOOLONG: the PDF was never saved).
 */
export function tempPathBeside(target: string): string {
  const suffix = `.${randomBytes(6).toString('hex')}.tmp`;
  const full = `.${basename(target)}${suffix}`;
  return join(dirname(target), Buffer.byteLength(full) <= NAME_MAX_BYTES ? full : suffix);
}

/**
 * fsync of the directory entry. Windows cannot open a directory for this (and
 * NTFS journals the rename), so a failure here is not a failed write.
 */
export async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // The data is written and renamed; only the durability of the rename is up to the OS now.
  }
}
