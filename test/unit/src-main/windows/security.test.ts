import { beforeEach, describe, expect, it, vi } from 'vitest';
import { expectLockedDown } from '../expect-secure';
import { FakeBrowserWindow, FakeSession, FakeWebContents, asContents, fakeEvent, fakeWindow, resetFakeElectron, shell } from '../fake-electron';
import { createSecureWindow, hardenContents, installSessionPolicy } from '../../../../src-main/windows/security';
import { createMainWindow } from '../../../../src-main/windows/main-window';
import { createPrintService } from '../../../../src-main/print/print-service';
import { mainMessages } from '../../../../src-main/core/messages';

vi.mock('electron', () => import('../fake-electron'));

const locations = { rendererDir: '/app/out/renderer', preloadDir: '/app/out/preload' };

beforeEach(() => resetFakeElectron());

describe('createSecureWindow webPreferences', () => {
  it('locks the renderer down and keeps the preload', () => {
    const window = fakeWindow(createSecureWindow({ preload: '/p/ui.js' }));
    expect(window.options.webPreferences).toMatchObject({ preload: '/p/ui.js', safeDialogs: true, spellcheck: false });
    expect(window.options.webPreferences?.backgroundThrottling).toBeUndefined();
    expectLockedDown(window);
  });

  it('only lets backgroundThrottling be overridden: a webPreferences option smuggled past the type is ignored', () => {
    const smuggled = { preload: '/p/host.js', backgroundThrottling: false, webPreferences: { nodeIntegration: true, sandbox: false, contextIsolation: false, webSecurity: false } };
    const window = fakeWindow(createSecureWindow(smuggled as Parameters<typeof createSecureWindow>[0]));
    expect(window.options.webPreferences?.backgroundThrottling).toBe(false);
    expectLockedDown(window);
  });

  it('enables no Blink feature and sets no insecure option at all', () => {
    const prefs = fakeWindow(createSecureWindow({ preload: '/p/ui.js' })).options.webPreferences ?? {};
    for (const key of ['enableBlinkFeatures', 'additionalArguments', 'enableWebSQL', 'plugins', 'devTools', 'partition', 'session']) expect(prefs, key).not.toHaveProperty(key);
  });
});

describe('every window the app creates is locked down', () => {
  it('createSecureWindow passes window options through and sets the secure webPreferences', () => {
    const window = fakeWindow(createSecureWindow({ preload: '/p/host.js', show: false, width: 640, backgroundThrottling: false }));
    expect(window.options).toMatchObject({ show: false, width: 640 });
    expect(window.options).not.toHaveProperty('preload');
    expect(window.options.webPreferences).toMatchObject({ preload: '/p/host.js', backgroundThrottling: false });
    expectLockedDown(window);
  });

  it('the main window and the print window are created through it', async () => {
    createMainWindow({ locations, shouldHideOnClose: () => false });
    const printer = createPrintService(locations, 1000);
    const printing = printer.print(null, { route: '/print/case/1/registration', mode: 'dialog' }, mainMessages('en'));
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(2));
    printer.markReady(asContents(FakeBrowserWindow.instances[1]!.webContents));
    await expect(printing).resolves.toEqual({ status: 'printed' });

    expect(FakeBrowserWindow.instances).toHaveLength(2);
    for (const window of FakeBrowserWindow.instances) expectLockedDown(window);
  });
});

describe('hardenContents', () => {
  function hardened(url = 'file:///app/out/renderer/index.html') {
    const contents = new FakeWebContents();
    contents.navigate(url);
    hardenContents(asContents(contents));
    return contents;
  }

  it('prevents navigation to any other address', () => {
    const contents = hardened();
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'file:///app/out/renderer/store-host.html']) {
      const event = fakeEvent();
      contents.emit('will-navigate', event, url);
      expect(event.defaultPrevented, url).toBe(true);
    }
  });

  it('lets the page reload its own address', () => {
    const contents = hardened();
    const event = fakeEvent();
    contents.emit('will-navigate', event, contents.getURL());
    expect(event.defaultPrevented).toBe(false);
  });

  it('prevents redirects and webview attachment', () => {
    const contents = hardened();
    const redirect = fakeEvent();
    const webview = fakeEvent();
    contents.emit('will-redirect', redirect, 'https://example.com/');
    contents.emit('will-attach-webview', webview, {}, {});
    expect(redirect.defaultPrevented).toBe(true);
    expect(webview.defaultPrevented).toBe(true);
  });

  it('denies window.open and opens only allow-listed http(s) links externally', () => {
    const contents = hardened();
    const open = (url: string) => contents.windowOpenHandler!({ url });

    expect(open('https://www.12315.cn/complaint')).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://www.12315.cn/complaint');

    for (const url of ['https://evil.example/', 'https://www.12315.cn.evil.example/', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'not a url']) {
      expect(open(url), url).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });
});

describe('installSessionPolicy', () => {
  it('denies every permission request and check', () => {
    const session = new FakeSession();
    installSessionPolicy(session as unknown as Electron.Session);
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      session.permissionRequestHandler!({}, permission, callback, {});
      expect(callback, permission).toHaveBeenCalledExactlyOnceWith(false);
      expect(session.permissionCheckHandler!({}, permission, 'file://', {}), permission).toBe(false);
    }
  });

  it('cancels downloads', () => {
    const session = new FakeSession();
    installSessionPolicy(session as unknown as Electron.Session);
    const event = fakeEvent();
    session.emit('will-download', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });
});
