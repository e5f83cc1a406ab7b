import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { contextBridge, ipcRenderer, resetFakeElectron } from '../fake-electron';
import { PORT_MESSAGE_TYPE, UiInvoke, UiPush, UiSend } from '../../../../src-main/core/channels';
import type { DeskBridge } from '../../../../src-main/core/contract';

vi.mock('electron', () => import('../fake-electron'));

const page = { postMessage: vi.fn() };
let desk: DeskBridge;

beforeAll(async () => {
  resetFakeElectron();
  vi.stubGlobal('window', page);
  await import('../../../../src-main/preload/ui');
  desk = contextBridge.exposed.get('desk') as DeskBridge;
});
afterAll(() => void vi.unstubAllGlobals());
beforeEach(() => {
  page.postMessage.mockClear();
  ipcRenderer.send.mockClear();
  ipcRenderer.invoke.mockClear();
});

describe('UI preload', () => {
  it('exposes only named functions as window.desk', () => {
    expect([...contextBridge.exposed.keys()]).toEqual(['desk']);
    expect(Object.keys(desk).sort()).toEqual(
      [
        'appInfo',
        'backupNow',
        'backupStatus',
        'chooseBackupSource',
        'chooseBackupTarget',
        'getPrefs',
        'notify',
        'onNavigate',
        'openBackupsFolder',
        'openFile',
        'print',
        'printReady',
        'requestStorePort',
        'saveFile',
        'setPrefs',
      ].sort(),
    );
    for (const value of Object.values(desk)) expect(value).toBeTypeOf('function');
  });

  it('invokes the contract channels with the request', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ status: 'printed' });
    const request = { route: '/print/case/1/registration', mode: 'dialog' } as const;
    await expect(desk.print(request)).resolves.toEqual({ status: 'printed' });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(UiInvoke.print, request);
    await desk.appInfo();
    await desk.setPrefs({ language: 'en' });
    await desk.notify({ title: 't', body: 'b' });
    await desk.saveFile({ suggestedName: 'a', data: new Uint8Array() });
    await desk.openFile({});
    await desk.getPrefs();
    await desk.backupStatus();
    await desk.backupNow();
    await desk.openBackupsFolder();
    await desk.chooseBackupTarget({ suggestedName: 'a.cdbak' });
    await desk.chooseBackupSource({ filters: [] });
    expect(ipcRenderer.invoke.mock.calls.map(([channel]) => channel)).toEqual([
      UiInvoke.print, UiInvoke.appInfo, UiInvoke.setPrefs, UiInvoke.notify, UiInvoke.saveFile, UiInvoke.openFile, UiInvoke.getPrefs,
      UiInvoke.backupStatus, UiInvoke.backupNow, UiInvoke.openBackupsFolder, UiInvoke.chooseBackupTarget, UiInvoke.chooseBackupSource,
    ]);
    expect(ipcRenderer.invoke.mock.calls.slice(-2)).toEqual([
      [UiInvoke.chooseBackupTarget, { suggestedName: 'a.cdbak' }],
      [UiInvoke.chooseBackupSource, { filters: [] }],
    ]);
  });

  it('sends nothing from the page along with the backup calls', async () => {
    const status = { folder: '/u/backups', files: [], freeBytes: null };
    ipcRenderer.invoke.mockResolvedValueOnce(status);
    await expect(desk.backupStatus()).resolves.toEqual(status);
    await (desk.openBackupsFolder as (...args: unknown[]) => Promise<void>)('/etc');
    await (desk.backupNow as (...args: unknown[]) => Promise<unknown>)({ kind: 'pre-restore' });
    expect(ipcRenderer.invoke.mock.calls).toEqual([[UiInvoke.backupStatus], [UiInvoke.openBackupsFolder], [UiInvoke.backupNow]]);
  });

  it('sends the fire-and-forget signals', () => {
    desk.requestStorePort();
    desk.printReady();
    expect(ipcRenderer.send.mock.calls).toEqual([[UiSend.requestStorePort], [UiSend.printReady]]);
  });

  it('hands a store port from main to the page world', () => {
    const port = { id: 'port' };
    ipcRenderer.emit(UiPush.storePort, { ports: [port] });
    expect(page.postMessage).toHaveBeenCalledExactlyOnceWith({ type: PORT_MESSAGE_TYPE, purpose: 'store' }, '*', [port]);
  });

  it('delivers navigate routes until unsubscribed, ignoring malformed messages', () => {
    const listener = vi.fn();
    const off = desk.onNavigate(listener);
    ipcRenderer.emit(UiPush.navigate, {}, { route: '/cases/9' });
    ipcRenderer.emit(UiPush.navigate, {}, { route: 9 });
    ipcRenderer.emit(UiPush.navigate, {}, null);
    expect(listener.mock.calls).toEqual([['/cases/9']]);
    off();
    ipcRenderer.emit(UiPush.navigate, {}, { route: '/cases/10' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(ipcRenderer.listenerCount(UiPush.navigate)).toBe(0);
  });
});
