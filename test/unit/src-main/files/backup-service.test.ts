import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_BACKUP_PREFS, type BackupDoneMessage, type BackupPrefs, type SaveBackupResult } from '../../../../src-main/core/contract';
import { createBackupFolder } from '../../../../src-main/files/backups';
import { BACKUP_TIMEOUT_MS, createBackupService, type RequestedKind } from '../../../../src-main/files/backup-service';
import { createBackupStreams, type BackupStreamKind, type BackupStreams } from '../../../../src-main/files/backup-streams';

const DAY = 24 * 60 * 60 * 1000;
let dir: string;
let clock: number;
let free: number;
beforeEach(async () => {
  dir = join(await mkdtemp(join(tmpdir(), 'backup-service-')), 'backups');
  clock = new Date(2026, 10, 23, 9, 30, 5).getTime();
  free = 10 * 1024 ** 3;
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(join(dir, '..'), { recursive: true, force: true });
});

type HostAnswer = BackupDoneMessage | 'timeout' | 'not-running';
const bytes = (text: string) => new TextEncoder().encode(text);

/** What the store host does with a backup it made: opens a stream to main, writes it, closes it. */
async function streamBackup(streams: BackupStreams, kind: BackupStreamKind, text = `backup ${kind}`): Promise<SaveBackupResult> {
  const data = bytes(text);
  const opened = await streams.open(kind === 'manual' ? { kind, target: 'none', expectedBytes: data.byteLength } : { kind, expectedBytes: data.byteLength });
  if (opened.status !== 'open') return opened;
  const written = await streams.write({ stream: opened.stream, data });
  if (written.status !== 'written') return written;
  return streams.close({ stream: opened.stream, bytes: data.byteLength });
}

/** A service whose streams write into a real folder; `host` plays the store host: what it does when asked, and its answer. */
function setup(host: (streams: BackupStreams, kind: RequestedKind, requestId: number) => Promise<HostAnswer>, prefs: BackupPrefs = DEFAULT_BACKUP_PREFS) {
  const log = vi.fn();
  const statfs = async () => ({ bavail: free, bsize: 1 });
  const folder = createBackupFolder({ dir, now: () => clock, statfs });
  const streams = createBackupStreams({
    folder,
    keep: () => prefs,
    takeTarget: () => null,
    onOutcome: (kind, result) => service.outcome(kind, result),
    now: () => clock,
    statfs,
  });
  let requestId = 0;
  const requestFromHost = vi.fn((kind: RequestedKind, _timeoutMs: number) => host(streams, kind, ++requestId));
  const service = createBackupService({ requestFromHost, abandon: (kind) => streams.abortKind(kind), log });
  return { service, streams, requestFromHost, log };
}
/** A store host that makes the backup, streams it to main and reports how that went. */
const diligent = async (streams: BackupStreams, kind: RequestedKind, requestId: number): Promise<HostAnswer> => {
  const saved = await streamBackup(streams, kind);
  return saved.status === 'saved' ? { requestId, ok: true } : { requestId, ok: false, code: saved.code };
};

describe('run', () => {
  it('asks the store host and answers with the path main saved its backup to', async () => {
    const { service, requestFromHost } = setup(diligent);
    const result = await service.run('daily');
    const name = 'complaint-desk-20261123-093005-daily.cdbak';
    expect(result).toEqual({ status: 'saved', path: join(dir, name), at: clock });
    expect(requestFromHost).toHaveBeenCalledExactlyOnceWith('daily', BACKUP_TIMEOUT_MS);
    expect(await readFile(join(dir, name), 'utf8')).toBe('backup daily');
    expect(service.running()).toBe(false);
  });

  it('passes on main’s own refusal with its parameters, not the host’s summary', async () => {
    free = 100 * 1024 * 1024;
    const { service } = setup(diligent);
    await expect(service.run('on-quit', 1000)).resolves.toEqual({ status: 'refused', code: 'backup.diskFull', params: { neededMB: 201, freeMB: 100 } });
    expect(await readdir(dir)).toEqual([]);
  });

  it('answers the host’s code when it could not make the backup, backup.failed when it gave none', async () => {
    const failing = setup(async (_service, _kind, requestId) => ({ requestId, ok: false, code: 'backup.exportFailed' }));
    await expect(failing.service.run('daily')).resolves.toEqual({ status: 'refused', code: 'backup.exportFailed' });
    expect(failing.log).toHaveBeenCalledWith('the store host could not make a backup', expect.objectContaining({ kind: 'daily' }));
    const silent = setup(async (_service, _kind, requestId) => ({ requestId, ok: false }));
    await expect(silent.service.run('daily')).resolves.toEqual({ status: 'refused', code: 'backup.failed' });
    // "Done" without handing anything over is no backup either.
    const empty = setup(async (_service, _kind, requestId) => ({ requestId, ok: true }));
    await expect(empty.service.run('daily')).resolves.toEqual({ status: 'refused', code: 'backup.failed' });
  });

  it('abandons the stream of a backup given up on: no file of it lands later, and the host’s next part is refused', async () => {
    let part: ((data: Uint8Array) => Promise<unknown>) | null = null;
    const { service, streams } = setup(async (streams, kind) => {
      const opened = await streams.open({ kind, expectedBytes: 10 });
      if (opened.status !== 'open') throw new Error('not opened');
      part = (data) => streams.write({ stream: opened.stream, data: data as Uint8Array<ArrayBuffer> });
      await part(new Uint8Array([1, 2, 3]));
      // The host goes on beyond the time main waits.
      return 'timeout';
    });
    await expect(service.run('daily')).resolves.toEqual({ status: 'refused', code: 'backup.timeout' });
    expect(streams.count()).toBe(0);
    await expect(part!(new Uint8Array([4]))).resolves.toMatchObject({ status: 'refused' });
    expect(await readdir(dir).catch(() => [])).toEqual([]);
  });

  it('answers backup.timeout and backup.unavailable when the store host does not answer or is not there', async () => {
    await expect(setup(async () => 'timeout').service.run('daily')).resolves.toEqual({ status: 'refused', code: 'backup.timeout' });
    await expect(setup(async () => 'not-running').service.run('daily')).resolves.toEqual({ status: 'refused', code: 'backup.unavailable' });
    const throwing = setup(async () => {
      throw new Error('Object has been destroyed');
    });
    await expect(throwing.service.run('daily')).resolves.toEqual({ status: 'refused', code: 'backup.unavailable' });
    expect(throwing.log).toHaveBeenCalledWith('backup request to the store host failed', expect.objectContaining({ kind: 'daily' }));
  });

  it('a pre-restore or manual backup streamed meanwhile does not answer the request', async () => {
    const { service } = setup(async (s, kind, requestId) => {
      await streamBackup(s, 'pre-restore');
      await streamBackup(s, 'manual');
      return { requestId, ok: true, kind };
    });
    await expect(service.run('daily')).resolves.toEqual({ status: 'refused', code: 'backup.failed' });
    expect(await readdir(dir)).toEqual(['complaint-desk-20261123-093005-pre-restore.cdbak']);
  });

  it('answers main’s refusal of a write midway (the stream ended), whatever the host then says', async () => {
    const { service } = setup(async (s, kind, requestId) => {
      const opened = await s.open({ kind, expectedBytes: 10 });
      if (opened.status !== 'open') throw new Error('not opened');
      await s.write({ stream: opened.stream, data: bytes('0123456789') });
      // The host's count is off: main refuses the close, and the host reports its own failure.
      await s.close({ stream: opened.stream, bytes: 11 });
      return { requestId, ok: false, code: 'backup.saveFailed' };
    });
    await expect(service.run('daily')).resolves.toEqual({ status: 'refused', code: 'backup.writeFailed', params: { reason: 'length' } });
    expect(await readdir(dir)).toEqual([]);
  });

  it('a second call while one runs shares it; a caller that may wait less gets backup.timeout', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let answer!: (value: HostAnswer) => void;
    let handedOver!: () => void;
    const saved$ = new Promise<void>((resolve) => (handedOver = resolve));
    const { service, requestFromHost } = setup(async (s, kind, requestId) => {
      await streamBackup(s, kind);
      if (requestId > 1) return { requestId, ok: true };
      handedOver();
      return new Promise<HostAnswer>((resolve) => (answer = () => resolve({ requestId, ok: true })));
    });
    const first = service.run('daily');
    const second = service.run('daily');
    const quitting = service.run('on-quit', 60_000);
    expect(service.running()).toBe(true);
    await saved$;
    await vi.advanceTimersByTimeAsync(60_000);
    await expect(quitting).resolves.toEqual({ status: 'refused', code: 'backup.timeout' });
    answer({ requestId: 1, ok: true });
    const saved = { status: 'saved', path: join(dir, 'complaint-desk-20261123-093005-daily.cdbak'), at: clock };
    await expect(first).resolves.toEqual(saved);
    await expect(second).resolves.toEqual(saved);
    expect(requestFromHost).toHaveBeenCalledTimes(1);
    expect(service.running()).toBe(false);
    // Once it is over, the next call makes a backup of its own.
    await expect(service.run('on-quit')).resolves.toMatchObject({ status: 'saved', path: expect.stringMatching(/093005-on-quit\.cdbak$/) });
    expect(requestFromHost).toHaveBeenCalledTimes(2);
  });
});

describe('streams', () => {
  it('write any backup the host streams (pre-restore too) and rotate with the prefs of the moment', async () => {
    const prefs = { ...DEFAULT_BACKUP_PREFS, keepDaily: 2, keepMonthly: 0 };
    const { streams } = setup(diligent, prefs);
    for (let day = 3; day >= 0; day -= 1) {
      clock = new Date(2026, 10, 23 - day, 9).getTime();
      await streamBackup(streams, 'daily');
    }
    await streamBackup(streams, 'pre-restore');
    expect((await readdir(dir)).sort()).toEqual([
      'complaint-desk-20261122-090000-daily.cdbak',
      'complaint-desk-20261123-090000-daily.cdbak',
      'complaint-desk-20261123-090000-pre-restore.cdbak',
    ]);
    prefs.keepDaily = 1;
    clock += DAY;
    await streamBackup(streams, 'on-quit');
    expect((await readdir(dir)).sort()).toEqual(['complaint-desk-20261123-090000-pre-restore.cdbak', 'complaint-desk-20261124-090000-on-quit.cdbak']);
  });
});
