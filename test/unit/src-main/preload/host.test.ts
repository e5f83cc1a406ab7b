import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { contextBridge, ipcRenderer, resetFakeElectron } from '../fake-electron';
import { HostPush, HostSend, PORT_MESSAGE_TYPE } from '../../../../src-main/core/channels';
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
});

describe('store-host preload', () => {
  it('exposes only the host bridge', () => {
    expect([...contextBridge.exposed.keys()]).toEqual(['deskHost']);
    expect(Object.keys(deskHost).sort()).toEqual(['flushed', 'onAlertReport', 'onDisconnect', 'onFlush', 'publishFeed', 'ready']);
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
});
