import type {
  AppInfo,
  AppPrefs,
  BackupFolderStatus,
  BackupNowResult,
  ChooseBackupSourceRequest,
  ChooseBackupTargetRequest,
  NotifyRequest,
  OpenFileRequest,
  OpenFileResult,
  PrintRequest,
  PrintResult,
  SaveFileRequest,
  SaveFileResult,
} from '../../src-main/core/contract';
import type { AlertLanguage } from '../../src-main/core/alert-text';

export type {
  AppInfo,
  AppPrefs,
  BackupFolderStatus,
  BackupNowResult,
  ChooseBackupSourceRequest,
  ChooseBackupTargetRequest,
  NotifyRequest,
  OpenFileRequest,
  OpenFileResult,
  PrintRequest,
  PrintResult,
  SaveFileRequest,
  SaveFileResult,
};

/**
 * A backup file chosen to restore, as the store host reads it: on the desktop a `source` main keeps
 * open (read a range at a time through main), in the browser the `File` itself.
 */
export type BackupFileRef = { source: string } | { file: Blob };

export type ChosenBackup = { status: 'chosen'; name: string; bytes: number; ref: BackupFileRef } | { status: 'cancelled' };

/** Where 备份到文件 writes: on the desktop a `target` main opened with a save dialog, which the store host streams to. */
export type ChosenBackupTarget = { status: 'chosen'; target: string; path: string } | { status: 'cancelled' };

/** The deadline alerts a notice is about: the keys (`<caseId>:<clockKind>`) its actions apply to. */
/** The message of a print that never got ready to print (a frame's view that did not load in time): worded by the UI. */
export const PRINT_NOT_READY = 'print-not-ready';

export interface NoticeAlerts {
  /** 15 分钟后提醒: every entry of the notice. */
  keys: string[];
  /** 确认: the overdue ones, whose reminders an acknowledgement stops (none: the notice only warns). */
  overdueKeys: string[];
}

/** A notification the platform could not show natively; the UI shows it in the app. */
export interface InAppNotice extends NotifyRequest {
  id: string;
  /** A deadline alert's words in each language, so the notice follows a switch of the UI's language. */
  texts?: Record<AlertLanguage, { title: string; body: string }>;
  /** Set when the notice is a deadline alert: the UI offers its actions. */
  alerts?: NoticeAlerts;
}

/** Whether the system may show notifications: always on the desktop, the user's choice in a browser. */
export type NotificationAccess = 'granted' | 'denied' | 'default' | 'unsupported';

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
  /**
   * In-app notices the platform takes back: alerts settled meanwhile, or meant for a user no longer
   * signed in here. Optional: a platform without in-app alerts (the desktop, test doubles) has none.
   */
  onNoticesWithdrawn?(listener: (ids: readonly string[]) => void): () => void;
  /** Optional: platforms without a permission to ask (test doubles) leave it out and count as granted. */
  notificationPermission?(): NotificationAccess;
  /** Asks the user to allow system notifications (a browser prompt); answers the resulting access. */
  requestNotificationPermission?(): Promise<NotificationAccess>;
  print(request: PrintRequest): Promise<PrintResult>;
  /** Called by a print view once its data is on screen. */
  printReady(): void;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  /** 从备份恢复: the backup file to restore, not read here (any size; the store host reads it). */
  chooseBackupFile(request: ChooseBackupSourceRequest): Promise<ChosenBackup>;
  /**
   * Desktop: 备份到文件's save dialog, before the backup is made; the store host writes the file to the
   * target. Absent in the browser, where the backup comes back as a Blob to `downloadBlob`.
   */
  chooseBackupTarget?(request: ChooseBackupTargetRequest): Promise<ChosenBackupTarget>;
  /** Browser: saves a Blob (a backup of any size) as a download. */
  downloadBlob?(blob: Blob, suggestedName: string): Promise<void>;
  getPrefs(): Promise<AppPrefs>;
  setPrefs(prefs: Partial<AppPrefs>): Promise<AppPrefs>;
  onNavigate(listener: (route: string) => void): () => void;
  /**
   * The automatic backups folder main keeps (desktop only; absent in the browser, where a backup is
   * a download). Its schedule and rotation are `AppPrefs.backup`.
   */
  backups?: {
    status(): Promise<BackupFolderStatus>;
    runNow(): Promise<BackupNowResult>;
    openFolder(): Promise<void>;
  };
  /**
   * Browser only: a backup the desk kept in the browser's own storage (the one before a restore, logged
   * with an `opfs:` path, domain/backup/kept.ts), read back to be downloaded; null when it is no longer kept.
   */
  readKeptBackup?(path: string): Promise<Blob | null>;
  /**
   * Browser only: one tab of the browser runs the desk at a time (each would otherwise run a store
   * host of its own on the same database, blind to the other's changes). `onElsewhere` tells the UI
   * when another tab has it (true) or this one does (false); `takeOver` moves it to this tab.
   */
  tabs?: {
    onElsewhere(listener: (elsewhere: boolean) => void): () => void;
    takeOver(): void;
  };
}
