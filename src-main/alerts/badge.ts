import { app, nativeImage, type BrowserWindow, type NativeImage, type Tray } from 'electron';
import type { AlertCounts } from '../core/alert-feed';
import { countsText, type AlertLanguage } from '../core/alert-text';
import { mainMessages } from '../core/messages';

export interface BadgeIcons {
  /** The normal tray icon (tray.ico on Windows, tray.png elsewhere). */
  tray: string;
  /** The tray icon with a red dot, while something is overdue. */
  trayAlert: string;
  /** Windows taskbar overlay (16 px), while something is overdue. */
  overlay: string;
}

export interface BadgeOptions {
  tray: Tray;
  /** The main window, if it exists (in tray mode it may not). */
  mainWindow(): BrowserWindow | null;
  icons: BadgeIcons;
  language(): AlertLanguage;
  platform?: NodeJS.Platform;
}

export interface Badge {
  update(counts: AlertCounts): void;
  /** Applies everything again: after a language change, or when the main window was (re)created or shown. */
  refresh(): void;
  counts(): AlertCounts;
}

/**
 * What the desktop shows of the overdue count without any window: the tray
 * icon and its tooltip everywhere, plus the taskbar overlay on Windows, the
 * Dock badge on macOS and the launcher count on Linux (docks that implement
 * the Unity LauncherEntry API; elsewhere setBadgeCount returns false, fine).
 */
export function createBadge({ tray, mainWindow, icons, language, platform = process.platform }: BadgeOptions): Badge {
  let current: AlertCounts = { overdue: 0, dueSoon: 0 };
  let trayAlerting = false;
  const images = new Map<string, NativeImage | null>();

  /** The image at `path`, or null when it would be empty (a file missing from a package). */
  function image(path: string): NativeImage | null {
    if (!images.has(path)) {
      const loaded = nativeImage.createFromPath(path);
      images.set(path, loaded.isEmpty() ? null : loaded);
    }
    return images.get(path) ?? null;
  }

  function applyTray(): void {
    const alerting = current.overdue > 0;
    const words = mainMessages(language());
    tray.setToolTip(
      current.overdue === 0 && current.dueSoon === 0 ? words.trayTooltip : `${words.trayTooltip} · ${countsText(current, language())}`,
    );
    if (alerting === trayAlerting) return;
    const icon = image(alerting ? icons.trayAlert : icons.tray);
    // Never swap in an empty image: an invisible tray icon is worse than a stale one.
    if (icon) tray.setImage(icon);
    trayAlerting = alerting;
  }

  function applyPlatformBadge(): void {
    const overdue = current.overdue;
    if (platform === 'win32') {
      const window = mainWindow();
      if (!window || window.isDestroyed()) return;
      const overlay = overdue > 0 ? image(icons.overlay) : null;
      window.setOverlayIcon(overlay, overlay ? countsText(current, language()) : '');
    } else if (platform === 'darwin') {
      app.dock?.setBadge(overdue > 0 ? String(overdue) : '');
    } else {
      app.setBadgeCount(overdue);
    }
  }

  return {
    update(counts) {
      const changed = counts.overdue !== current.overdue || counts.dueSoon !== current.dueSoon;
      current = { ...counts };
      if (!changed) return;
      applyTray();
      applyPlatformBadge();
    },
    refresh() {
      applyTray();
      applyPlatformBadge();
    },
    counts: () => ({ ...current }),
  };
}
