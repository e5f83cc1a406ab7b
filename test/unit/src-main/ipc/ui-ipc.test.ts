import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ZodError } from 'zod';
import type { IpcMainInvokeEvent } from 'electron';
import { FakeWebContents, ipcMain, resetFakeElectron } from '../fake-electron';
import { registerUiIpc, senderCheck, UntrustedSenderError, type UiIpcServices } from '../../../../src-main/ipc/ui-ipc';
import { DEFAULT_APP_PREFS, UiInvoke, UiSend } from '../../../../src-main/core/contract';

vi.mock('electron', () => import('../fake-electron'));

const APP_URL = 'file:///app/out/renderer/index.html';
const isAppUrl = (url: string) => url.split('#')[0] === APP_URL;

/** An ipc event from the main frame of a page at `url`. */
function eventFrom(url: string) {
  const sender = new FakeWebContents();
  sender.navigate(url);
  return { sender, senderFrame: sender.mainFrame as { url: string } | null };
}
const asEvent = (event: ReturnType<typeof eventFrom>) => event as unknown as IpcMainInvokeEvent;

beforeEach(() => resetFakeElectron());

describe('senderCheck', () => {
  const check = senderCheck(isAppUrl);

  it('accepts the main frame of an app page, with any hash route', () => {
    expect(check(asEvent(eventFrom(APP_URL)))).toBe(true);
    expect(check(asEvent(eventFrom(`${APP_URL}#/cases/1`)))).toBe(true);
  });

  it('refuses a missing sender frame (navigated away or destroyed)', () => {
    const event = eventFrom(APP_URL);
    event.senderFrame = null;
    expect(check(asEvent(event))).toBe(false);
  });

  it('refuses a subframe, even one showing an app URL', () => {
    const event = eventFrom(APP_URL);
    event.senderFrame = { url: APP_URL };
    expect(check(asEvent(event))).toBe(false);
  });

  it('refuses a main frame showing anything else', () => {
    for (const url of ['https://example.com/', 'file:///tmp/index.html', 'about:blank', '']) {
      expect(check(asEvent(eventFrom(url))), url).toBe(false);
    }
  });
});

function services(trusted = true) {
  return {
    isTrustedSender: vi.fn(() => trusted),
    appInfo: vi.fn(() => ({ version: '1.0.0', platform: 'linux', userDataPath: '/u', isPackaged: false })),
    notify: vi.fn(),
    print: vi.fn(async () => ({ status: 'printed' })),
    saveFile: vi.fn(async () => ({ status: 'cancelled' })),
    openFile: vi.fn(async () => ({ status: 'cancelled' })),
    getPrefs: vi.fn(() => DEFAULT_APP_PREFS),
    setPrefs: vi.fn(async (patch) => ({ ...DEFAULT_APP_PREFS, ...patch })),
    backupStatus: vi.fn(async () => ({ folder: '/u/backups', files: [], freeBytes: 5_000_000_000 })),
    backupNow: vi.fn(async () => ({ status: 'saved' as const, path: '/u/backups/complaint-desk-20261123-093005-daily.cdbak', at: 1 })),
    openBackupsFolder: vi.fn(async () => undefined),
    chooseBackupTarget: vi.fn(async () => ({ status: 'chosen', target: 't1', path: '/media/usb/a.cdbak' })),
    chooseBackupSource: vi.fn(async () => ({ status: 'cancelled' })),
    connectStore: vi.fn(),
    printReady: vi.fn(),
  } satisfies UiIpcServices;
}

const invokeCases: [channel: string, payload: unknown][] = [
  [UiInvoke.appInfo, undefined],
  [UiInvoke.notify, { title: 'Overdue', body: 'TS-20261123-0001' }],
  [UiInvoke.print, { route: '/print/case/1/registration', mode: 'pdf' }],
  [UiInvoke.saveFile, { suggestedName: 'a.json', data: new Uint8Array(1) }],
  [UiInvoke.openFile, {}],
  [UiInvoke.getPrefs, undefined],
  [UiInvoke.setPrefs, { closeToTray: false }],
  [UiInvoke.backupStatus, undefined],
  [UiInvoke.backupNow, undefined],
  [UiInvoke.openBackupsFolder, undefined],
  [UiInvoke.chooseBackupTarget, { suggestedName: 'a.cdbak' }],
  [UiInvoke.chooseBackupSource, {}],
];

describe('registerUiIpc', () => {
  it('handles every invoke channel of the contract and listens to every send channel', () => {
    registerUiIpc(services());
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.values(UiInvoke).sort());
    for (const channel of Object.values(UiSend)) expect(ipcMain.listenerCount(channel), channel).toBe(1);
  });

  it('refuses every invoke from an untrusted sender without reaching a service', async () => {
    const svc = services(false);
    registerUiIpc(svc);
    const event = eventFrom('https://example.com/');
    for (const [channel, payload] of invokeCases) {
      await expect(ipcMain.invoke(channel, event, payload), channel).rejects.toBeInstanceOf(UntrustedSenderError);
    }
    expect(svc.isTrustedSender).toHaveBeenCalledTimes(invokeCases.length);
    expect(svc.isTrustedSender).toHaveBeenCalledWith(event);
    const { isTrustedSender: _checked, ...rest } = svc;
    for (const [name, mock] of Object.entries(rest)) expect(mock, name).not.toHaveBeenCalled();
  });

  it('ignores sends from an untrusted sender', () => {
    const svc = services(false);
    registerUiIpc(svc);
    ipcMain.emit(UiSend.requestStorePort, eventFrom('https://example.com/'));
    ipcMain.emit(UiSend.printReady, eventFrom('https://example.com/'));
    expect(svc.connectStore).not.toHaveBeenCalled();
    expect(svc.printReady).not.toHaveBeenCalled();
  });

  it('refuses invalid notify and prefs payloads without calling the service', async () => {
    const svc = services();
    registerUiIpc(svc);
    const event = eventFrom(APP_URL);
    for (const payload of [undefined, {}, { title: '', body: 'x' }, { title: 't', body: 'b', route: 'https://evil.example' }, { title: 7, body: 'b' }]) {
      await expect(ipcMain.invoke(UiInvoke.notify, event, payload)).rejects.toBeInstanceOf(ZodError);
    }
    for (const payload of [
      null,
      { closeToTray: 'no' },
      { language: 'fr' },
      { closeToTray: true, admin: true },
      // A backup patch is a whole BackupPrefs, in range.
      { backup: { daily: false } },
      { backup: { ...DEFAULT_APP_PREFS.backup, keepDaily: 0 } },
      { backup: { ...DEFAULT_APP_PREFS.backup, keepMonthly: 121 } },
    ]) {
      await expect(ipcMain.invoke(UiInvoke.setPrefs, event, payload)).rejects.toBeInstanceOf(ZodError);
    }
    expect(svc.notify).not.toHaveBeenCalled();
    expect(svc.setPrefs).not.toHaveBeenCalled();
  });

  it('passes valid calls through to the services and returns their answers', async () => {
    const svc = services();
    registerUiIpc(svc);
    const event = eventFrom(APP_URL);

    await expect(ipcMain.invoke(UiInvoke.appInfo, event)).resolves.toMatchObject({ version: '1.0.0' });
    await ipcMain.invoke(UiInvoke.notify, event, { title: 'Overdue', body: 'TS-1', route: '/cases/1' });
    expect(svc.notify).toHaveBeenCalledWith({ title: 'Overdue', body: 'TS-1', route: '/cases/1' });

    const printRequest = { route: '/print/case/1/registration', mode: 'pdf' };
    await expect(ipcMain.invoke(UiInvoke.print, event, printRequest)).resolves.toEqual({ status: 'printed' });
    expect(svc.print).toHaveBeenCalledWith(event.sender, printRequest);
    await ipcMain.invoke(UiInvoke.saveFile, event, { x: 1 });
    expect(svc.saveFile).toHaveBeenCalledWith(event.sender, { x: 1 });
    await ipcMain.invoke(UiInvoke.openFile, event, { y: 2 });
    expect(svc.openFile).toHaveBeenCalledWith(event.sender, { y: 2 });

    await expect(ipcMain.invoke(UiInvoke.getPrefs, event)).resolves.toEqual(DEFAULT_APP_PREFS);
    await expect(ipcMain.invoke(UiInvoke.setPrefs, event, { language: 'en' })).resolves.toEqual({ ...DEFAULT_APP_PREFS, language: 'en' });
    expect(svc.setPrefs).toHaveBeenCalledWith({ language: 'en' });

    const backup = { daily: false, onQuit: true, keepDaily: 3, keepMonthly: 0 };
    await ipcMain.invoke(UiInvoke.setPrefs, event, { backup });
    expect(svc.setPrefs).toHaveBeenLastCalledWith({ backup });

    await expect(ipcMain.invoke(UiInvoke.backupStatus, event)).resolves.toEqual({ folder: '/u/backups', files: [], freeBytes: 5_000_000_000 });
    await expect(ipcMain.invoke(UiInvoke.backupNow, event)).resolves.toMatchObject({ status: 'saved', path: expect.stringMatching(/daily\.cdbak$/) });
    // Whatever the page sends along, the services take no argument from it.
    await ipcMain.invoke(UiInvoke.openBackupsFolder, event, '/etc');
    for (const name of ['backupStatus', 'backupNow', 'openBackupsFolder'] as const) expect(svc[name], name).toHaveBeenCalledExactlyOnceWith();
    // The backup dialogs open over the window that asked.
    await expect(ipcMain.invoke(UiInvoke.chooseBackupTarget, event, { suggestedName: 'a.cdbak' })).resolves.toMatchObject({ target: 't1' });
    expect(svc.chooseBackupTarget).toHaveBeenCalledExactlyOnceWith(event.sender, { suggestedName: 'a.cdbak' });
    await expect(ipcMain.invoke(UiInvoke.chooseBackupSource, event, { filters: [] })).resolves.toEqual({ status: 'cancelled' });
    expect(svc.chooseBackupSource).toHaveBeenCalledExactlyOnceWith(event.sender, { filters: [] });

    ipcMain.emit(UiSend.requestStorePort, event);
    ipcMain.emit(UiSend.printReady, event);
    expect(svc.connectStore).toHaveBeenCalledExactlyOnceWith(event.sender);
    expect(svc.printReady).toHaveBeenCalledExactlyOnceWith(event.sender);
  });
});
