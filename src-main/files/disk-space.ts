import { statfs as nodeStatfs } from 'node:fs/promises';

/** What a backup needs besides itself: a full disk can corrupt IndexedDB, so the profile keeps a margin. */
export const DISK_MARGIN_BYTES = 200 * 1024 * 1024;
const MB = 1024 * 1024;

export type Statfs = (path: string) => Promise<{ bavail: number | bigint; bsize: number | bigint }>;

/** Free bytes for an unprivileged user on the disk holding `path`; null when the system does not say. */
export async function freeBytes(path: string, statfs: Statfs = nodeStatfs, log: (message: string, detail?: unknown) => void = () => undefined): Promise<number | null> {
  try {
    const { bavail, bsize } = await statfs(path);
    const free = Number(bavail) * Number(bsize);
    return Number.isFinite(free) && free >= 0 ? free : null;
  } catch (error) {
    log('free disk space unknown', { path, error });
    return null;
  }
}

/**
 * Room for a backup of `size` bytes: the file itself, as much again for the
 * database to go on growing after it, and the margin.
 */
export const bytesNeededFor = (size: number): number => 2 * size + DISK_MARGIN_BYTES;

export type SpaceCheck = { ok: true } | { ok: false; neededMB: number; freeMB: number };

/** Whether a backup of `size` bytes fits; an unknown free space does not stop it (the write then fails cleanly if the disk is full). */
export function checkSpace(size: number, free: number | null): SpaceCheck {
  const needed = bytesNeededFor(size);
  if (free === null || free >= needed) return { ok: true };
  return { ok: false, neededMB: Math.ceil(needed / MB), freeMB: Math.floor(free / MB) };
}
