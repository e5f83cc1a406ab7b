import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { FakeBrowserWindow, FakeWebContents, asContents, asWindow, ipcMain, resetFakeElectron } from '../fake-electron';
import { createStoreHostSupervisor, NotStoreHostError, type SupervisorOptions } from '../../../../src-main/store-host/supervisor';
import { HostInvoke, HostPush, HostSend } from '../../../../src-main/core/contract';

vi.mock('electron', () => import('../fake-electron'));

let log: Mock<(message: string, detail?: unknown) => void>;

function setup(options: Partial<SupervisorOptions> = {}) {
  return createStoreHostSupervisor({ createHostWindow: () => asWindow(new FakeBrowserWindow({ show: false })), log, ...options });
}
const hosts = () => FakeBrowserWindow.instances.filter((window) => window.options.show === false);
const currentHost = () => hosts()[hosts().length - 1]!;
const sendReady = (from: FakeWebContents = currentHost().webContents) => ipcMain.emit(HostSend.ready, { sender: from });
const crash = (host = currentHost()) => host.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });

beforeEach(() => {
  resetFakeElectron();
  vi.useFakeTimers();
  log = vi.fn();
});
afterEach(() => vi.useRealTimers());

describe('backups', () => {
  const backupRequests = (host: FakeBrowserWindow) =>
    host.webContents.send.mock.calls.filter(([channel]) => channel === HostPush.backupRequest).map(([, m]) => m as { requestId: number; kind: string });
  const done = (from: FakeWebContents, message: unknown) => ipcMain.emit(HostSend.backupDone, { sender: from }, message);
  const saved = { status: 'saved' as const, path: '/u/backups/complaint-desk-20261123-093005-daily.cdbak', at: 1 };
  const request = { kind: 'daily', fileName: 'complaint-desk-20261123-093005-daily.cdbak', data: new Uint8Array([1, 2]) };

  it('asks the ready host for a backup and resolves with its answer', async () => {
    const supervisor = setup();
    supervisor.start();
    sendReady();
    const answer = supervisor.requestBackup('on-quit', 1000);
    const host = currentHost();
    const [message] = backupRequests(host);
    expect(message).toEqual({ requestId: expect.any(Number), kind: 'on-quit' });
    // Only the host's own answer to this request counts.
    done(new FakeWebContents(), { requestId: message!.requestId, ok: true });
    done(host.webContents, { requestId: message!.requestId + 1, ok: true });
    done(host.webContents, { requestId: message!.requestId, ok: 'yes' });
    expect(log).toHaveBeenCalledWith('malformed backup answer from the store host', expect.anything());
    done(host.webContents, { requestId: message!.requestId, ok: false, code: 'backup.exportFailed' });
    await expect(answer).resolves.toEqual({ requestId: message!.requestId, ok: false, code: 'backup.exportFailed' });
  });

  it('is not-running without a ready host, timeout without an answer, not-running when the host dies or stops meanwhile', async () => {
    const supervisor = setup();
    await expect(supervisor.requestBackup('daily', 1000)).resolves.toBe('not-running');
    supervisor.start();
    await expect(supervisor.requestBackup('daily', 1000)).resolves.toBe('not-running');
    sendReady();
    const silent = supervisor.requestBackup('daily', 1000);
    vi.advanceTimersByTime(1000);
    await expect(silent).resolves.toBe('timeout');
    const crashing = supervisor.requestBackup('daily', 60_000);
    crash();
    await expect(crashing).resolves.toBe('not-running');
    vi.advanceTimersByTime(250);
    sendReady();
    const stopping = supervisor.requestBackup('daily', 60_000);
    supervisor.stop();
    await expect(stopping).resolves.toBe('not-running');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('hands a valid backup from the store host to saveBackup and returns its result', async () => {
    const saveBackup = vi.fn(async () => saved);
    const supervisor = setup({ saveBackup });
    supervisor.start();
    const host = currentHost();
    await expect(ipcMain.invoke(HostInvoke.saveBackup, { sender: host.webContents }, request)).resolves.toEqual(saved);
    expect(saveBackup).toHaveBeenCalledExactlyOnceWith(request);
  });

  it('refuses a backup from any other sender, a UI window included, without writing', async () => {
    const saveBackup = vi.fn(async () => saved);
    const supervisor = setup({ saveBackup });
    supervisor.start();
    const ui = new FakeBrowserWindow();
    ui.webContents.navigate('file:///app/out/renderer/index.html');
    supervisor.connect(asContents(ui.webContents));
    for (const sender of [ui.webContents, new FakeWebContents()]) {
      await expect(ipcMain.invoke(HostInvoke.saveBackup, { sender }, request)).rejects.toBeInstanceOf(NotStoreHostError);
    }
    // A host that crashed is no longer the host.
    const old = currentHost();
    crash(old);
    await expect(ipcMain.invoke(HostInvoke.saveBackup, { sender: old.webContents }, request)).rejects.toBeInstanceOf(NotStoreHostError);
    expect(saveBackup).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith('refused a backup from a sender that is not the store host', { senderId: ui.webContents.id });
  });

  it('refuses a malformed backup from the host', async () => {
    const saveBackup = vi.fn(async () => saved);
    const supervisor = setup({ saveBackup });
    supervisor.start();
    const sender = currentHost().webContents;
    for (const payload of [
      undefined,
      { ...request, kind: 'weekly' },
      { ...request, fileName: '../../evil.cdbak' },
      { ...request, fileName: 'backup.exe' },
      { ...request, data: 'bytes' },
      { ...request, data: [1, 2] },
    ]) {
      await expect(ipcMain.invoke(HostInvoke.saveBackup, { sender }, payload), JSON.stringify(payload)).rejects.toThrow();
    }
    expect(saveBackup).not.toHaveBeenCalled();
  });
});
