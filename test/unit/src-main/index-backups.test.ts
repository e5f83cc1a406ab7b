/**
 * Backups through the whole main process (src-main/index.ts on the fake
 * electron module and a real profile directory): the store host plays its
 * part over ipc the way the real one does.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bootMain, from, quitFromSystem, until, type Fake } from './boot-main';
import type { FakeBrowserWindow } from './fake-electron';
import { USER_DATA_ENV } from '../../../src-main/core/app-identity';
import {
  HostInvoke,
  HostPush,
  HostSend,
  UiInvoke,
  UiPush,
  type BackupRequestMessage,
  type BackupStreamOpenRequest,
  type BackupStreamOpenResult,
  type SaveBackupResult,
} from '../../../src-main/core/contract';
import { START_DELAY_MS } from '../../../src-main/files/backup-schedule';

vi.mock('electron', () => import('./fake-electron'));

const T0 = new Date(2026, 10, 23, 9, 30, 5).getTime();
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'main-backups-'));
  vi.stubEnv(USER_DATA_ENV, dir);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(async () => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

/** Boots with the store host ready. */
async function boot() {
  const booted = await bootMain();
  booted.electron.ipcMain.emit(HostSend.ready, { sender: booted.host.webContents });
  return booted;
}
const backupRequests = (host: FakeBrowserWindow) =>
  host.webContents.send.mock.calls.filter(([channel]) => channel === HostPush.backupRequest).map(([, m]) => m as BackupRequestMessage);
const flushRequests = (host: FakeBrowserWindow) => host.webContents.send.mock.calls.filter(([channel]) => channel === HostPush.flush);

/** Opens a stream to main as the store host does, and writes `parts` into it. */
async function openAndWrite(electron: Fake, host: FakeBrowserWindow, request: BackupStreamOpenRequest, parts: string[]) {
  const sender = { sender: host.webContents };
  const opened = (await electron.ipcMain.invoke(HostInvoke.backupStreamOpen, sender, request)) as BackupStreamOpenResult;
  if (opened.status !== 'open') throw new Error(`not opened: ${JSON.stringify(opened)}`);
  let bytes = 0;
  for (const part of parts) {
    const data = new TextEncoder().encode(part);
    bytes += data.byteLength;
    await expect(electron.ipcMain.invoke(HostInvoke.backupStreamWrite, sender, { stream: opened.stream, data })).resolves.toEqual({ status: 'written' });
  }
  return { stream: opened.stream, bytes };
}

/** The store host's whole backup: a stream opened, written a part at a time and closed. */
async function streamAsHost(electron: Fake, host: FakeBrowserWindow, request: BackupStreamOpenRequest, text: string) {
  const parts = text.match(/.{1,4}/gs) ?? [];
  const { stream, bytes } = await openAndWrite(electron, host, request, parts);
  return (await electron.ipcMain.invoke(HostInvoke.backupStreamClose, { sender: host.webContents }, { stream, bytes })) as SaveBackupResult;
}

/** What the store host does when asked: make the backup, stream it to main, say it is done. */
async function answerAsHost(electron: Fake, host: FakeBrowserWindow, message: BackupRequestMessage, text = `db ${message.kind}`) {
  const saved = await streamAsHost(electron, host, { kind: message.kind, expectedBytes: text.length }, text);
  electron.ipcMain.emit(HostSend.backupDone, { sender: host.webContents }, { requestId: message.requestId, ok: saved.status === 'saved' });
  return saved;
}

describe('backups from the Settings page', () => {
  it('backupNow asks the store host, main writes the file, backupStatus lists it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
    const { electron, host, main } = await boot();
    const now = electron.ipcMain.invoke(UiInvoke.backupNow, from(main));
    await until(() => backupRequests(host).length === 1);
    const [request] = backupRequests(host);
    expect(request).toEqual({ requestId: expect.any(Number), kind: 'daily' });
    await answerAsHost(electron, host, request!, 'the whole database');
    const path = join(dir, 'backups', 'complaint-desk-20261123-093005-daily.cdbak');
    await expect(now).resolves.toEqual({ status: 'saved', path, at: T0 });
    expect(await readFile(path, 'utf8')).toBe('the whole database');

    const status = await electron.ipcMain.invoke(UiInvoke.backupStatus, from(main));
    expect(status).toEqual({
      folder: join(dir, 'backups'),
      files: [{ name: 'complaint-desk-20261123-093005-daily.cdbak', path, at: T0, bytes: 18, kind: 'daily' }],
      freeBytes: expect.any(Number),
      lastFailure: null,
    });
  });

  it('a UI window cannot stream a backup or read one; nothing is written', async () => {
    const { electron, main } = await boot();
    const calls: [string, unknown][] = [
      [HostInvoke.backupStreamOpen, { kind: 'daily', expectedBytes: 1 }],
      [HostInvoke.backupStreamWrite, { stream: 's', data: new Uint8Array([1]) }],
      [HostInvoke.backupStreamClose, { stream: 's', bytes: 1 }],
      [HostInvoke.backupStreamAbort, { stream: 's' }],
      [HostInvoke.backupSourceRead, { source: 's', at: 0, length: 1 }],
      [HostInvoke.backupSourceRelease, { source: 's' }],
    ];
    for (const [channel, payload] of calls) {
      await expect(electron.ipcMain.invoke(channel, from(main), payload), channel).rejects.toThrow(/not the store host/);
    }
    await expect(readdir(join(dir, 'backups'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('the store host page cannot use the UI backup channels', async () => {
    const { electron, host } = await boot();
    for (const channel of [UiInvoke.backupNow, UiInvoke.backupStatus, UiInvoke.openBackupsFolder, UiInvoke.chooseBackupTarget, UiInvoke.chooseBackupSource]) {
      await expect(electron.ipcMain.invoke(channel, from(host), {}), channel).rejects.toThrow(/not an app page/);
    }
    expect(backupRequests(host)).toEqual([]);
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(electron.dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});

describe('备份到文件 and 从备份恢复', () => {
  it('the store host streams a manual backup to where the user chose in the dialog over the window, once', async () => {
    const { electron, host, main } = await boot();
    const path = join(dir, 'elsewhere', '投诉台备份.cdbak');
    await mkdir(join(dir, 'elsewhere'));
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path });
    const chosen = (await electron.ipcMain.invoke(UiInvoke.chooseBackupTarget, from(main), { suggestedName: '投诉台备份.cdbak' })) as { target: string };
    expect(chosen).toEqual({ status: 'chosen', target: expect.any(String), path });
    expect(electron.dialog.showSaveDialog.mock.calls[0]![0]).toBe(main);

    const request = { kind: 'manual' as const, target: chosen.target, expectedBytes: 20 };
    await expect(streamAsHost(electron, host, request, 'the whole database')).resolves.toEqual({ status: 'saved', path, at: expect.any(Number) });
    expect(await readFile(path, 'utf8')).toBe('the whole database');
    expect(await readdir(join(dir, 'elsewhere'))).toEqual(['投诉台备份.cdbak']);
    await expect(electron.ipcMain.invoke(HostInvoke.backupStreamOpen, { sender: host.webContents }, request)).resolves.toEqual({
      status: 'refused',
      code: 'backup.targetUnknown',
    });
  });

  it('the store host reads the file chosen to restore a range at a time', async () => {
    const { electron, host, main } = await boot();
    const path = join(dir, 'restore-me.cdbak');
    await writeFile(path, 'PK the backup');
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    const chosen = (await electron.ipcMain.invoke(UiInvoke.chooseBackupSource, from(main), {})) as { source: string };
    expect(chosen).toEqual({ status: 'chosen', source: expect.any(String), name: 'restore-me.cdbak', bytes: 13 });
    const read = (at: number, length: number) => electron.ipcMain.invoke(HostInvoke.backupSourceRead, { sender: host.webContents }, { source: chosen.source, at, length });
    await expect(read(3, 3)).resolves.toEqual({ status: 'read', data: new TextEncoder().encode('the') });
    await expect(read(7, 100)).resolves.toEqual({ status: 'read', data: new TextEncoder().encode('backup') });
  });

  it('a crash of the store host ends the streams it had open: no temp file is left', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { electron, host } = await boot();
    await openAndWrite(electron, host, { kind: 'pre-restore', expectedBytes: 8 }, ['half', 'way']);
    expect(await readdir(join(dir, 'backups'))).toHaveLength(1);
    host.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    await until(async () => (await readdir(join(dir, 'backups'))).length === 0);
  });

  it('openBackupsFolder creates and opens the profile’s backups folder, whatever the page passes', async () => {
    const { electron, main } = await boot();
    await electron.ipcMain.invoke(UiInvoke.openBackupsFolder, from(main), '/etc');
    expect(electron.shell.openPath).toHaveBeenCalledExactlyOnceWith(join(dir, 'backups'));
    expect(await readdir(dir)).toContain('backups');
  });
});

describe('the daily backup', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(T0);
  });

  it('is asked for a couple of minutes after start when the folder has none', async () => {
    const { electron, host } = await boot();
    await vi.advanceTimersByTimeAsync(START_DELAY_MS - 1);
    expect(backupRequests(host)).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await until(() => backupRequests(host).length > 0);
    expect(backupRequests(host)).toEqual([{ requestId: expect.any(Number), kind: 'daily' }]);
    await answerAsHost(electron, host, backupRequests(host)[0]!);
    await until(async () => (await readdir(join(dir, 'backups')).catch(() => [])).length > 0);
    expect(await readdir(join(dir, 'backups'))).toEqual(['complaint-desk-20261123-093205-daily.cdbak']);
  });

  it('that fails is told once in a notification opening Settings, shown there with why until one succeeds', async () => {
    const { electron, host, main } = await boot();
    const notices = () => electron.FakeNotification.instances.filter((n) => n.options.title === '自动备份未完成');
    await vi.advanceTimersByTimeAsync(START_DELAY_MS);
    await until(() => backupRequests(host).length === 1);
    // The store host could not make it (its own refusal, not main's).
    electron.ipcMain.emit(HostSend.backupDone, { sender: host.webContents }, { requestId: backupRequests(host)[0]!.requestId, ok: false, code: 'backup.failed' });
    await until(() => notices().length === 1);
    expect(notices()[0]!.options.body).toMatch(/每小时会再试一次/);
    const failed = (await electron.ipcMain.invoke(UiInvoke.backupStatus, from(main))) as { lastFailure: unknown };
    expect(failed.lastFailure).toEqual({ at: T0 + START_DELAY_MS, code: 'backup.failed' });

    // The retry an hour later fails too: shown in Settings with its time, not told again.
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    await until(() => backupRequests(host).length === 2);
    electron.ipcMain.emit(HostSend.backupDone, { sender: host.webContents }, { requestId: backupRequests(host)[1]!.requestId, ok: false, code: 'backup.failed' });
    await until(async () => ((await electron.ipcMain.invoke(UiInvoke.backupStatus, from(main))) as { lastFailure: { at: number } }).lastFailure.at > T0 + START_DELAY_MS);
    expect(notices()).toHaveLength(1);

    // A click opens the backup tab of Settings.
    notices()[0]!.emit('click');
    expect(main.webContents.send).toHaveBeenCalledWith(UiPush.navigate, { route: '/settings/backup' });

    // 立即备份 succeeds: the failure is gone.
    const now = electron.ipcMain.invoke(UiInvoke.backupNow, from(main));
    await until(() => backupRequests(host).length === 3);
    await answerAsHost(electron, host, backupRequests(host)[2]!);
    await now;
    expect(((await electron.ipcMain.invoke(UiInvoke.backupStatus, from(main))) as { lastFailure: unknown }).lastFailure).toBeNull();
  });

  it('is not asked for when the prefs turn it off before it is due', async () => {
    const { electron, host, main } = await boot();
    await electron.ipcMain.invoke(UiInvoke.setPrefs, from(main), { backup: { daily: false, onQuit: true, keepDaily: 7, keepMonthly: 12 } });
    await vi.advanceTimersByTimeAsync(2 * 24 * 60 * 60_000);
    expect(backupRequests(host)).toEqual([]);
  });
});

describe('the backup on quit', () => {
  it('is asked for before the store host is flushed, and written', async () => {
    const { electron, host, main } = await boot();
    quitFromSystem(electron, main);
    await until(() => backupRequests(host).length === 1);
    const [request] = backupRequests(host);
    expect(request!.kind).toBe('on-quit');
    expect(flushRequests(host)).toEqual([]);
    // A second quit request meanwhile neither flushes under the running backup nor asks again.
    electron.app.emit('before-quit', electron.fakeEvent());
    expect(flushRequests(host)).toEqual([]);

    await answerAsHost(electron, host, request!);
    await until(() => flushRequests(host).length === 1);
    electron.ipcMain.emit(HostSend.flushed, { sender: host.webContents }, flushRequests(host)[0]![1]);
    await until(() => electron.app.quit.mock.calls.length === 1);
    expect(backupRequests(host)).toHaveLength(1);
    expect((await readdir(join(dir, 'backups')))[0]).toMatch(/^complaint-desk-\d{8}-\d{6}-on-quit\.cdbak$/);
  });

  it('does not hold the quit longer than 60 s when the store host does not answer (logged)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { electron, host, main } = await boot();
    quitFromSystem(electron, main);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(backupRequests(host)).toHaveLength(1);
    expect(flushRequests(host)).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(flushRequests(host)).toHaveLength(1);
    expect(console.warn).toHaveBeenCalledWith('[backups] quitting without the on-quit backup', { status: 'refused', code: 'backup.timeout' });
    electron.ipcMain.emit(HostSend.flushed, { sender: host.webContents }, flushRequests(host)[0]![1]);
    await vi.advanceTimersByTimeAsync(0);
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ends, after it, any other stream still open: no temp file is left', async () => {
    const { electron, host, main } = await boot();
    await openAndWrite(electron, host, { kind: 'pre-restore', expectedBytes: 8 }, ['half', 'way']);
    quitFromSystem(electron, main);
    await until(() => backupRequests(host).length === 1);
    await answerAsHost(electron, host, backupRequests(host)[0]!);
    // The on-quit backup is in place while the other is still being written.
    expect((await readdir(join(dir, 'backups'))).filter((name) => name.endsWith('.tmp'))).toHaveLength(1);
    await until(() => flushRequests(host).length === 1);
    electron.ipcMain.emit(HostSend.flushed, { sender: host.webContents }, flushRequests(host)[0]![1]);
    await until(() => electron.app.quit.mock.calls.length === 1);
    expect(await readdir(join(dir, 'backups'))).toEqual([expect.stringMatching(/-on-quit\.cdbak$/)]);
  });

  it('is skipped when the prefs say so', async () => {
    const { electron, host, main } = await boot();
    await electron.ipcMain.invoke(UiInvoke.setPrefs, from(main), { backup: { daily: true, onQuit: false, keepDaily: 7, keepMonthly: 12 } });
    quitFromSystem(electron, main);
    expect(flushRequests(host)).toHaveLength(1);
    expect(backupRequests(host)).toEqual([]);
  });
});
