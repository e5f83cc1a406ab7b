import type {
  AppInfo,
  AppPrefs,
  NotifyRequest,
  OpenFileRequest,
  OpenFileResult,
  PrintRequest,
  PrintResult,
  SaveFileRequest,
  SaveFileResult,
} from '../../src-main/core/contract';

export type {
  AppInfo,
  AppPrefs,
  NotifyRequest,
  OpenFileRequest,
  OpenFileResult,
  PrintRequest,
  PrintResult,
  SaveFileRequest,
  SaveFileResult,
};

/** A notification the platform could not show natively; the UI shows it in the app. */
export interface InAppNotice extends NotifyRequest {
  id: string;
}

/**
 * What the UI needs from where it runs. The Electron implementation talks to
 * main through the preload; the web one uses a Worker and browser APIs.
 */
export interface Platform {
  readonly kind: 'electron' | 'web';
  /**
   * Calls `onPort` with a port to the store host now and again whenever the
   * store host was restarted. Returns a function that stops listening.
   */
  connectStore(onPort: (port: MessagePort) => void): () => void;
  /** Asks for a fresh store connection (after the current one stopped answering). */
  reconnectStore(): void;
  appInfo(): Promise<AppInfo>;
  notify(request: NotifyRequest): Promise<void>;
  onInAppNotice(listener: (notice: InAppNotice) => void): () => void;
  print(request: PrintRequest): Promise<PrintResult>;
  /** Called by a print view once its data is on screen. */
  printReady(): void;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  getPrefs(): Promise<AppPrefs>;
  setPrefs(prefs: Partial<AppPrefs>): Promise<AppPrefs>;
  onNavigate(listener: (route: string) => void): () => void;
}
