import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupFileName, isBackupTempName } from '../../../../src-main/core/backup-rotation';
import type { BackupStreamOpenRequest, SaveBackupResult } from '../../../../src-main/core/contract';
import { createBackupFolder } from '../../../../src-main/files/backups';
import {
  createBackupStreams,
  MAX_OPEN_STREAMS,
  STREAM_IDLE_MS,
  type BackupStreamKind,
  type BackupStreamsOptions,
  type StreamFile,
} from '../../../../src-main/files/backup-streams';
import { createBackupTargets } from '../../../../src-main/files/backup-targets';
import { until } from '../boot-main';

const MB = 1024 * 1024;
const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date(2026, 10, 23, 9, 30, 5, 250).getTime();
const NAME = 'complaint-desk-20261123-093005-daily.cdbak';
const KEEP = { keepDaily: 7, keepMonthly: 12 };

let root: string;
let dir: string;
let elsewhere: string;
let log: ReturnType<typeof vi.fn<(message: string, detail?: unknown) => void>>;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'backup-streams-'));
  dir = join(root, 'backups');
  elsewhere = join(root, 'usb');
  await mkdir(elsewhere);
  log = vi.fn();
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(root, { recursive: true, force: true });
});

const statfsWith = (freeBytes: number) => async () => ({ bavail: freeBytes, bsize: 1 });
const plenty = statfsWith(100 * 1024 * MB);

function setup(options: Partial<BackupStreamsOptions> = {}) {
  const statfs = options.statfs ?? plenty;
  const folder = createBackupFolder({ dir, now: () => NOW, statfs, log });
  const targets = createBackupTargets({ now: () => NOW });
  const outcomes: [BackupStreamKind, SaveBackupResult][] = [];
  const keep = vi.fn(() => KEEP);
  const streams = createBackupStreams({
    folder,
    keep,
    takeTarget: (id) => targets.take(id),
    onOutcome: (kind, result) => outcomes.push([kind, result]),
    now: () => NOW,
    statfs,
    log,
    ...options,
  });
  return { streams, targets, outcomes, keep };
}

const daily = (expectedBytes = 1000): BackupStreamOpenRequest => ({ kind: 'daily', expectedBytes });
const bytes = (length: number) => new Uint8Array(randomBytes(length));
const concat = (parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
/** Length and digest: comparing megabytes element by element would take the test's whole time. */
const fingerprint = (data: Uint8Array) => `${data.byteLength} ${createHash('sha256').update(data).digest('hex')}`;
const fileFingerprint = async (path: string) => fingerprint(await readFile(path));

async function opened(streams: ReturnType<typeof setup>['streams'], request: BackupStreamOpenRequest = daily()): Promise<string> {
  const result = await streams.open(request);
  if (result.status !== 'open') throw new Error(`not opened: ${JSON.stringify(result)}`);
  return result.stream;
}

/** A real temp file whose `n`th write fails with `code` (after writing part of it, as a full disk does). */
const failingWrite = (n: number, code: string) => async (path: string): Promise<StreamFile> => {
  const real = await open(path, 'wx');
  let writes = 0;
  return {
    write: async (data, offset, length, position) => {
      writes += 1;
      if (writes !== n) return real.write(data, offset, length, position);
      await real.write(data, offset, Math.min(3, length), position);
      throw Object.assign(new Error(code), { code });
    },
    sync: () => real.sync(),
    close: () => real.close(),
  };
};

describe('a stream into the backups folder', () => {
  it('of many parts yields exactly the bytes sent, under the name main chose, and only once closed', async () => {
    const { streams, outcomes } = setup();
    const parts = [bytes(1), new Uint8Array(0), bytes(MB + 7), ...Array.from({ length: 60 }, (_, i) => bytes(1 + ((i * 7919) % 20_000)))];
    const stream = await opened(streams, daily(parts.reduce((sum, p) => sum + p.byteLength, 0)));
    for (const data of parts) await expect(streams.write({ stream, data })).resolves.toEqual({ status: 'written' });

    // Until the close only a temp file is there, recognised as one (a crash's leftover is cleaned).
    const [temp, ...others] = await readdir(dir);
    expect(others).toEqual([]);
    expect(isBackupTempName(temp!)).toBe(true);
    expect(temp!.startsWith(`.${NAME}.`)).toBe(true);

    const total = parts.reduce((sum, p) => sum + p.byteLength, 0);
    const result = await streams.close({ stream, bytes: total });
    expect(result).toEqual({ status: 'saved', path: join(dir, NAME), at: NOW - 250 });
    expect(await readdir(dir)).toEqual([NAME]);
    expect(await fileFingerprint(join(dir, NAME))).toBe(fingerprint(concat(parts)));
    expect(outcomes).toEqual([['daily', result]]);
    expect(streams.count()).toBe(0);
  });

  it('writes parts sent without waiting in the order sent, and a close waits for them', async () => {
    const { streams } = setup();
    const stream = await opened(streams);
    const parts = Array.from({ length: 20 }, (_, i) => bytes(5000 + i));
    const writes = parts.map((data) => streams.write({ stream, data }));
    const closing = streams.close({ stream, bytes: parts.reduce((sum, p) => sum + p.byteLength, 0) });
    await expect(Promise.all(writes)).resolves.toEqual(parts.map(() => ({ status: 'written' })));
    await expect(closing).resolves.toMatchObject({ status: 'saved' });
    expect(await fileFingerprint(join(dir, NAME))).toBe(fingerprint(concat(parts)));
  });

  it('writes a part the system takes a little at a time whole', async () => {
    const { streams } = setup({
      createFile: async (path) => {
        const real = await open(path, 'wx');
        return { write: (data, offset, length, position) => real.write(data, offset, Math.min(length, 1000), position), sync: () => real.sync(), close: () => real.close() };
      },
    });
    const stream = await opened(streams);
    const data = bytes(12_345);
    await streams.write({ stream, data });
    await streams.close({ stream, bytes: data.byteLength });
    expect(await fileFingerprint(join(dir, NAME))).toBe(fingerprint(data));
  });

  it('gives two backups of one kind in one second different names', async () => {
    const { streams } = setup();
    const a = await opened(streams);
    const b = await opened(streams);
    await streams.write({ stream: b, data: bytes(3) });
    const results = [await streams.close({ stream: a, bytes: 0 }), await streams.close({ stream: b, bytes: 3 })];
    expect(results.map((r) => r.status === 'saved' && r.path.slice(dir.length + 1))).toEqual([NAME, 'complaint-desk-20261123-093006-daily.cdbak']);
  });

  it('removes a crashed write’s temp file at the next open, never that of a stream being written', async () => {
    const stale = '.complaint-desk-20261120-010203-daily.cdbak.0123456789ab.tmp';
    await mkdir(dir);
    await writeFile(join(dir, stale), 'half a backup');
    const { streams } = setup();
    const first = await opened(streams);
    await streams.write({ stream: first, data: bytes(10) });
    const firstTemp = (await readdir(dir)).find((name) => name.startsWith(`.${NAME}.`));
    expect(firstTemp).toBeDefined();
    await opened(streams, { kind: 'pre-restore', expectedBytes: 1 });
    const names = await readdir(dir);
    expect(names).not.toContain(stale);
    expect(names).toContain(firstTemp);
    await expect(streams.close({ stream: first, bytes: 10 })).resolves.toMatchObject({ status: 'saved' });
  });

  it('rotates the folder after the close, with the prefs of that moment, keeping the user’s own files', async () => {
    const old = Array.from({ length: 10 }, (_, i) => backupFileName(NOW - (i + 1) * DAY, 'daily'));
    await mkdir(dir);
    for (const name of [...old, 'notes.txt']) await writeFile(join(dir, name), 'old');
    const { streams, keep } = setup();
    keep.mockReturnValue({ keepDaily: 3, keepMonthly: 0 });
    const stream = await opened(streams);
    await streams.write({ stream, data: bytes(8) });
    // Nothing is rotated for a backup that is not there yet.
    expect((await readdir(dir)).filter((name) => !name.endsWith('.tmp'))).toHaveLength(11);
    await streams.close({ stream, bytes: 8 });
    expect((await readdir(dir)).sort()).toEqual([NAME, old[0]!, old[1]!, 'notes.txt'].sort());
  });
});

describe('a refused or failed stream', () => {
  it('refuses an open with backup.diskFull when the disk lacks twice the size plus 200 MB, leaving no file', async () => {
    const { streams, outcomes, targets } = setup({ statfs: statfsWith(399.5 * MB) });
    const refusal = { status: 'refused', code: 'backup.diskFull', params: { neededMB: 400, freeMB: 399 } };
    await expect(streams.open(daily(100 * MB))).resolves.toEqual(refusal);
    const target = targets.issue(join(elsewhere, 'mine.cdbak'));
    await expect(streams.open({ kind: 'manual', target, expectedBytes: 100 * MB })).resolves.toEqual(refusal);
    expect(await readdir(dir)).toEqual([]);
    expect(await readdir(elsewhere)).toEqual([]);
    expect(outcomes).toEqual([['daily', refusal], ['manual', refusal]]);
    expect(streams.count()).toBe(0);
  });

  it('refuses with backup.diskFull when the disk fills up midway: no temp left, older backups untouched, the stream ended', async () => {
    await mkdir(dir);
    const older = backupFileName(NOW - DAY, 'daily');
    await writeFile(join(dir, older), 'yesterday');
    const statfs = vi.fn(plenty);
    const { streams, outcomes } = setup({ statfs, createFile: failingWrite(3, 'ENOSPC') });
    const stream = await opened(streams, daily(10 * MB));
    await streams.write({ stream, data: bytes(100) });
    await streams.write({ stream, data: bytes(100) });
    statfs.mockResolvedValue({ bavail: 5 * MB, bsize: 1 });
    const refusal = { status: 'refused', code: 'backup.diskFull', params: { neededMB: 220, freeMB: 5 } };
    await expect(streams.write({ stream, data: bytes(100) })).resolves.toEqual(refusal);
    expect(await readdir(dir)).toEqual([older]);
    expect(await readFile(join(dir, older), 'utf8')).toBe('yesterday');
    expect(outcomes).toEqual([['daily', refusal]]);
    // Ended: what comes after is refused, no file appears.
    await expect(streams.write({ stream, data: bytes(1) })).resolves.toEqual({ status: 'refused', code: 'backup.streamUnknown' });
    await expect(streams.close({ stream, bytes: 200 })).resolves.toEqual({ status: 'refused', code: 'backup.streamUnknown' });
    expect(await readdir(dir)).toEqual([older]);
    expect(streams.count()).toBe(0);
  });

  it('counts a full quota (EDQUOT) as a full disk too', async () => {
    const { streams } = setup({ createFile: failingWrite(1, 'EDQUOT') });
    const stream = await opened(streams);
    await expect(streams.write({ stream, data: bytes(10) })).resolves.toMatchObject({ code: 'backup.diskFull' });
  });

  it('refuses another write failure with backup.writeFailed and its reason, and a manual one with the file’s name and why', async () => {
    const { streams, targets } = setup({ createFile: failingWrite(1, 'EIO') });
    const stream = await opened(streams);
    await expect(streams.write({ stream, data: bytes(10) })).resolves.toEqual({ status: 'refused', code: 'backup.writeFailed', params: { reason: 'EIO' } });
    const target = targets.issue(join(elsewhere, '投诉台备份.cdbak'));
    const manual = await opened(streams, { kind: 'manual', target, expectedBytes: 10 });
    await expect(streams.write({ stream: manual, data: bytes(10) })).resolves.toEqual({
      status: 'refused',
      code: 'file.writeFailed',
      params: { name: '投诉台备份.cdbak', why: 'other' },
    });
    expect(await readdir(dir)).toEqual([]);
    expect(await readdir(elsewhere)).toEqual([]);
  });

  it('refuses a close whose byte count differs from what was written, leaving no file', async () => {
    const { streams, outcomes } = setup();
    const stream = await opened(streams);
    await streams.write({ stream, data: bytes(10) });
    const refusal = { status: 'refused', code: 'backup.writeFailed', params: { reason: 'length' } };
    await expect(streams.close({ stream, bytes: 11 })).resolves.toEqual(refusal);
    expect(await readdir(dir)).toEqual([]);
    expect(outcomes).toEqual([['daily', refusal]]);
    expect(streams.count()).toBe(0);
  });

  it('refuses a close whose flush fails, leaving no file', async () => {
    const { streams } = setup({
      createFile: async (path) => {
        const real = await open(path, 'wx');
        return {
          write: (data, offset, length, position) => real.write(data, offset, length, position),
          sync: async () => Promise.reject(Object.assign(new Error('i/o'), { code: 'EIO' })),
          close: () => real.close(),
        };
      },
    });
    const stream = await opened(streams);
    await streams.write({ stream, data: bytes(10) });
    await expect(streams.close({ stream, bytes: 10 })).resolves.toEqual({ status: 'refused', code: 'backup.writeFailed', params: { reason: 'EIO' } });
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses an open whose temp file cannot be made, holding no name', async () => {
    const { streams } = setup({ createFile: async () => Promise.reject(Object.assign(new Error('denied'), { code: 'EACCES' })) });
    await expect(streams.open(daily())).resolves.toEqual({ status: 'refused', code: 'backup.writeFailed', params: { reason: 'EACCES' } });
    expect(streams.count()).toBe(0);
  });
});

describe('a manual backup', () => {
  it('is written to the path its target was issued for, beside which its temp file lives', async () => {
    const { streams, targets, outcomes } = setup();
    const path = join(elsewhere, '投诉台备份-20261123.cdbak');
    const stream = await opened(streams, { kind: 'manual', target: targets.issue(path), expectedBytes: 20 });
    const data = bytes(20);
    await streams.write({ stream, data });
    expect((await readdir(elsewhere))[0]).toMatch(/^\.投诉台备份-20261123\.cdbak\.[0-9a-f]{12}\.tmp$/);
    await expect(streams.close({ stream, bytes: 20 })).resolves.toEqual({ status: 'saved', path, at: NOW });
    expect(new Uint8Array(await readFile(path))).toEqual(data);
    expect(await readdir(elsewhere)).toEqual(['投诉台备份-20261123.cdbak']);
    expect(outcomes).toEqual([['manual', { status: 'saved', path, at: NOW }]]);
  });

  it('takes its target once: a used or unknown target is refused with backup.targetUnknown', async () => {
    const { streams, targets } = setup();
    const target = targets.issue(join(elsewhere, 'a.cdbak'));
    await opened(streams, { kind: 'manual', target, expectedBytes: 1 });
    const refusal = { status: 'refused', code: 'backup.targetUnknown' };
    await expect(streams.open({ kind: 'manual', target, expectedBytes: 1 })).resolves.toEqual(refusal);
    await expect(streams.open({ kind: 'manual', target: 'f'.repeat(32), expectedBytes: 1 })).resolves.toEqual(refusal);
    expect(streams.count()).toBe(1);
  });
});

describe('ending streams', () => {
  it('abort removes the temp file; later writes are refused; an unknown id is ignored', async () => {
    const { streams, outcomes } = setup();
    const stream = await opened(streams);
    await streams.write({ stream, data: bytes(10) });
    await streams.abort({ stream });
    expect(await readdir(dir)).toEqual([]);
    await expect(streams.write({ stream, data: bytes(1) })).resolves.toEqual({ status: 'refused', code: 'backup.streamUnknown' });
    await expect(streams.abort({ stream })).resolves.toBeUndefined();
    await expect(streams.abort({ stream: 'never-issued' })).resolves.toBeUndefined();
    expect(outcomes).toEqual([]);
    // The next backup is made as if none had been tried.
    const next = await opened(streams);
    await expect(streams.close({ stream: next, bytes: 0 })).resolves.toMatchObject({ status: 'saved' });
    expect(await readdir(dir)).toHaveLength(1);
  });

  it(`keeps at most ${MAX_OPEN_STREAMS} open; one more is refused with backup.busy until one ends`, async () => {
    const { streams, outcomes } = setup();
    const ids = [];
    for (let i = 0; i < MAX_OPEN_STREAMS; i += 1) ids.push(await opened(streams));
    await expect(streams.open(daily())).resolves.toEqual({ status: 'refused', code: 'backup.busy' });
    expect(outcomes).toEqual([['daily', { status: 'refused', code: 'backup.busy' }]]);
    await streams.abort({ stream: ids[0]! });
    await expect(streams.open(daily())).resolves.toMatchObject({ status: 'open' });
  });

  it('abortAll (the store host went away) ends every open stream and removes their temp files', async () => {
    const { streams, targets } = setup();
    const a = await opened(streams);
    const b = await opened(streams, { kind: 'manual', target: targets.issue(join(elsewhere, 'b.cdbak')), expectedBytes: 5 });
    await streams.write({ stream: a, data: bytes(5) });
    await streams.write({ stream: b, data: bytes(5) });
    await streams.abortAll();
    expect(streams.count()).toBe(0);
    expect(await readdir(dir)).toEqual([]);
    expect(await readdir(elsewhere)).toEqual([]);
    await expect(streams.close({ stream: a, bytes: 5 })).resolves.toEqual({ status: 'refused', code: 'backup.streamUnknown' });
  });

  it('does not keep a stream whose open was under way when everything was aborted', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let creating = false;
    const { streams } = setup({
      createFile: async (path) => {
        creating = true;
        await gate;
        return open(path, 'wx');
      },
    });
    const opening = streams.open(daily());
    await until(() => creating);
    await streams.abortAll();
    release();
    await expect(opening).resolves.toEqual({ status: 'refused', code: 'backup.streamUnknown' });
    expect(streams.count()).toBe(0);
    expect(await readdir(dir)).toEqual([]);
  });

  it(`aborts a stream idle for ${STREAM_IDLE_MS / 60_000} minutes; each write restarts the wait`, async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { streams } = setup();
    const stream = await opened(streams);
    vi.advanceTimersByTime(STREAM_IDLE_MS - 1);
    await streams.write({ stream, data: bytes(4) });
    vi.advanceTimersByTime(STREAM_IDLE_MS - 1);
    expect(streams.count()).toBe(1);
    vi.advanceTimersByTime(1);
    expect(streams.count()).toBe(0);
    await until(async () => (await readdir(dir)).length === 0);
    expect(log).toHaveBeenCalledWith('backup stream idle; aborted', { kind: 'daily', written: 4 });
    await expect(streams.write({ stream, data: bytes(1) })).resolves.toEqual({ status: 'refused', code: 'backup.streamUnknown' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('leaves no timer behind once closed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { streams } = setup();
    const stream = await opened(streams);
    await streams.close({ stream, bytes: 0 });
    expect(vi.getTimerCount()).toBe(0);
  });
});
