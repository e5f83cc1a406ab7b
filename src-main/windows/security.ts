/**
 * Every BrowserWindow of the app is created here, with the same locked-down
 * webPreferences, so no window can be created with a weaker setting.
 */
import { BrowserWindow, shell, type BrowserWindowConstructorOptions, type Session, type WebContents, type WebPreferences } from 'electron';
import { isAllowedExternalLink } from '../core/app-identity';

export function secureWebPreferences(preload: string, overrides: Pick<WebPreferences, 'backgroundThrottling'> = {}): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    ...overrides,
  };
}

export type SecureWindowOptions = Omit<BrowserWindowConstructorOptions, 'webPreferences'> & {
  preload: string;
  backgroundThrottling?: boolean;
};

/** The one place the app constructs windows. */
export function createSecureWindow({ preload, backgroundThrottling, ...options }: SecureWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...options,
    webPreferences: secureWebPreferences(preload, backgroundThrottling === undefined ? {} : { backgroundThrottling }),
  });
  hardenContents(window.webContents);
  return window;
}

/**
 * No navigation away from the loaded page, no new windows; an http(s) link
 * the app itself created opens in the system browser instead.
 */
export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (url !== contents.getURL()) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalLink(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** Denies every permission (camera, notifications from the page, geolocation…); main notifies natively. */
export function installSessionPolicy(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.on('will-download', (event) => event.preventDefault());
}
