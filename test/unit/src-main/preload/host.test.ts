import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { contextBridge, ipcRenderer, resetFakeElectron } from '../fake-electron';
import { HostInvoke, HostPush, HostSend, PORT_MESSAGE_TYPE } from '../../../../src-main/core/channels';
import type { DeskHostBridge } from '../../../../src-main/core/contract';
import type { FeedMessage } from '../../../../src-main/core/alert-feed';

vi.mock('electron', () => import('../fake-electron'));

const page = { postMessage: vi.fn() };
let deskHost: DeskHostBridge;

beforeAll(async () => {
  resetFakeElectron();
  vi.stubGlobal('window', page);
  await import('../../../../src-main/preload/host');
  deskHost = contextBridge.exposed.get('deskHost') as DeskHostBridge;
});
afterAll(() => void vi.unstubAllGlobals());
beforeEach(() => {
  page.postMessage.mockClear();
  ipcRenderer.send.mockClear();
  ipcRenderer.invoke.mockClear();
});

describe('store-host preload', () => {
  it('exposes only the host bridge', () => {
    expect([...contextBridge.exposed.keys()]).toEqual(['deskHost']);
    expect(Object.keys(deskHost).sort()).toEqual(
      [
        'backupDone',
        'backupSourceRead',
        'backupSourceRelease',
        'backupStreamAbort',
        'backupStreamClose',
        'backupStreamOpen',
        'backupStreamWrite',
        'flushed',
        'onAlertReport',
        'onBackupRequest',
        'onDisconnect',
        'onFlush',
        'publishFeed',
        'ready',
      ].sort(),
    );
    for (const value of Object.values(deskHost)) expect(value).toBeTypeOf('function');
  });

  it('hands each connection port to the page world with its connection id', () => {
    const port = { id: 'p1' };
    ipcRenderer.emit(HostPush.connect, { ports: [port] }, { connectionId: 'ui-3-1' });
    expect(page.postMessage).toHaveBeenCalledExactlyOnceWith(
      { type: PORT_MESSAGE_TYPE, purpose: 'connection', connectionId: 'ui-3-1' },
      '*',
      [port],
    );
  });

  it('ignores a connect message without a string connection id', () => {
    ipcRenderer.emit(HostPush.connect, { ports: [{}] }, { connectionId: 5 });
    ipcRenderer.emit(HostPush.connect, { ports: [{}] }, null);
    expect(page.postMessage).not.toHaveBeenCalled();
  });

  it('reports ready and flushed to main', () => {
    deskHost.ready();
    deskHost.flushed(7);
    expect(ipcRenderer.send.mock.calls).toEqual([[HostSend.ready], [HostSend.flushed, { requestId: 7 }]]);
  });

  it('publishes the deadline feed to main on its channel', () => {
    const delta: FeedMessage = { type: 'delta', upserts: [], removals: ['case-1:resolution'] };
    deskHost.publishFeed(delta);
    expect(ipcRenderer.send.mock.calls).toEqual([[HostSend.deadlineFeed, delta]]);
  });

  it('passes alert reports to the listener, those that came before it first, each once', () => {
    const early = { type: 'acknowledge', userId: 'u-1', keys: ['case-1:resolution'], at: 1 };
    const later = { type: 'snooze', userId: 'u-1', keys: ['case-1:resolution'], at: 2, until: 900_002 };
    ipcRenderer.emit(HostPush.alertReport, {}, early);
    const listener = vi.fn();
    deskHost.onAlertReport(listener);
    ipcRenderer.emit(HostPush.alertReport, {}, later);
    expect(listener.mock.calls).toEqual([[early], [later]]);
  });

  it('passes disconnect and flush requests to listeners, ignoring malformed ones', () => {
    const onDisconnect = vi.fn();
    const onFlush = vi.fn();
    deskHost.onDisconnect(onDisconnect);
    deskHost.onFlush(onFlush);
    ipcRenderer.emit(HostPush.disconnect, {}, { connectionId: 'ui-3-1' });
    ipcRenderer.emit(HostPush.disconnect, {}, { connectionId: {} });
    ipcRenderer.emit(HostPush.flush, {}, { requestId: 4 });
    ipcRenderer.emit(HostPush.flush, {}, { requestId: '4' });
    ipcRenderer.emit(HostPush.flush, {}, undefined);
    expect(onDisconnect.mock.calls).toEqual([['ui-3-1']]);
    expect(onFlush.mock.calls).toEqual([[4]]);
  });

  it('streams a backup to main and reads the one to restore, each on its channel, answering main’s result', async () => {
    const saved = { status: 'saved' as const, path: '/u/backups/complaint-desk-20261123-093005-daily.cdbak', at: 7 };
    const read = { status: 'read' as const, data: new Uint8Array([9]) };
    ipcRenderer.invoke
      .mockResolvedValueOnce({ status: 'open', stream: 's1' })
      .mockResolvedValueOnce({ status: 'written' })
      .mockResolvedValueOnce(saved)
      .mockResolvedValueOnce(undefined)
      .mockResolvedValueOnce(read)
      .mockResolvedValueOnce(undefined);
    const open = { kind: 'daily' as const, expectedBytes: 3 };
    const write = { stream: 's1', data: new Uint8Array([1, 2, 3]) };
    await expect(deskHost.backupStreamOpen(open)).resolves.toEqual({ status: 'open', stream: 's1' });
    await expect(deskHost.backupStreamWrite(write)).resolves.toEqual({ status: 'written' });
    await expect(deskHost.backupStreamClose({ stream: 's1', bytes: 3 })).resolves.toEqual(saved);
    await expect(deskHost.backupStreamAbort({ stream: 's2' })).resolves.toBeUndefined();
    await expect(deskHost.backupSourceRead({ source: 'r1', at: 0, length: 1 })).resolves.toEqual(read);
    await expect(deskHost.backupSourceRelease({ source: 'r1' })).resolves.toBeUndefined();
    expect(ipcRenderer.invoke.mock.calls).toEqual([
      [HostInvoke.backupStreamOpen, open],
      [HostInvoke.backupStreamWrite, write],
      [HostInvoke.backupStreamClose, { stream: 's1', bytes: 3 }],
      [HostInvoke.backupStreamAbort, { stream: 's2' }],
      [HostInvoke.backupSourceRead, { source: 'r1', at: 0, length: 1 }],
      [HostInvoke.backupSourceRelease, { source: 'r1' }],
    ]);
  });

  it('passes backup requests to the listener, ignoring malformed ones, and reports backupDone', () => {
    const listener = vi.fn();
    deskHost.onBackupRequest(listener);
    ipcRenderer.emit(HostPush.backupRequest, {}, { requestId: 3, kind: 'on-quit' });
    ipcRenderer.emit(HostPush.backupRequest, {}, { requestId: 4, kind: 'pre-restore' });
    ipcRenderer.emit(HostPush.backupRequest, {}, { requestId: '5', kind: 'daily' });
    ipcRenderer.emit(HostPush.backupRequest, {}, null);
    ipcRenderer.emit(HostPush.backupRequest, {}, { requestId: 6, kind: 'daily', extra: 'dropped' });
    expect(listener.mock.calls).toEqual([[{ requestId: 3, kind: 'on-quit' }], [{ requestId: 6, kind: 'daily' }]]);

    deskHost.backupDone({ requestId: 3, ok: false, code: 'backup.exportFailed' });
    expect(ipcRenderer.send.mock.calls).toEqual([[HostSend.backupDone, { requestId: 3, ok: false, code: 'backup.exportFailed' }]]);
  });
});
