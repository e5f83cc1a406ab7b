import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { FakeBrowserWindow, FakeWebContents, asContents, asWindow, ipcMain, resetFakeElectron } from '../fake-electron';
import { createStoreHostSupervisor, NotStoreHostError, type SupervisorOptions } from '../../../../src-main/store-host/supervisor';
import { HostInvoke, HostPush, HostSend, MAX_BACKUP_PART_BYTES } from '../../../../src-main/core/contract';

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

  const files = () => ({
    open: vi.fn(async () => ({ status: 'open' as const, stream: 's1' })),
    write: vi.fn(async () => ({ status: 'written' as const })),
    close: vi.fn(async () => saved),
    abort: vi.fn(async () => undefined),
    read: vi.fn(async () => ({ status: 'read' as const, data: new Uint8Array([7]) })),
    release: vi.fn(async () => undefined),
  });
  /** Each backup channel, a valid request on it, the member of the backup files it reaches and that member's answer. */
  const calls = [
    [HostInvoke.backupStreamOpen, { kind: 'daily', expectedBytes: 1000 }, 'open', { status: 'open', stream: 's1' }],
    [HostInvoke.backupStreamOpen, { kind: 'manual', target: 't1', expectedBytes: 0 }, 'open', { status: 'open', stream: 's1' }],
    [HostInvoke.backupStreamWrite, { stream: 's1', data: new Uint8Array([1, 2]) }, 'write', { status: 'written' }],
    [HostInvoke.backupStreamClose, { stream: 's1', bytes: 2 }, 'close', saved],
    [HostInvoke.backupStreamAbort, { stream: 's1' }, 'abort', undefined],
    [HostInvoke.backupSourceRead, { source: 'r1', at: 0, length: 1 }, 'read', { status: 'read', data: new Uint8Array([7]) }],
    [HostInvoke.backupSourceRelease, { source: 'r1' }, 'release', undefined],
  ] as const;

  it('hands each valid backup call of the store host to main’s backup files and answers theirs', async () => {
    const backupFiles = files();
    setup({ backupFiles }).start();
    const sender = currentHost().webContents;
    for (const [channel, payload, member, answer] of calls) {
      await expect(ipcMain.invoke(channel, { sender }, payload), channel).resolves.toEqual(answer);
      expect(backupFiles[member], channel).toHaveBeenLastCalledWith(payload);
    }
    expect(Object.values(HostInvoke).sort()).toEqual([...new Set(calls.map(([channel]) => channel))].sort());
    // The host names no path: anything else it sends along never reaches the files.
    await ipcMain.invoke(HostInvoke.backupStreamOpen, { sender }, { kind: 'daily', expectedBytes: 1, path: '/etc/passwd' });
    expect(backupFiles.open).toHaveBeenLastCalledWith({ kind: 'daily', expectedBytes: 1 });
  });

  it('refuses every backup call from any other sender, a UI window included, without reaching the files', async () => {
    const backupFiles = files();
    const supervisor = setup({ backupFiles });
    supervisor.start();
    const ui = new FakeBrowserWindow();
    ui.webContents.navigate('file:///app/out/renderer/index.html');
    supervisor.connect(asContents(ui.webContents));
    const old = currentHost();
    for (const [channel, payload] of calls) {
      for (const sender of [ui.webContents, new FakeWebContents()]) {
        await expect(ipcMain.invoke(channel, { sender }, payload), channel).rejects.toBeInstanceOf(NotStoreHostError);
      }
    }
    // A host that crashed is no longer the host.
    crash(old);
    for (const [channel, payload] of calls) {
      await expect(ipcMain.invoke(channel, { sender: old.webContents }, payload), channel).rejects.toBeInstanceOf(NotStoreHostError);
    }
    for (const member of Object.values(backupFiles)) expect(member).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith('refused a backup call from a sender that is not the store host', {
      channel: HostInvoke.backupStreamWrite,
      senderId: ui.webContents.id,
    });
  });

  it('refuses a malformed backup call from the host', async () => {
    const backupFiles = files();
    setup({ backupFiles }).start();
    const sender = currentHost().webContents;
    const malformed: [string, unknown][] = [
      [HostInvoke.backupStreamOpen, undefined],
      [HostInvoke.backupStreamOpen, { kind: 'weekly', expectedBytes: 1 }],
      [HostInvoke.backupStreamOpen, { kind: 'daily', expectedBytes: -1 }],
      [HostInvoke.backupStreamOpen, { kind: 'manual', expectedBytes: 1 }],
      [HostInvoke.backupStreamWrite, { stream: 's1', data: 'bytes' }],
      [HostInvoke.backupStreamWrite, { stream: 's1', data: [1, 2] }],
      [HostInvoke.backupStreamWrite, { stream: '', data: new Uint8Array(1) }],
      [HostInvoke.backupStreamWrite, { stream: 's1', data: new Uint8Array(MAX_BACKUP_PART_BYTES + 1) }],
      [HostInvoke.backupStreamClose, { stream: 's1', bytes: 1.5 }],
      [HostInvoke.backupStreamAbort, { stream: 7 }],
      [HostInvoke.backupSourceRead, { source: 'r1', at: -1, length: 1 }],
      [HostInvoke.backupSourceRead, { source: 'r1', at: 0, length: 0 }],
      [HostInvoke.backupSourceRead, { source: 'r1', at: 0, length: MAX_BACKUP_PART_BYTES + 1 }],
    ];
    for (const [index, [channel, payload]] of malformed.entries()) {
      await expect(ipcMain.invoke(channel, { sender }, payload), `${channel} #${index}`).rejects.toThrow();
    }
    for (const member of Object.values(backupFiles)) expect(member).not.toHaveBeenCalled();
  });

  it('tells when the host’s page goes or starts afresh, so what it had open in main is ended', () => {
    const onHostReset = vi.fn();
    const supervisor = setup({ onHostReset });
    supervisor.start();
    expect(onHostReset).not.toHaveBeenCalled();
    // Its page (re)loaded: whatever an earlier page opened is orphaned.
    sendReady();
    expect(onHostReset).toHaveBeenCalledTimes(1);
    crash();
    expect(onHostReset).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(250);
    currentHost().destroy();
    expect(onHostReset).toHaveBeenCalledTimes(3);
    vi.advanceTimersByTime(60_000);
    supervisor.stop();
    expect(onHostReset).toHaveBeenCalledTimes(4);
    // A stranger saying ready is not the host.
    sendReady(new FakeWebContents());
    expect(onHostReset).toHaveBeenCalledTimes(4);
  });
});
