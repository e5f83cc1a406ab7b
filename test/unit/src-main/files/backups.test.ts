import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupFileName } from '../../../../src-main/core/backup-rotation';
import type { FileRefusal } from '../../../../src-main/core/contract';
import { createBackupFolder, type BackupFolderOptions, type BackupSlot } from '../../../../src-main/files/backups';

const MB = 1024 * 1024;
const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date(2026, 10, 23, 9, 30, 5, 250).getTime();
const KEEP = { keepDaily: 7, keepMonthly: 12 };

let root: string;
let dir: string;
let log: ReturnType<typeof vi.fn<(message: string, detail?: unknown) => void>>;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'backups-'));
  dir = join(root, 'backups');
  log = vi.fn();
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const plenty = async () => ({ bavail: 10_000_000, bsize: 4096 });
const folder = (options: Partial<BackupFolderOptions> = {}) => createBackupFolder({ dir, now: () => NOW, statfs: plenty, log, ...options });
const put = async (names: string[]) => {
  await mkdir(dir, { recursive: true });
  for (const name of names) await writeFile(join(dir, name), `old ${name}`);
};
function reserved(result: BackupSlot | FileRefusal): BackupSlot {
  if (result.status !== 'reserved') throw new Error(`refused: ${JSON.stringify(result)}`);
  return result;
}
/** What the stream does with a slot: the file in place, then done. */
async function fill(slot: BackupSlot, keep = KEEP) {
  await writeFile(slot.path, 'backup');
  await slot.done(keep);
}

describe('reserve', () => {
  it('creates the folder and names the backup itself, from its clock and the kind', async () => {
    const slot = reserved(await folder().reserve('daily', 1000));
    const expectedName = 'complaint-desk-20261123-093005-daily.cdbak';
    expect(slot).toMatchObject({ status: 'reserved', name: expectedName, path: join(dir, expectedName), at: NOW - 250 });
    expect(await readdir(dir)).toEqual([]);
  });

  it('never gives a name twice: a second backup in the same second gets the next second, even before the first is written', async () => {
    const backups = folder();
    const slots = (await Promise.all([backups.reserve('daily', 1), backups.reserve('daily', 1), backups.reserve('on-quit', 1)])).map(reserved);
    expect(slots.map((slot) => slot.name)).toEqual([
      'complaint-desk-20261123-093005-daily.cdbak',
      'complaint-desk-20261123-093006-daily.cdbak',
      'complaint-desk-20261123-093005-on-quit.cdbak',
    ]);
    for (const slot of slots) await fill(slot);
    // Nor is a name given again once its file is written, or after its backup was given up.
    const later = reserved(await backups.reserve('daily', 1));
    later.release();
    expect(later.name).toBe('complaint-desk-20261123-093007-daily.cdbak');
    expect(reserved(await backups.reserve('daily', 1)).name).toBe('complaint-desk-20261123-093008-daily.cdbak');
  });

  it('refuses with backup.diskFull, holding nothing, when free space is under twice the size plus 200 MB', async () => {
    await put(['notes.txt']);
    // 100 MB backup needs 400 MB; 399.5 MB are free.
    const statfs = vi.fn(async () => ({ bavail: 399 * 256 + 128, bsize: 4096 }));
    const result = await folder({ statfs }).reserve('daily', 100 * MB);
    expect(result).toEqual({ status: 'refused', code: 'backup.diskFull', params: { neededMB: 400, freeMB: 399 } });
    expect(statfs).toHaveBeenCalledWith(dir);
    expect(await readdir(dir)).toEqual(['notes.txt']);
    expect(log).toHaveBeenCalledWith('backup refused: not enough free disk space', expect.objectContaining({ neededMB: 400, freeMB: 399 }));
  });

  it('reserves when exactly enough is free, and when the free space is unknown', async () => {
    const exact = await folder({ statfs: async () => ({ bavail: (2 * MB + 200 * MB) / 4096, bsize: 4096 }) }).reserve('daily', MB);
    expect(exact.status).toBe('reserved');
    const unknown = await folder({
      statfs: async () => {
        throw new Error('ENOSYS');
      },
    }).reserve('daily', 10 * 1024 * MB);
    expect(unknown.status).toBe('reserved');
  });

  it('refuses with backup.writeFailed when the folder cannot be made', async () => {
    await writeFile(dir, 'a file where the folder should be');
    const result = await folder().reserve('daily', 1);
    expect(result).toMatchObject({ status: 'refused', code: 'backup.writeFailed', params: { reason: expect.stringMatching(/^E[A-Z]+$/) } });
    expect(await readFile(dir, 'utf8')).toBe('a file where the folder should be');
  });

  it('rotates once the backup is in place, keeping it and the user’s own files', async () => {
    const old = Array.from({ length: 10 }, (_, i) => backupFileName(NOW - (i + 1) * DAY, 'daily'));
    const mine = ['notes.txt', 'complaint-desk-by-hand.cdbak'];
    await put([...old, ...mine]);
    const slot = reserved(await folder().reserve('daily', 1));
    expect(await readdir(dir)).toHaveLength(12);
    await fill(slot, { keepDaily: 3, keepMonthly: 0 });
    expect((await readdir(dir)).sort()).toEqual(['complaint-desk-20261123-093005-daily.cdbak', old[0]!, old[1]!, ...mine].sort());
  });

  it('removes the temp file a crashed write left behind, not one being written, and logs a file rotation cannot delete', async () => {
    const stale = '.complaint-desk-20261120-010203-daily.cdbak.0123456789ab.tmp';
    const stuck = backupFileName(NOW - 3 * DAY, 'daily');
    await put([stale, '.something-else.tmp']);
    await mkdir(join(dir, stuck, 'inside'), { recursive: true });
    const backups = folder();
    const writing = reserved(await backups.reserve('on-quit', 1));
    const writingTemp = `.${writing.name}.abcdef012345.tmp`;
    await writeFile(join(dir, writingTemp), 'half');
    const slot = reserved(await backups.reserve('daily', 1));
    await fill(slot, { keepDaily: 1, keepMonthly: 0 });
    expect((await readdir(dir)).sort()).toEqual(['.something-else.tmp', writingTemp, 'complaint-desk-20261123-093005-daily.cdbak', stuck].sort());
    expect(log).toHaveBeenCalledWith('rotation could not delete a backup', expect.objectContaining({ name: stuck }));
    // Given up, its temp file is a leftover like any other.
    writing.release();
    await backups.reserve('daily', 1);
    expect(await readdir(dir)).not.toContain(writingTemp);
  });
});

describe('list, status and newestAutomaticAt', () => {
  it('list our backups newest first with kind, time and size, and nothing else', async () => {
    const names = [backupFileName(NOW - 2 * DAY, 'daily'), backupFileName(NOW - DAY, 'pre-restore'), backupFileName(NOW - 3 * DAY, 'on-quit')];
    await put([...names, 'notes.txt']);
    await mkdir(join(dir, backupFileName(NOW, 'daily')));
    const files = await folder().list();
    expect(files).toEqual([
      { name: names[1], path: join(dir, names[1]!), at: Math.floor((NOW - DAY) / 1000) * 1000, bytes: `old ${names[1]}`.length, kind: 'pre-restore' },
      { name: names[0], path: join(dir, names[0]!), at: Math.floor((NOW - 2 * DAY) / 1000) * 1000, bytes: `old ${names[0]}`.length, kind: 'daily' },
      { name: names[2], path: join(dir, names[2]!), at: Math.floor((NOW - 3 * DAY) / 1000) * 1000, bytes: `old ${names[2]}`.length, kind: 'on-quit' },
    ]);
    expect(await folder().newestAutomaticAt()).toBe(Math.floor((NOW - 2 * DAY) / 1000) * 1000);
    expect(await folder().newestAutomaticAt(NOW - 2 * DAY - 1000)).toBe(Math.floor((NOW - 3 * DAY) / 1000) * 1000);
  });

  it('status creates a missing folder and reports the free space of its disk', async () => {
    const statfs = vi.fn(async () => ({ bavail: 1000, bsize: 4096 }));
    await expect(folder({ statfs }).status()).resolves.toEqual({ folder: dir, files: [], freeBytes: 4_096_000 });
    expect(statfs).toHaveBeenCalledWith(dir);
    expect(await readdir(root)).toEqual(['backups']);
  });

  it('status answers with free space unknown when the system cannot say', async () => {
    const status = await folder({ statfs: async () => Promise.reject(new Error('nope')) }).status();
    expect(status).toEqual({ folder: dir, files: [], freeBytes: null });
  });

  it('an empty or missing folder has no automatic backup', async () => {
    await expect(folder().newestAutomaticAt()).resolves.toBeNull();
    await put([backupFileName(NOW, 'pre-restore')]);
    await expect(folder().newestAutomaticAt()).resolves.toBeNull();
    await expect(folder().list()).resolves.toHaveLength(1);
  });
});
