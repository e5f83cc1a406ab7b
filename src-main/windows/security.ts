/**
 * Every BrowserWindow of the app is created here, with the same locked-down
 * webPreferences, so no window can be created with a weaker setting.
 */
import { BrowserWindow, shell, type BrowserWindowConstructorOptions, type Session, type WebContents } from 'electron';
import { isAllowedExternalLink } from '../core/app-identity';

export type SecureWindowOptions = Omit<BrowserWindowConstructorOptions, 'webPreferences'> & {
  preload: string;
  backgroundThrottling?: boolean;
};

/**
 * The one place the app constructs windows. The webPreferences are written
 * out in the constructor call itself, not built elsewhere, so that
 * Electronegativity (`npm run test:security`) sees every setting it checks.
 */
export function createSecureWindow({ preload, backgroundThrottling, ...options }: SecureWindowOptions): BrowserWindow {
  const window = new BrowserWindow({ // eng-disable AUXCLICK_JS_CHECK: a middle click can only ask for a new window, and the window-open handler below denies every one (unit-tested)
    ...options,
    webPreferences: {
      preload, // eng-disable PRELOAD_JS_CHECK: both preloads expose named functions only, through contextBridge (test/unit/src-main/preload)
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
      ...(backgroundThrottling === undefined ? {} : { backgroundThrottling }),
    },
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
    if (isAllowedExternalLink(url)) void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK: only URLs on the https allow-list of isAllowedExternalLink get here (unit-tested)
    return { action: 'deny' };
  });
}

/** Denies every permission (camera, notifications from the page, geolocation…); main notifies natively. */
export function installSessionPolicy(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.on('will-download', (event) => event.preventDefault());
}
