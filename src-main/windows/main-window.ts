import type { BrowserWindow } from 'electron';
import { pageUrl, preloadPath, type AppLocations } from './app-url';
import { createSecureWindow } from './security';

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
  window.on('close', (event) => {
    if (shouldHideOnClose()) {
      event.preventDefault();
      window.hide();
    }
  });
  void window.loadURL(pageUrl(locations, 'index', route));
  return window;
}

export function revealWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
