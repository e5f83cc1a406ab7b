import { beforeEach, describe, expect, it, vi } from 'vitest';
import { expectLockedDown } from '../expect-secure';
import { FakeBrowserWindow, asWindow, fakeWindow, resetFakeElectron } from '../fake-electron';
import { createMainWindow, revealWindow } from '../../../../src-main/windows/main-window';
import { RESTART_DELAYS_MS } from '../../../../src-main/core/backoff';

vi.mock('electron', () => import('../fake-electron'));

const locations = { rendererDir: '/app/out/renderer', preloadDir: '/app/out/preload' };

beforeEach(() => resetFakeElectron());

describe('createMainWindow', () => {
  it('creates one locked-down, initially hidden window with the UI preload and loads the index page', () => {
    const window = fakeWindow(createMainWindow({ locations, icon: '/res/icon.png', shouldHideOnClose: () => true }));
    expect(FakeBrowserWindow.instances).toEqual([window]);
    expectLockedDown(window);
    expect(window.options).toMatchObject({ show: false, icon: '/res/icon.png' });
    expect(window.options.webPreferences?.preload).toBe('/app/out/preload/ui.js');
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('file:///app/out/renderer/index.html');
    expect(window.visible).toBe(false);
  });

  it('loads the page again, after the backoff, when its renderer crashed; not after a clean exit', () => {
    vi.useFakeTimers();
    try {
      const window = fakeWindow(createMainWindow({ locations, shouldHideOnClose: () => true }));
      const loads = () => window.loadURL.mock.calls.length;
      expect(loads()).toBe(1);
      window.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
      vi.advanceTimersByTime(60_000);
      expect(loads()).toBe(1);
      window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
      vi.advanceTimersByTime(RESTART_DELAYS_MS[0]);
      expect(loads()).toBe(2);
      expect(window.loadURL.mock.lastCall![0]).toMatch(/index\.html$/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('has no icon option when none is given', () => {
    const window = fakeWindow(createMainWindow({ locations, shouldHideOnClose: () => true }));
    expect(window.options).not.toHaveProperty('icon');
  });

  it('shows the window once it is ready to show', () => {
    const window = fakeWindow(createMainWindow({ locations, shouldHideOnClose: () => true }));
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('hides to the tray on close while shouldHideOnClose() is true', () => {
    const window = fakeWindow(createMainWindow({ locations, shouldHideOnClose: () => true }));
    window.show();
    window.close();
    expect(window.isDestroyed()).toBe(false);
    expect(window.hide).toHaveBeenCalledTimes(1);
    expect(window.visible).toBe(false);
  });

  it('closes when shouldHideOnClose() is false', () => {
    const window = fakeWindow(createMainWindow({ locations, shouldHideOnClose: () => false }));
    window.close();
    expect(window.isDestroyed()).toBe(true);
    expect(window.hide).not.toHaveBeenCalled();
  });

  it('asks shouldHideOnClose() on every close, so quitting or a changed preference takes effect', () => {
    let hide = true;
    const shouldHideOnClose = vi.fn(() => hide);
    const window = fakeWindow(createMainWindow({ locations, shouldHideOnClose }));
    window.close();
    expect(window.isDestroyed()).toBe(false);
    hide = false;
    window.close();
    expect(window.isDestroyed()).toBe(true);
    expect(shouldHideOnClose).toHaveBeenCalledTimes(2);
  });
});

describe('revealWindow', () => {
  it('restores a minimized window, shows and focuses it', () => {
    const window = new FakeBrowserWindow({ show: false });
    window.minimized = true;
    revealWindow(asWindow(window));
    expect(window.restore).toHaveBeenCalledTimes(1);
    expect(window.visible).toBe(true);
    expect(window.focus).toHaveBeenCalledTimes(1);
  });

  it('does not restore a window that is not minimized', () => {
    const window = new FakeBrowserWindow({ show: false });
    revealWindow(asWindow(window));
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.show).toHaveBeenCalledTimes(1);
  });
});
