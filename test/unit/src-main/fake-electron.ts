/**
 * A small stand-in for the `electron` module, for main-process and preload
 * unit tests. Use it with `vi.mock('electron', () => import('<path>/fake-electron'))`
 * and call `resetFakeElectron()` in `beforeEach`. Every constructed window,
 * notification, tray and message channel is recorded so tests can assert on them.
 */
import { EventEmitter } from 'node:events';
import type { BrowserWindow as RealBrowserWindow, WebContents as RealWebContents } from 'electron';
import { vi, type Mock } from 'vitest';

type AnyFn = (...args: any[]) => any;
const fns: Mock[] = [];
/** A vi.fn that `resetFakeElectron` returns to `impl` (dropping queued once-implementations). */
function fn<T extends AnyFn>(impl?: T): Mock<T> {
  const mock = impl ? vi.fn(impl) : vi.fn();
  fns.push(mock as Mock);
  return mock as Mock<T>;
}

let nextId = 1;

/** An event whose preventDefault is observable, as Electron passes to will-navigate, close, … */
export function fakeEvent(extra: Record<string, unknown> = {}) {
  return { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; }, ...extra };
}

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  url = '';
  readonly mainFrame = { url: '' };
  destroyed = false;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly postMessage = vi.fn();
  readonly send = vi.fn();
  readonly printToPDF = vi.fn(async () => Buffer.from('%PDF-1.7 fake'));
  /** Print dialog; by default the user prints successfully. */
  readonly print = vi.fn((_options: unknown, callback?: (success: boolean, reason: string) => void) => callback?.(true, ''));
  readonly setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = handler;
  });
  getURL = () => this.url;
  isDestroyed = () => this.destroyed;
  /** Simulates a page load: URL and main-frame URL change together. */
  navigate(url: string): void {
    this.url = url;
    this.mainFrame.url = url;
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('destroyed');
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly instances: FakeBrowserWindow[] = [];
  static readonly fromWebContents = fn((contents: unknown) => FakeBrowserWindow.instances.find((w) => w.webContents === contents) ?? null);
  /** How every window loads a URL; tests make it fail or hang with mockImplementationOnce. */
  static readonly load = fn(async (window: FakeBrowserWindow, url: string) => window.webContents.navigate(url));
  readonly webContents = new FakeWebContents();
  destroyed = false;
  visible = false;
  minimized = false;
  readonly loadURL = vi.fn((url: string) => FakeBrowserWindow.load(this, url));
  readonly show = vi.fn(() => {
    this.visible = true;
    this.emit('show');
  });
  readonly hide = vi.fn(() => void (this.visible = false));
  readonly focus = vi.fn();
  readonly restore = vi.fn(() => void (this.minimized = false));
  /** Windows taskbar overlay; null clears it. */
  readonly setOverlayIcon = vi.fn((_overlay: unknown, _description: string) => undefined);

  constructor(readonly options: Electron.BrowserWindowConstructorOptions = {}) {
    super();
    this.visible = options.show !== false;
    FakeBrowserWindow.instances.push(this);
  }
  isMinimized = () => this.minimized;
  isDestroyed = () => this.destroyed;
  /** Like a user closing the window: listeners may prevent it. */
  close(): void {
    const event = fakeEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroy();
    this.emit('closed');
  }
}

export class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, AnyFn>();
  handle(channel: string, handler: AnyFn): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, handler);
  }
  /** What `ipcRenderer.invoke` would do: run the handler, errors become rejections. */
  async invoke(channel: string, event: unknown, payload?: unknown): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, payload);
  }
}

export class FakeMessagePortMain {
  readonly id = nextId++;
}

export class FakeMessageChannelMain {
  static readonly instances: FakeMessageChannelMain[] = [];
  readonly port1 = new FakeMessagePortMain();
  readonly port2 = new FakeMessagePortMain();
  constructor() {
    FakeMessageChannelMain.instances.push(this);
  }
}

export class FakeNotification extends EventEmitter {
  static readonly instances: FakeNotification[] = [];
  static readonly isSupported = fn(() => true);
  readonly show = vi.fn();
  /** Programmatic dismissal; like Electron on macOS/Linux it emits nothing. */
  readonly close = vi.fn();
  constructor(readonly options: Electron.NotificationConstructorOptions) {
    super();
    FakeNotification.instances.push(this);
  }
}

export class FakeTray extends EventEmitter {
  static readonly instances: FakeTray[] = [];
  readonly setToolTip = vi.fn();
  readonly setImage = vi.fn();
  readonly setContextMenu = vi.fn();
  readonly destroy = vi.fn();
  constructor(readonly image: unknown) {
    super();
    FakeTray.instances.push(this);
  }
}

export interface FakeMenu {
  template: Electron.MenuItemConstructorOptions[];
}

export const Menu = {
  buildFromTemplate: fn((template: Electron.MenuItemConstructorOptions[]): FakeMenu => ({ template })),
  setApplicationMenu: fn(),
};

/** Paths whose image loads empty, as a missing file does in Electron. */
export const emptyImagePaths = new Set<string>();
export class FakeNativeImage {
  constructor(readonly path: string) {}
  isEmpty(): boolean {
    return emptyImagePaths.has(this.path);
  }
}
export const nativeImage = { createFromPath: fn((path: string) => new FakeNativeImage(path)) };

export const dialog = {
  /** A message box answered at once; by default with its first button. */
  showMessageBoxSync: fn((..._args: unknown[]): number => 0),
  showSaveDialog: fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })),
  showOpenDialog: fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> => ({ canceled: true, filePaths: [] })),
};

export const shell = {
  openExternal: fn(async (_url: string) => undefined),
  /** Resolves to an error text, '' when the path was opened (as Electron does). */
  openPath: fn(async (_path: string) => ''),
};

export class FakeSession extends EventEmitter {
  permissionRequestHandler: AnyFn | null = null;
  permissionCheckHandler: AnyFn | null = null;
  setPermissionRequestHandler(handler: AnyFn | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: AnyFn | null): void {
    this.permissionCheckHandler = handler;
  }
}
export const session = { defaultSession: new FakeSession() };

class FakeApp extends EventEmitter {
  readonly paths = new Map<string, string>();
  isPackaged = false;
  readonly setPath = fn((name: string, path: string) => void this.paths.set(name, path));
  readonly getPath = fn((name: string) => this.paths.get(name) ?? `/nonexistent/fake-electron/${name}`);
  readonly setAppUserModelId = fn();
  readonly requestSingleInstanceLock = fn(() => true);
  readonly whenReady = fn(() => Promise.resolve());
  readonly quit = fn();
  readonly getVersion = fn(() => '0.0.0-test');
  readonly showAboutPanel = fn();
  /** Linux (Unity launcher API) and macOS; false where unsupported. */
  readonly setBadgeCount = fn((_count?: number) => true);
  /** Present on macOS only in Electron; tests choose the platform the code under test assumes. */
  readonly dock = { setBadge: fn((_text: string) => undefined) };
}
export const app = new FakeApp();
export const ipcMain = new FakeIpcMain();
/** Emits 'resume', 'suspend', 'unlock-screen', … when a test says so. */
export const powerMonitor = new EventEmitter();

/** Renderer side, for the preloads. */
export const ipcRenderer = Object.assign(new EventEmitter(), {
  send: fn((..._args: unknown[]) => undefined),
  invoke: fn(async (..._args: unknown[]): Promise<unknown> => undefined),
});
export const contextBridge = { exposed: new Map<string, unknown>(), exposeInMainWorld: fn((key: string, api: unknown) => void contextBridge.exposed.set(key, api)) };

export {
  FakeBrowserWindow as BrowserWindow,
  FakeMessageChannelMain as MessageChannelMain,
  FakeNotification as Notification,
  FakeTray as Tray,
};

/** The fake behind a value the code under test typed as an Electron object. */
export const fakeWindow = (window: RealBrowserWindow) => window as unknown as FakeBrowserWindow;
/** A fake passed where the code under test expects an Electron object. */
export const asWindow = (window: FakeBrowserWindow) => window as unknown as RealBrowserWindow;
export const asContents = (contents: FakeWebContents) => contents as unknown as RealWebContents;

export function resetFakeElectron(): void {
  FakeBrowserWindow.instances.length = 0;
  FakeMessageChannelMain.instances.length = 0;
  FakeNotification.instances.length = 0;
  FakeTray.instances.length = 0;
  for (const mock of fns) mock.mockReset();
  for (const emitter of [ipcMain, app, ipcRenderer, powerMonitor]) emitter.removeAllListeners();
  emptyImagePaths.clear();
  ipcMain.handlers.clear();
  app.paths.clear();
  app.isPackaged = false;
  contextBridge.exposed.clear();
  session.defaultSession = new FakeSession();
}
