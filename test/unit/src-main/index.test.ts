/**
 * Boots the whole main process (src-main/index.ts) against the fake electron
 * module and drives it the way the app, a user and the OS would.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bootMain as boot, from, quitFromSystem, type Fake } from './boot-main';
import { expectLockedDown } from './expect-secure';
import type { FakeBrowserWindow } from './fake-electron';
import { APP_ID, USER_DATA_ENV } from '../../../src-main/core/app-identity';
import { HostPush, HostSend, UiInvoke, UiPush, UiSend } from '../../../src-main/core/contract';
import type { FeedMessage } from '../../../src-main/core/alert-feed';
import { AGENT, contextFor, entry, HOUR, T0 } from './core/alert-fixtures';

vi.mock('electron', () => import('./fake-electron'));

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'main-index-'));
  vi.stubEnv(USER_DATA_ENV, dir);
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});


describe('startup', () => {
  it('quits at once when another instance holds the lock', async () => {
    const { electron } = await boot((e) => e.app.requestSingleInstanceLock.mockReturnValue(false));
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('uses the user-data override, the app id and the session policy', async () => {
    const { electron } = await boot();
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', dir);
    expect(electron.app.setAppUserModelId).toHaveBeenCalledWith(APP_ID);
    expect(electron.session.defaultSession.permissionRequestHandler).toBeTypeOf('function');
    expect(electron.FakeTray.instances).toHaveLength(1);
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
  });

  it('creates the store host (unthrottled, host preload) and the main window (UI preload)', async () => {
    const { host, main } = await boot();
    expect(host.options.webPreferences).toMatchObject({ backgroundThrottling: false });
    expect(host.options.webPreferences?.preload).toMatch(/host\.js$/);
    expect(host.webContents.getURL()).toMatch(/\/store-host\.html$/);
    expect(host.options.show).toBe(false);
    expect(main.options.webPreferences?.preload).toMatch(/ui\.js$/);
    expect(main.webContents.getURL()).toMatch(/\/index\.html$/);
  });
});

describe('every window is locked down', () => {
  it('store host, main window and print window', async () => {
    const { electron, main } = await boot();
    const printing = electron.ipcMain.invoke(UiInvoke.print, from(main), { route: '/print/case/1/registration', mode: 'dialog' });
    await vi.waitFor(() => expect(electron.FakeBrowserWindow.instances).toHaveLength(3));
    const printWindow = electron.FakeBrowserWindow.instances[2]!;
    electron.ipcMain.emit(UiSend.printReady, from(printWindow));
    await expect(printing).resolves.toEqual({ status: 'printed' });

    for (const window of electron.FakeBrowserWindow.instances) expectLockedDown(window);
  });
});

describe('ipc wiring', () => {
  it('answers the main window and refuses the store host page', async () => {
    const { electron, host, main } = await boot();
    await expect(electron.ipcMain.invoke(UiInvoke.appInfo, from(main))).resolves.toEqual({
      version: '0.0.0-test',
      platform: process.platform,
      userDataPath: dir,
      isPackaged: false,
    });
    await expect(electron.ipcMain.invoke(UiInvoke.appInfo, from(host))).rejects.toThrow(/not an app page/);
  });

  it('gives the main window a store port once the host is ready', async () => {
    const { electron, host, main } = await boot();
    electron.ipcMain.emit(UiSend.requestStorePort, from(main));
    expect(main.webContents.postMessage).not.toHaveBeenCalled();
    electron.ipcMain.emit(HostSend.ready, { sender: host.webContents });
    expect(main.webContents.postMessage).toHaveBeenCalledWith(UiPush.storePort, null, [expect.anything()]);
    expect(host.webContents.postMessage).toHaveBeenCalledWith(HostPush.connect, expect.anything(), [expect.anything()]);
  });

  it('a notification click reveals the main window on its route', async () => {
    const { electron, main } = await boot();
    await electron.ipcMain.invoke(UiInvoke.notify, from(main), { title: '超时', body: 'TS-1', route: '/cases/1' });
    main.minimized = true;
    electron.FakeNotification.instances[0]!.emit('click');
    expect(main.restore).toHaveBeenCalled();
    expect(main.focus).toHaveBeenCalled();
    expect(main.webContents.send).toHaveBeenCalledWith(UiPush.navigate, { route: '/cases/1' });
  });

  it('a language change reaches the tray and the menu', async () => {
    const { electron, main } = await boot();
    const tray = electron.FakeTray.instances[0]!;
    expect(tray.setToolTip).toHaveBeenLastCalledWith('投诉处理台');
    const menus = electron.Menu.setApplicationMenu.mock.calls.length;
    await electron.ipcMain.invoke(UiInvoke.setPrefs, from(main), { language: 'en' });
    expect(tray.setToolTip).toHaveBeenLastCalledWith('Complaint Desk');
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(menus + 1);
  });
});

describe('windows and tray', () => {
  it('closing hides to the tray and keeps the app running', async () => {
    const { electron, main } = await boot();
    main.close();
    expect(main.isDestroyed()).toBe(false);
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).not.toHaveBeenCalled();
  });

  it('with close-to-tray off, closing closes and the app quits (the store host’s hidden window still open)', async () => {
    const { electron, main, host } = await boot();
    await electron.ipcMain.invoke(UiInvoke.setPrefs, from(main), { closeToTray: false });
    main.close();
    expect(main.isDestroyed()).toBe(true);
    expect(host.isDestroyed()).toBe(false);
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
  });

  it('a notification clicked after the window was closed opens a new window on its route', async () => {
    const { electron, main } = await boot();
    await electron.ipcMain.invoke(UiInvoke.notify, from(main), { title: '超时', body: 'TS-1', route: '/cases/1' });
    main.destroy();
    electron.FakeNotification.instances[0]!.emit('click');
    const reopened = electron.FakeBrowserWindow.instances.at(-1)!;
    expect(reopened).not.toBe(main);
    expect(reopened.loadURL.mock.lastCall![0]).toMatch(/index\.html#\/cases\/1$/);
  });

  it('a second instance reopens the main window, creating it again if it was closed', async () => {
    const { electron, main } = await boot();
    main.hide();
    electron.app.emit('second-instance');
    expect(main.visible).toBe(true);
    main.destroy();
    electron.app.emit('second-instance');
    const windows = electron.FakeBrowserWindow.instances;
    expect(windows).toHaveLength(3);
    expect(windows[2]!.show).toHaveBeenCalled();
    expectLockedDown(windows[2]!);
  });
});

describe('quit', () => {
  it('flushes the store host before quitting, then stops it and removes the tray', async () => {
    const { electron, host, main } = await boot();
    await electron.ipcMain.invoke(UiInvoke.setPrefs, from(main), { backup: { daily: true, onQuit: false, keepDaily: 7, keepMonthly: 12 } });
    electron.ipcMain.emit(HostSend.ready, { sender: host.webContents });
    const event = quitFromSystem(electron, main);
    expect(event.defaultPrevented).toBe(true);
    expect(host.webContents.send).toHaveBeenCalledWith(HostPush.flush, { requestId: expect.any(Number) });
    expect(host.webContents.send).not.toHaveBeenCalledWith(HostPush.backupRequest, expect.anything());
    expect(electron.app.quit).not.toHaveBeenCalled();

    electron.ipcMain.emit(HostSend.flushed, { sender: host.webContents }, host.webContents.send.mock.lastCall![1]);
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledTimes(1));
    expect(host.isDestroyed()).toBe(true);
    expect(electron.FakeTray.instances[0]!.destroy).toHaveBeenCalled();

    // The quit that follows goes through; the window had closed first.
    const again = electron.fakeEvent();
    electron.app.emit('before-quit', again);
    expect(again.defaultPrevented).toBe(false);
    expect(main.isDestroyed()).toBe(true);
  });

  it('quits without waiting when the store host is not ready', async () => {
    const { electron, host, main } = await boot();
    quitFromSystem(electron, main);
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledTimes(1));
    expect(host.webContents.send).not.toHaveBeenCalledWith(HostPush.flush, expect.anything());
    expect(host.isDestroyed()).toBe(true);
  });
});

describe('quitting with unsaved work in the window', () => {
  /** The page's beforeunload refusing to unload (a half-typed registration), as Electron reports it on closing. */
  function holdsUnsavedWork(electron: Fake, main: FakeBrowserWindow) {
    // As Electron orders it: the window's close event (hidden to the tray if prevented), then the page's beforeunload.
    main.close = () => {
      const closing = electron.fakeEvent();
      main.emit('close', closing);
      if (closing.defaultPrevented) return;
      const unload = electron.fakeEvent();
      main.webContents.emit('will-prevent-unload', unload);
      // Prevented: Electron ignores the page's refusal and unloads it.
      if (unload.defaultPrevented) main.destroy();
    };
  }
  const trayQuit = (electron: Fake, label = '退出') => {
    const menu = electron.FakeTray.instances[0]!.setContextMenu.mock.lastCall![0] as { template: Electron.MenuItemConstructorOptions[] };
    (menu.template.find((item) => item.label === label)!.click as () => void)();
  };

  it('asks first from the tray: 继续编辑 keeps the window (shown) and the app, and closing then hides to the tray again', async () => {
    const { electron, main } = await boot();
    holdsUnsavedWork(electron, main);
    main.hide();
    electron.dialog.showMessageBoxSync.mockReturnValueOnce(0);
    trayQuit(electron);
    expect(electron.dialog.showMessageBoxSync).toHaveBeenCalledTimes(1);
    expect(electron.dialog.showMessageBoxSync.mock.lastCall![1]).toMatchObject({ title: '有未保存的修改', buttons: ['继续编辑', '仍要退出'], defaultId: 0, cancelId: 0 });
    expect(main.visible).toBe(true);
    expect(main.isDestroyed()).toBe(false);
    expect(electron.app.quit).not.toHaveBeenCalled();
    main.close();
    // Hidden to the tray (the default), not closed: the quit was called off. Asked once, by the quit.
    expect(main.isDestroyed()).toBe(false);
    expect(electron.dialog.showMessageBoxSync).toHaveBeenCalledTimes(1);
  });

  it('仍要退出 closes the window, then quits as any quit does', async () => {
    const { electron, main } = await boot();
    holdsUnsavedWork(electron, main);
    electron.dialog.showMessageBoxSync.mockReturnValueOnce(1);
    trayQuit(electron);
    expect(main.isDestroyed()).toBe(true);
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
  });

  it('asks nothing when nothing is unsaved', async () => {
    const { electron, main } = await boot();
    trayQuit(electron);
    expect(electron.dialog.showMessageBoxSync).not.toHaveBeenCalled();
    expect(main.isDestroyed()).toBe(true);
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
  });

  it('asks too when the system asks to quit (the macOS Dock, logging off), before anything of the quit starts', async () => {
    const { electron, main, host } = await boot();
    holdsUnsavedWork(electron, main);
    electron.ipcMain.emit(HostSend.ready, { sender: host.webContents });
    const stay = electron.fakeEvent();
    electron.app.emit('before-quit', stay);
    expect(stay.defaultPrevented).toBe(true);
    expect(electron.dialog.showMessageBoxSync).toHaveBeenCalledTimes(1);
    // Kept: no backup, no flush, the alerts go on.
    expect(host.webContents.send).not.toHaveBeenCalledWith(HostPush.flush, expect.anything());
    expect(main.isDestroyed()).toBe(false);
    expect(electron.app.quit).not.toHaveBeenCalled();

    electron.dialog.showMessageBoxSync.mockReturnValueOnce(1);
    electron.app.emit('before-quit', electron.fakeEvent());
    expect(main.isDestroyed()).toBe(true);
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    // While the quit runs on (backup, flush: Electron runs before-quit again), nothing opens the window again.
    electron.app.emit('before-quit', electron.fakeEvent());
    electron.app.emit('second-instance');
    expect(electron.FakeBrowserWindow.instances.filter((window) => !window.isDestroyed())).toEqual([host]);
  });

  it('asks in English when the app is in English', async () => {
    const { electron, main } = await boot();
    holdsUnsavedWork(electron, main);
    await electron.ipcMain.invoke(UiInvoke.setPrefs, from(main), { language: 'en' });
    trayQuit(electron, 'Quit');
    expect(electron.dialog.showMessageBoxSync.mock.lastCall![1]).toMatchObject({ title: 'Unsaved changes', buttons: ['Keep editing', 'Quit anyway'] });
  });
});

describe('overdue alerts', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] });
    vi.setSystemTime(T0);
  });
  afterEach(() => vi.useRealTimers());

  const feed: FeedMessage = { type: 'reset', context: contextFor(AGENT, { repeatMinutes: 0 }), entries: [entry(1)] };
  const publish = (electron: Fake, sender: FakeBrowserWindow, message: unknown = feed) =>
    electron.ipcMain.emit(HostSend.deadlineFeed, { sender: sender.webContents }, message);
  const reportsTo = (host: FakeBrowserWindow) =>
    host.webContents.send.mock.calls.filter(([channel]) => channel === HostPush.alertReport).map(([, report]) => report);
  const advanceTo = (at: number) => vi.advanceTimersByTime(at - Date.now());

  it('the store host feed leads to a notification, the tray and a report to the alert log', async () => {
    const { electron, host, main } = await boot();
    electron.ipcMain.emit(HostSend.ready, { sender: host.webContents });
    publish(electron, host);
    advanceTo(T0 + 2 * HOUR);
    expect(electron.FakeNotification.instances).toHaveLength(1);
    const warning = electron.FakeNotification.instances[0]!;
    expect(warning.options.title).toBe('投诉即将超时：TS-20261123-0001');
    const tray = electron.FakeTray.instances[0]!;
    expect(tray.setToolTip).toHaveBeenLastCalledWith('投诉处理台 · 0 宗已超时 · 1 宗即将超时');
    expect(reportsTo(host)).toEqual([{ type: 'raised', userId: AGENT.id, alerts: [expect.objectContaining({ kind: 'warning', caseId: 'case-1' })] }]);

    warning.emit('click', electron.fakeEvent());
    expect(main.webContents.send).toHaveBeenCalledWith(UiPush.navigate, { route: '/cases/case-1' });

    advanceTo(T0 + 4 * HOUR);
    expect(electron.FakeNotification.instances.at(-1)!.options.title).toBe('投诉已超时：TS-20261123-0001');
    expect(tray.setToolTip).toHaveBeenLastCalledWith('投诉处理台 · 1 宗已超时 · 0 宗即将超时');
    expect((tray.setImage.mock.lastCall![0] as { path: string }).path).toMatch(/tray-alert\.(png|ico)$/);
  });

  it('ignores a feed that does not come from the store host', async () => {
    const { electron, main } = await boot();
    publish(electron, main);
    advanceTo(T0 + 5 * HOUR);
    expect(electron.FakeNotification.instances).toHaveLength(0);
  });

  it('holds reports while the store host is not ready and delivers them when it is', async () => {
    const { electron, host } = await boot();
    publish(electron, host);
    electron.ipcMain.emit(HostSend.ready, { sender: host.webContents });
    expect(reportsTo(host)).toEqual([]);
    electron.ipcMain.emit(HostSend.ready, { sender: host.webContents });
    advanceTo(T0 + 2 * HOUR);
    expect(reportsTo(host)).toHaveLength(1);
  });

  it('speaks the language chosen in the prefs', async () => {
    const { electron, host, main } = await boot();
    await electron.ipcMain.invoke(UiInvoke.setPrefs, from(main), { language: 'en' });
    publish(electron, host);
    advanceTo(T0 + 2 * HOUR);
    expect(electron.FakeNotification.instances[0]!.options.title).toBe('Complaint due soon: TS-20261123-0001');
    expect(electron.FakeTray.instances[0]!.setToolTip).toHaveBeenLastCalledWith('Complaint Desk · 0 overdue · 1 due soon');
  });

  it('stops the alert timer when the app quits', async () => {
    const { electron, host, main } = await boot();
    publish(electron, host);
    quitFromSystem(electron, main);
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledTimes(1));
    expect(vi.getTimerCount()).toBe(0);
    advanceTo(T0 + 5 * HOUR);
    expect(electron.FakeNotification.instances).toHaveLength(0);
  });
});
