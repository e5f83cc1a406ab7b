import * as fs from 'node:fs/promises';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupFileName } from '../../../../src-main/core/backup-rotation';
import type { AutoBackupKind, SaveBackupRequest } from '../../../../src-main/core/contract';
import { createBackupFolder, type BackupFolderOptions } from '../../../../src-main/files/backups';

// Pass-through `open`, so one test can hand the atomic write a file handle that fails.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fs>();
  return { ...actual, open: vi.fn(actual.open) };
});

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
  vi.mocked(fs.open).mockClear();
  await rm(root, { recursive: true, force: true });
});

const plenty = async () => ({ bavail: 10_000_000, bsize: 4096 });
const folder = (options: Partial<BackupFolderOptions> = {}) => createBackupFolder({ dir, now: () => NOW, statfs: plenty, log, ...options });
const backup = (kind: AutoBackupKind = 'daily', bytes = 16): SaveBackupRequest => ({
  kind,
  fileName: 'whatever-the-host-says.cdbak',
  data: bytes <= 4096 ? new Uint8Array(bytes).map((_, i) => i % 251) : new Uint8Array(bytes),
});
const put = async (names: string[]) => {
  await mkdir(dir, { recursive: true });
  for (const name of names) await writeFile(join(dir, name), `old ${name}`);
};

describe('save', () => {
  it('creates the folder and writes the backup under a name main chooses, from its clock and the kind', async () => {
    const request = backup('daily', 1000);
    const result = await folder().save(request, KEEP);
    const expectedName = 'complaint-desk-20261123-093005-daily.cdbak';
    expect(result).toEqual({ status: 'saved', path: join(dir, expectedName), at: NOW - 250 });
    expect(await readdir(dir)).toEqual([expectedName]);
    expect(new Uint8Array(await readFile(join(dir, expectedName)))).toEqual(request.data);
  });

  it('never overwrites: a second backup in the same second gets the next second', async () => {
    const backups = folder();
    const [a, b, c] = await Promise.all([backups.save(backup(), KEEP), backups.save(backup(), KEEP), backups.save(backup('on-quit'), KEEP)]);
    expect([a, b, c].map((r) => r.status === 'saved' && r.path.slice(dir.length + 1))).toEqual([
      'complaint-desk-20261123-093005-daily.cdbak',
      'complaint-desk-20261123-093006-daily.cdbak',
      'complaint-desk-20261123-093005-on-quit.cdbak',
    ]);
    expect(await readdir(dir)).toHaveLength(3);
  });

  it('refuses with backup.diskFull, writing nothing, when free space is under twice the size plus 200 MB', async () => {
    await put(['notes.txt']);
    // 100 MB backup needs 400 MB; 399.5 MB are free.
    const statfs = vi.fn(async () => ({ bavail: 399 * 256 + 128, bsize: 4096 }));
    const result = await folder({ statfs }).save(backup('daily', 100 * MB), KEEP);
    expect(result).toEqual({ status: 'refused', code: 'backup.diskFull', params: { neededMB: 400, freeMB: 399 } });
    expect(statfs).toHaveBeenCalledWith(dir);
    expect(await readdir(dir)).toEqual(['notes.txt']);
    expect(log).toHaveBeenCalledWith('backup refused: not enough free disk space', expect.objectContaining({ neededMB: 400, freeMB: 399 }));
  });

  it('writes when exactly enough is free, and when the free space is unknown', async () => {
    const exact = await folder({ statfs: async () => ({ bavail: (2 * MB + 200 * MB) / 4096, bsize: 4096 }) }).save(backup('daily', MB), KEEP);
    expect(exact.status).toBe('saved');
    const unknown = await folder({
      now: () => NOW + 1000,
      statfs: async () => {
        throw new Error('ENOSYS');
      },
    }).save(backup(), KEEP);
    expect(unknown.status).toBe('saved');
    expect(await readdir(dir)).toHaveLength(2);
  });

  it('refuses with backup.writeFailed and leaves no partial or temp file when the write fails', async () => {
    await put([backupFileName(NOW - DAY, 'daily')]);
    vi.mocked(fs.open).mockImplementationOnce(async (...args) => {
      const real = await (await vi.importActual<typeof fs>('node:fs/promises')).open(...args);
      return {
        writeFile: async (data: Uint8Array) => {
          await real.writeFile(data.slice(0, 3));
          throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        },
        sync: () => real.sync(),
        close: () => real.close(),
      } as unknown as fs.FileHandle;
    });
    const result = await folder().save(backup('daily', 64), KEEP);
    expect(result).toEqual({ status: 'refused', code: 'backup.writeFailed', params: { reason: 'ENOSPC' } });
    expect(await readdir(dir)).toEqual([backupFileName(NOW - DAY, 'daily')]);
    expect(log).toHaveBeenCalledWith('backup write failed', expect.objectContaining({ bytes: 64 }));
  });

  it('refuses with backup.writeFailed when the folder cannot be made', async () => {
    await writeFile(dir, 'a file where the folder should be');
    const result = await folder().save(backup(), KEEP);
    expect(result).toMatchObject({ status: 'refused', code: 'backup.writeFailed', params: { reason: expect.stringMatching(/^E[A-Z]+$/) } });
    expect(await readFile(dir, 'utf8')).toBe('a file where the folder should be');
  });

  it('rotates after the write, keeping the user’s own files', async () => {
    const old = Array.from({ length: 10 }, (_, i) => backupFileName(NOW - (i + 1) * DAY, 'daily'));
    const mine = ['notes.txt', 'complaint-desk-by-hand.cdbak'];
    await put([...old, ...mine]);
    const result = await folder().save(backup(), { keepDaily: 3, keepMonthly: 0 });
    expect(result.status).toBe('saved');
    expect((await readdir(dir)).sort()).toEqual(['complaint-desk-20261123-093005-daily.cdbak', old[0]!, old[1]!, ...mine].sort());
  });

  it('removes the temp file a crashed write left behind, and logs a file rotation cannot delete', async () => {
    const stale = '.complaint-desk-20261120-010203-daily.cdbak.0123456789ab.tmp';
    const stuck = backupFileName(NOW - 3 * DAY, 'daily');
    await put([stale, '.something-else.tmp']);
    await mkdir(join(dir, stuck, 'inside'), { recursive: true });
    const result = await folder().save(backup(), { keepDaily: 1, keepMonthly: 0 });
    expect(result.status).toBe('saved');
    expect((await readdir(dir)).sort()).toEqual(['.something-else.tmp', 'complaint-desk-20261123-093005-daily.cdbak', stuck].sort());
    expect(log).toHaveBeenCalledWith('rotation could not delete a backup', expect.objectContaining({ name: stuck }));
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
