import { beforeEach, describe, expect, it, vi } from 'vitest';
import { app, asWindow, emptyImagePaths, FakeBrowserWindow, FakeTray, nativeImage, resetFakeElectron } from '../fake-electron';
import { createBadge } from '../../../../src-main/alerts/badge';
import type { AlertLanguage } from '../../../../src-main/core/alert-text';

vi.mock('electron', () => import('../fake-electron'));

beforeEach(() => resetFakeElectron());

const icons = { tray: '/res/tray.png', trayAlert: '/res/tray-alert.png', overlay: '/res/overlay-overdue.png' };

function setup(platform: NodeJS.Platform, language: AlertLanguage = 'zh-CN') {
  const tray = new FakeTray(nativeImage.createFromPath(icons.tray));
  let window: FakeBrowserWindow | null = new FakeBrowserWindow();
  let lang = language;
  const badge = createBadge({
    tray: tray as unknown as Electron.Tray,
    mainWindow: () => (window ? asWindow(window) : null),
    icons,
    language: () => lang,
    platform,
  });
  return {
    badge,
    tray,
    window: () => window,
    setWindow: (next: FakeBrowserWindow | null) => void (window = next),
    setLanguage: (next: AlertLanguage) => void (lang = next),
  };
}
const pathOf = (image: unknown) => (image as { path: string } | null)?.path ?? null;

describe('tray', () => {
  it('tooltip shows the counts, in Chinese', () => {
    const { badge, tray } = setup('linux');
    badge.update({ overdue: 3, dueSoon: 5 });
    expect(tray.setToolTip).toHaveBeenLastCalledWith('投诉处理台 · 3 宗已超时 · 5 宗即将超时');
    badge.update({ overdue: 0, dueSoon: 0 });
    expect(tray.setToolTip).toHaveBeenLastCalledWith('投诉处理台');
  });

  it('tooltip shows the counts, in English after a language change', () => {
    const { badge, tray, setLanguage } = setup('linux');
    badge.update({ overdue: 1, dueSoon: 2 });
    setLanguage('en');
    badge.refresh();
    expect(tray.setToolTip).toHaveBeenLastCalledWith('Complaint Desk · 1 overdue · 2 due soon');
  });

  it('switches to the alert icon while something is overdue, and back', () => {
    const { badge, tray } = setup('darwin');
    badge.update({ overdue: 0, dueSoon: 4 });
    expect(tray.setImage).not.toHaveBeenCalled();
    badge.update({ overdue: 2, dueSoon: 4 });
    badge.update({ overdue: 3, dueSoon: 4 });
    expect(tray.setImage.mock.calls.map(([image]) => pathOf(image))).toEqual([icons.trayAlert]);
    badge.update({ overdue: 0, dueSoon: 4 });
    expect(tray.setImage.mock.calls.map(([image]) => pathOf(image))).toEqual([icons.trayAlert, icons.tray]);
  });

  it('keeps the icon it has when the alert icon is missing from the package', () => {
    emptyImagePaths.add(icons.trayAlert);
    const { badge, tray } = setup('linux');
    badge.update({ overdue: 2, dueSoon: 0 });
    expect(tray.setImage).not.toHaveBeenCalled();
    expect(tray.setToolTip).toHaveBeenLastCalledWith('投诉处理台 · 2 宗已超时 · 0 宗即将超时');
  });
});

describe('platform badges', () => {
  it('Windows: overlay icon with a description while overdue, cleared with null', () => {
    const { badge, window } = setup('win32');
    badge.update({ overdue: 2, dueSoon: 1 });
    const [overlay, description] = window()!.setOverlayIcon.mock.lastCall!;
    expect(pathOf(overlay)).toBe(icons.overlay);
    expect(description).toBe('2 宗已超时 · 1 宗即将超时');
    badge.update({ overdue: 0, dueSoon: 1 });
    expect(window()!.setOverlayIcon).toHaveBeenLastCalledWith(null, '');
    expect(app.setBadgeCount).not.toHaveBeenCalled();
    expect(app.dock.setBadge).not.toHaveBeenCalled();
  });

  it('Windows: the overlay goes onto a main window created later (tray mode), none while there is no window', () => {
    const { badge, setWindow } = setup('win32');
    setWindow(null);
    expect(() => badge.update({ overdue: 4, dueSoon: 0 })).not.toThrow();
    const reopened = new FakeBrowserWindow();
    setWindow(reopened);
    badge.refresh();
    expect(pathOf(reopened.setOverlayIcon.mock.lastCall![0])).toBe(icons.overlay);
  });

  it('macOS: the Dock badge shows the overdue count, empty clears it', () => {
    const { badge, window } = setup('darwin');
    badge.update({ overdue: 7, dueSoon: 2 });
    expect(app.dock.setBadge).toHaveBeenLastCalledWith('7');
    badge.update({ overdue: 0, dueSoon: 2 });
    expect(app.dock.setBadge).toHaveBeenLastCalledWith('');
    expect(window()!.setOverlayIcon).not.toHaveBeenCalled();
    expect(app.setBadgeCount).not.toHaveBeenCalled();
  });

  it('Linux: the launcher count; a desktop without the API (false) is fine', () => {
    const { badge } = setup('linux');
    badge.update({ overdue: 5, dueSoon: 0 });
    expect(app.setBadgeCount).toHaveBeenLastCalledWith(5);
    app.setBadgeCount.mockReturnValue(false);
    expect(() => badge.update({ overdue: 0, dueSoon: 0 })).not.toThrow();
    expect(app.setBadgeCount).toHaveBeenLastCalledWith(0);
    expect(app.dock.setBadge).not.toHaveBeenCalled();
  });

  it('does nothing again for the same counts', () => {
    const { badge, tray } = setup('linux');
    badge.update({ overdue: 1, dueSoon: 0 });
    badge.update({ overdue: 1, dueSoon: 0 });
    expect(app.setBadgeCount).toHaveBeenCalledTimes(1);
    expect(tray.setToolTip).toHaveBeenCalledTimes(1);
    expect(badge.counts()).toEqual({ overdue: 1, dueSoon: 0 });
  });
});
