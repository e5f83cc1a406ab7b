import { basename } from 'node:path';
import type { FileFailureKind, FileRefusal } from '../core/contract';

const KINDS: Record<string, FileFailureKind> = {
  // Open in another program (an export still open in Excel).
  EBUSY: 'busy',
  ETXTBSY: 'busy',
  // Windows says so of a file open elsewhere and of a folder without permission alike; macOS of a folder the app may not use.
  EPERM: 'locked',
  EACCES: 'denied',
  EROFS: 'denied',
  ENOSPC: 'full',
  EDQUOT: 'full',
  ENOENT: 'missing',
  // A file larger than the disk's format holds (4 GB on a FAT32 USB stick).
  EFBIG: 'tooBig',
  ENOTDIR: 'missing',
};

/** Why a file could not be written or read, in a word the user's language has a sentence for. */
export function fileFailureKind(error: unknown): FileFailureKind {
  const code = (error as { code?: unknown } | null)?.code;
  return (typeof code === 'string' && KINDS[code]) || 'other';
}

/**
 * A file the user chose that main could not write (`file.writeFailed`) or read (`file.readFailed`):
 * its name and why, for the UI to say in the user's language — not "Error invoking remote method
 * 'ui:save-file': Error: EBUSY…" in English.
 */
export function fileRefusal(code: 'file.writeFailed' | 'file.readFailed', path: string, error: unknown): FileRefusal {
  return { status: 'refused', code, params: { name: basename(path), why: fileFailureKind(error) } };
}
