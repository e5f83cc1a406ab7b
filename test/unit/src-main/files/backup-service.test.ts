import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_BACKUP_PREFS, type BackupDoneMessage, type BackupPrefs, type SaveBackupRequest } from '../../../../src-main/core/contract';
import { createBackupFolder } from '../../../../src-main/files/backups';
import { BACKUP_TIMEOUT_MS, createBackupService, type BackupService, type RequestedKind } from '../../../../src-main/files/backup-service';

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
const request = (kind: SaveBackupRequest['kind'], text = `backup ${kind}`): SaveBackupRequest => ({ kind, fileName: 'x.cdbak', data: bytes(text) });

/** A service on a real folder; `host` plays the store host: what it does when asked, and its answer. */
function setup(host: (service: BackupService, kind: RequestedKind, requestId: number) => Promise<HostAnswer>, prefs: BackupPrefs = DEFAULT_BACKUP_PREFS) {
  const log = vi.fn();
  const folder = createBackupFolder({ dir, now: () => clock, statfs: async () => ({ bavail: free, bsize: 1 }) });
  let requestId = 0;
  const requestFromHost = vi.fn((kind: RequestedKind, _timeoutMs: number) => host(service, kind, ++requestId));
  const service = createBackupService({ folder, prefs: () => prefs, requestFromHost, log });
  return { service, requestFromHost, log };
}
/** A store host that makes the backup, hands it over and reports how that went. */
const diligent = async (service: BackupService, kind: RequestedKind, requestId: number): Promise<HostAnswer> => {
  const saved = await service.save(request(kind));
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

  it('answers backup.timeout and backup.unavailable when the store host does not answer or is not there', async () => {
    await expect(setup(async () => 'timeout').service.run('daily')).resolves.toEqual({ status: 'refused', code: 'backup.timeout' });
    await expect(setup(async () => 'not-running').service.run('daily')).resolves.toEqual({ status: 'refused', code: 'backup.unavailable' });
    const throwing = setup(async () => {
      throw new Error('Object has been destroyed');
    });
    await expect(throwing.service.run('daily')).resolves.toEqual({ status: 'refused', code: 'backup.unavailable' });
    expect(throwing.log).toHaveBeenCalledWith('backup request to the store host failed', expect.objectContaining({ kind: 'daily' }));
  });

  it('a pre-restore backup handed over meanwhile does not answer the request', async () => {
    const { service } = setup(async (s, kind, requestId) => {
      await s.save(request('pre-restore'));
      return { requestId, ok: true, kind };
    });
    await expect(service.run('daily')).resolves.toEqual({ status: 'refused', code: 'backup.failed' });
    expect(await readdir(dir)).toEqual(['complaint-desk-20261123-093005-pre-restore.cdbak']);
  });

  it('a second call while one runs shares it; a caller that may wait less gets backup.timeout', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let answer!: (value: HostAnswer) => void;
    let handedOver!: () => void;
    const saved$ = new Promise<void>((resolve) => (handedOver = resolve));
    const { service, requestFromHost } = setup(async (s, kind, requestId) => {
      await s.save(request(kind));
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

describe('save', () => {
  it('writes any backup the host hands over (pre-restore too) and rotates with the prefs of the moment', async () => {
    const prefs = { ...DEFAULT_BACKUP_PREFS, keepDaily: 2, keepMonthly: 0 };
    const { service } = setup(diligent, prefs);
    for (let day = 3; day >= 0; day -= 1) {
      clock = new Date(2026, 10, 23 - day, 9).getTime();
      await service.save(request('daily'));
    }
    await service.save(request('pre-restore'));
    expect((await readdir(dir)).sort()).toEqual([
      'complaint-desk-20261122-090000-daily.cdbak',
      'complaint-desk-20261123-090000-daily.cdbak',
      'complaint-desk-20261123-090000-pre-restore.cdbak',
    ]);
    prefs.keepDaily = 1;
    clock += DAY;
    await service.save(request('on-quit'));
    expect((await readdir(dir)).sort()).toEqual(['complaint-desk-20261123-090000-pre-restore.cdbak', 'complaint-desk-20261124-090000-on-quit.cdbak']);
  });
});
