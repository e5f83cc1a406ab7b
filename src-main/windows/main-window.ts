import type { BrowserWindow } from 'electron';
import { pageUrl, preloadPath, type AppLocations } from './app-url';
import { createSecureWindow } from './security';
import { restartDelay } from '../core/backoff';

export interface MainWindowOptions {
  locations: AppLocations;
  icon?: string;
  /** Asked on every close: true keeps the app running in the tray. */
  shouldHideOnClose(): boolean;
  /** Where the page opens (a notification's case): sent to a page not loaded yet, a route would be lost. */
  route?: string;
}

/** The UI window. Closing it hides it to the tray unless the user turned that off or is quitting. */
export function createMainWindow({ locations, icon, shouldHideOnClose, route }: MainWindowOptions): BrowserWindow {
  const window = createSecureWindow({
    preload: preloadPath(locations, 'ui'),
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: '投诉处理台 Complaint Desk',
    ...(icon ? { icon } : {}),
  });
  window.once('ready-to-show', () => window.show());
  // Loaded again at the start page, not at the case a notification once opened it on.
  reloadWhenGone(window, pageUrl(locations, 'index'));
  window.on('close', (event) => {
    if (shouldHideOnClose()) {
      event.preventDefault();
      window.hide();
    }
  });
  void window.loadURL(pageUrl(locations, 'index', route));
  return window;
}

/**
 * The page's renderer crashed or was killed (not a clean exit): it is loaded again, ever more
 * slowly when it keeps crashing, rather than leaving a white window only 退出 in the tray ends.
 * What was typed and not saved is gone with the renderer; what was saved is in the store host.
 */
function reloadWhenGone(window: BrowserWindow, url: string): void {
  const crashes: number[] = [];
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    crashes.push(Date.now());
    setTimeout(() => {
      if (!window.isDestroyed()) void window.loadURL(url);
    }, restartDelay(crashes, Date.now()));
  });
}

export function revealWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
