import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { FakeBrowserWindow, FakeMessageChannelMain, FakeWebContents, asContents, asWindow, ipcMain, resetFakeElectron } from '../fake-electron';
import { MAX_QUEUED_REPORTS, type AlertReport } from '../../../../src-main/core/alert-feed';
import { createStoreHostSupervisor } from '../../../../src-main/store-host/supervisor';
import { HostPush, HostSend, UiPush } from '../../../../src-main/core/contract';

vi.mock('electron', () => import('../fake-electron'));

let log: Mock<(message: string, detail?: unknown) => void>;

function setup() {
  const supervisor = createStoreHostSupervisor({ createHostWindow: () => asWindow(new FakeBrowserWindow({ show: false })), log });
  return supervisor;
}
const hosts = () => FakeBrowserWindow.instances;
const currentHost = () => hosts()[hosts().length - 1]!;
const sendReady = (from: FakeWebContents = currentHost().webContents) => ipcMain.emit(HostSend.ready, { sender: from });
const crash = (host = currentHost()) => host.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
const connectCalls = (host: FakeBrowserWindow) => host.webContents.postMessage.mock.calls.filter(([channel]) => channel === HostPush.connect);
const disconnects = (host: FakeBrowserWindow) => host.webContents.send.mock.calls.filter(([channel]) => channel === HostPush.disconnect).map(([, m]) => m);
const connectionIdOf = (call: unknown[] | undefined) => (call?.[1] as { connectionId: string }).connectionId;

beforeEach(() => {
  resetFakeElectron();
  vi.useFakeTimers();
  log = vi.fn();
});
afterEach(() => vi.useRealTimers());

describe('start', () => {
  it('creates the host window once', () => {
    const supervisor = setup();
    expect(hosts()).toHaveLength(0);
    supervisor.start();
    supervisor.start();
    expect(hosts()).toHaveLength(1);
    expect(supervisor.state()).toMatchObject({ running: true, ready: false, restarts: 0 });
    expect(supervisor.isHost(asContents(currentHost().webContents))).toBe(true);
    expect(supervisor.isHost(asContents(new FakeWebContents()))).toBe(false);
  });
});

describe('port brokering', () => {
  it('brokers a port only after the host says it is ready', () => {
    const supervisor = setup();
    supervisor.start();
    const ui = new FakeWebContents();
    supervisor.connect(asContents(ui));
    expect(FakeMessageChannelMain.instances).toHaveLength(0);
    expect(ui.postMessage).not.toHaveBeenCalled();

    sendReady();
    expect(supervisor.state().ready).toBe(true);
    expect(FakeMessageChannelMain.instances).toHaveLength(1);
    const { port1, port2 } = FakeMessageChannelMain.instances[0]!;
    const host = currentHost();
    expect(host.webContents.postMessage).toHaveBeenCalledExactlyOnceWith(HostPush.connect, { connectionId: expect.stringMatching(/\S/) }, [port1]);
    expect(ui.postMessage).toHaveBeenCalledExactlyOnceWith(UiPush.storePort, null, [port2]);
  });

  it('wires a UI at once when the host is already ready', () => {
    const supervisor = setup();
    supervisor.start();
    sendReady();
    const ui = new FakeWebContents();
    supervisor.connect(asContents(ui));
    expect(ui.postMessage).toHaveBeenCalledWith(UiPush.storePort, null, [FakeMessageChannelMain.instances[0]!.port2]);
  });

  it('gives every UI its own channel and connection id', () => {
    const supervisor = setup();
    supervisor.start();
    sendReady();
    supervisor.connect(asContents(new FakeWebContents()));
    supervisor.connect(asContents(new FakeWebContents()));
    const [a, b] = connectCalls(currentHost());
    expect(connectionIdOf(a)).not.toBe(connectionIdOf(b));
    expect(FakeMessageChannelMain.instances).toHaveLength(2);
    expect(supervisor.state().clients).toBe(2);
  });

  it('a second connect from the same UI disconnects its previous connection', () => {
    const supervisor = setup();
    supervisor.start();
    sendReady();
    const ui = new FakeWebContents();
    supervisor.connect(asContents(ui));
    supervisor.connect(asContents(ui));
    const host = currentHost();
    const [first, second] = connectCalls(host);
    expect(disconnects(host)).toEqual([{ connectionId: connectionIdOf(first) }]);
    expect(connectionIdOf(second)).not.toBe(connectionIdOf(first));
    expect(ui.postMessage).toHaveBeenCalledTimes(2);
    expect(supervisor.state().clients).toBe(1);
  });

  it('disconnects and forgets a UI whose contents is destroyed', () => {
    const supervisor = setup();
    supervisor.start();
    sendReady();
    const ui = new FakeWebContents();
    supervisor.connect(asContents(ui));
    ui.destroy();
    expect(disconnects(currentHost())).toEqual([{ connectionId: connectionIdOf(connectCalls(currentHost())[0]) }]);
    expect(supervisor.state().clients).toBe(0);
  });

  it('ignores ready from a sender that is not the host', () => {
    const supervisor = setup();
    supervisor.start();
    const ui = new FakeWebContents();
    supervisor.connect(asContents(ui));
    sendReady(ui);
    sendReady(new FakeWebContents());
    expect(supervisor.state().ready).toBe(false);
    expect(FakeMessageChannelMain.instances).toHaveLength(0);
    expect(ui.postMessage).not.toHaveBeenCalled();
  });
});

describe('restart', () => {
  it('restarts a crashed host after the backoff delay and re-wires every known UI', () => {
    const supervisor = setup();
    supervisor.start();
    const first = currentHost();
    sendReady();
    const uis = [new FakeWebContents(), new FakeWebContents()];
    for (const ui of uis) supervisor.connect(asContents(ui));

    crash(first);
    expect(first.isDestroyed()).toBe(true);
    expect(supervisor.state()).toMatchObject({ running: false, ready: false, restarts: 1 });
    expect(log).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ reason: 'crashed', delay: 250 }));
    vi.advanceTimersByTime(249);
    expect(hosts()).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(hosts()).toHaveLength(2);
    const second = currentHost();

    // Until the new host is ready nobody gets a port to it; the dead host's ready does not count.
    sendReady(first.webContents);
    expect(connectCalls(second)).toHaveLength(0);
    sendReady();
    expect(connectCalls(second)).toHaveLength(2);
    for (const ui of uis) {
      expect(ui.postMessage).toHaveBeenCalledTimes(2);
      expect(ui.postMessage).toHaveBeenLastCalledWith(UiPush.storePort, null, [expect.anything()]);
    }
    // The old connections died with the old host; the new host never hears of them.
    expect(disconnects(second)).toEqual([]);
  });

  it('restarts a host whose window was closed', () => {
    const supervisor = setup();
    supervisor.start();
    currentHost().destroy();
    vi.advanceTimersByTime(250);
    expect(hosts()).toHaveLength(2);
    expect(supervisor.state().running).toBe(true);
  });

  it('backs off further while the host keeps crashing', () => {
    const supervisor = setup();
    supervisor.start();
    for (const delay of [250, 1000, 3000, 10_000, 30_000, 30_000]) {
      const count = hosts().length;
      crash();
      vi.advanceTimersByTime(delay - 1);
      expect(hosts(), `before ${delay} ms`).toHaveLength(count);
      vi.advanceTimersByTime(1);
      expect(hosts(), `after ${delay} ms`).toHaveLength(count + 1);
    }
    expect(supervisor.state().restarts).toBe(6);
  });

  it('after a quiet minute a crash restarts quickly again', () => {
    const supervisor = setup();
    supervisor.start();
    crash();
    vi.advanceTimersByTime(250);
    crash();
    vi.advanceTimersByTime(1000);
    vi.advanceTimersByTime(61_000);
    const count = hosts().length;
    crash();
    vi.advanceTimersByTime(250);
    expect(hosts()).toHaveLength(count + 1);
  });
});

describe('alert reports', () => {
  const report = (n: number): AlertReport => ({ type: 'acknowledge', userId: 'u-agent', keys: [`case-${n}:resolution`], at: 1_000 + n });
  const reportsTo = (host: FakeBrowserWindow) => host.webContents.send.mock.calls.filter(([channel]) => channel === HostPush.alertReport).map(([, r]) => r);

  it('are sent at once to a ready host', () => {
    const supervisor = setup();
    supervisor.start();
    sendReady();
    supervisor.sendAlertReport(report(1));
    expect(reportsTo(currentHost())).toEqual([report(1)]);
    expect(supervisor.state().queuedReports).toBe(0);
  });

  it('wait, in order, until the host is ready', () => {
    const supervisor = setup();
    supervisor.sendAlertReport(report(1));
    supervisor.start();
    supervisor.sendAlertReport(report(2));
    expect(reportsTo(currentHost())).toEqual([]);
    expect(supervisor.state().queuedReports).toBe(2);
    sendReady();
    expect(reportsTo(currentHost())).toEqual([report(1), report(2)]);
    expect(supervisor.state().queuedReports).toBe(0);
  });

  it('are not lost while the host restarts, and are delivered exactly once', () => {
    const supervisor = setup();
    supervisor.start();
    sendReady();
    const first = currentHost();
    supervisor.sendAlertReport(report(1));
    crash(first);
    supervisor.sendAlertReport(report(2));
    supervisor.sendAlertReport(report(3));
    vi.advanceTimersByTime(250);
    const second = currentHost();
    expect(second).not.toBe(first);
    expect(reportsTo(second)).toEqual([]);
    sendReady(first.webContents);
    expect(reportsTo(second)).toEqual([]);
    sendReady();
    sendReady();
    expect(reportsTo(first)).toEqual([report(1)]);
    expect(reportsTo(second)).toEqual([report(2), report(3)]);
  });

  it(`keep at most ${MAX_QUEUED_REPORTS} while no host comes; the oldest go first, logged`, () => {
    const supervisor = setup();
    for (let n = 1; n <= MAX_QUEUED_REPORTS + 2; n += 1) supervisor.sendAlertReport(report(n));
    expect(supervisor.state().queuedReports).toBe(MAX_QUEUED_REPORTS);
    expect(log).toHaveBeenCalledTimes(2);
    supervisor.start();
    sendReady();
    const sent = reportsTo(currentHost());
    expect(sent).toHaveLength(MAX_QUEUED_REPORTS);
    expect(sent[0]).toEqual(report(3));
  });
});

describe('flush', () => {
  it('is not-running before start and before the host is ready', async () => {
    const supervisor = setup();
    await expect(supervisor.flush()).resolves.toBe('not-running');
    supervisor.start();
    await expect(supervisor.flush()).resolves.toBe('not-running');
    expect(currentHost().webContents.send).not.toHaveBeenCalled();
  });

  it('resolves flushed when the host answers the request', async () => {
    const supervisor = setup();
    supervisor.start();
    sendReady();
    const result = supervisor.flush(1000);
    const host = currentHost();
    expect(host.webContents.send).toHaveBeenCalledWith(HostPush.flush, { requestId: expect.any(Number) });
    const [, request] = host.webContents.send.mock.lastCall!;
    ipcMain.emit(HostSend.flushed, { sender: host.webContents }, request);
    await expect(result).resolves.toBe('flushed');
  });

  it('times out when the host does not answer, or answers something else', async () => {
    const supervisor = setup();
    supervisor.start();
    sendReady();
    const result = supervisor.flush(1000);
    const host = currentHost();
    const [, request] = host.webContents.send.mock.lastCall! as [string, { requestId: number }];
    ipcMain.emit(HostSend.flushed, { sender: new FakeWebContents() }, request);
    ipcMain.emit(HostSend.flushed, { sender: host.webContents }, { requestId: request.requestId + 1 });
    ipcMain.emit(HostSend.flushed, { sender: host.webContents }, { requestId: 'x' });
    vi.advanceTimersByTime(999);
    let settled = false;
    void result.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    vi.advanceTimersByTime(1);
    await expect(result).resolves.toBe('timeout');
  });
});

describe('stop', () => {
  it('destroys the host and never restarts it', () => {
    const supervisor = setup();
    supervisor.start();
    const host = currentHost();
    supervisor.stop();
    expect(host.isDestroyed()).toBe(true);
    crash(host);
    vi.advanceTimersByTime(120_000);
    expect(hosts()).toHaveLength(1);
    expect(supervisor.state()).toMatchObject({ running: false, ready: false, restarts: 0 });
  });

  it('cancels a restart that is already scheduled', async () => {
    const supervisor = setup();
    supervisor.start();
    crash();
    supervisor.stop();
    vi.advanceTimersByTime(120_000);
    expect(hosts()).toHaveLength(1);
    await expect(supervisor.flush()).resolves.toBe('not-running');
  });

  it('start after stop runs a host again', () => {
    const supervisor = setup();
    supervisor.start();
    supervisor.stop();
    supervisor.start();
    expect(hosts()).toHaveLength(2);
    expect(supervisor.state().running).toBe(true);
  });
});
