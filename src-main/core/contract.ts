/**
 * The one ipc contract between the main process and the two preloads.
 * Channel names live in channels.ts (re-exported here); both sides import them and
 * every payload is validated with these schemas on the receiving side.
 */
import { z } from 'zod';
import type { FeedMessage } from './alert-feed';

export * from './channels';

export const AppInfo = z.object({
  version: z.string(),
  platform: z.string(),
  userDataPath: z.string(),
  isPackaged: z.boolean(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const NotifyRequest = z.object({
  title: z.string().min(1).max(200),
  body: z.string().max(2000),
  /** Route to open when the notification is clicked, e.g. `/cases/<id>`. */
  route: z.string().max(500).regex(/^\//).optional(),
});
export type NotifyRequest = z.infer<typeof NotifyRequest>;

export const PaperSize = z.enum(['A4', 'Letter']);
export type PaperSize = z.infer<typeof PaperSize>;

/**
 * The longest print route: a tracking list carries its query and columns (a filter may name many
 * departments, sub-categories and owners), and 打印所选 the ids of up to 2,000 selected cases (about
 * 100,000 characters as base64url JSON); Chromium takes URLs of 2 MB.
 */
export const MAX_PRINT_ROUTE = 1_000_000;

export const PrintRequest = z.object({
  /** Hash route of the print view, e.g. `/print/case/<id>/registration`; a tracking list carries its query (base64url JSON). */
  route: z.string().min(2).max(MAX_PRINT_ROUTE).regex(/^\/print\//),
  mode: z.enum(['dialog', 'pdf']),
  paper: PaperSize.default('A4'),
  marginsMm: z.number().min(0).max(40).default(15),
  suggestedName: z.string().min(1).max(200).default('complaint-desk.pdf'),
});
export type PrintRequest = z.input<typeof PrintRequest>;

export const PrintResult = z.object({
  status: z.enum(['printed', 'saved', 'cancelled']),
  path: z.string().optional(),
});
export type PrintResult = z.infer<typeof PrintResult>;

export const FileFilter = z.object({
  name: z.string().max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9*]{1,10}$/i)).max(20),
});

export const SaveFileRequest = z.object({
  suggestedName: z.string().min(1).max(200),
  filters: z.array(FileFilter).max(10).default([]),
  data: z.instanceof(Uint8Array),
});
export type SaveFileRequest = z.input<typeof SaveFileRequest>;

export const SaveFileResult = z.object({
  status: z.enum(['saved', 'cancelled']),
  path: z.string().optional(),
});
export type SaveFileResult = z.infer<typeof SaveFileResult>;

/** Why main could not write or read a file the user chose, in a word the UI translates (`file.why.<why>`). */
export const FILE_FAILURE_KINDS = ['busy', 'locked', 'denied', 'full', 'missing', 'tooBig', 'other'] as const;
export type FileFailureKind = (typeof FILE_FAILURE_KINDS)[number];

/** The largest file the open dialog reads whole into the page (imports; backups are read a range at a time). */
export const MAX_OPEN_FILE_BYTES = 2 * 1024 ** 3 - 1;

export const OpenFileRequest = z.object({
  filters: z.array(FileFilter).max(10).default([]),
  /** Files larger than this are refused before they are read. */
  maxBytes: z.number().int().positive().max(MAX_OPEN_FILE_BYTES).default(64 * 1024 * 1024),
});
export type OpenFileRequest = z.input<typeof OpenFileRequest>;

export const OpenFileResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('opened'), name: z.string(), data: z.instanceof(Uint8Array) }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('too-large'), name: z.string(), bytes: z.number() }),
]);
export type OpenFileResult = z.infer<typeof OpenFileResult>;

/** Main's automatic backups: when they run and how many files the backups folder keeps. */
export const BackupPrefs = z.object({
  daily: z.boolean(),
  onQuit: z.boolean(),
  /** The newest automatic backups kept, and besides them the newest of each of this many latest days that have one. */
  keepDaily: z.number().int().min(1).max(60),
  /** Besides those, the newest backup of each of this many months. */
  keepMonthly: z.number().int().min(0).max(120),
});
export type BackupPrefs = z.infer<typeof BackupPrefs>;
export const DEFAULT_BACKUP_PREFS: BackupPrefs = { daily: true, onQuit: true, keepDaily: 7, keepMonthly: 12 };

/** Desktop preferences main keeps itself, because it needs them before any store exists. */
export const AppPrefs = z.object({
  closeToTray: z.boolean(),
  /** UI language, so the tray and menus speak it too. */
  language: z.enum(['zh-CN', 'en']),
  backup: BackupPrefs,
});
export type AppPrefs = z.infer<typeof AppPrefs>;
export const DEFAULT_APP_PREFS: AppPrefs = { closeToTray: true, language: 'zh-CN', backup: DEFAULT_BACKUP_PREFS };
export const AppPrefsPatch = AppPrefs.partial().strict();

/** Backup files are named `complaint-desk-<yyyyMMdd-HHmmss>-<kind>.cdbak`. */
export const BACKUP_EXTENSION = 'cdbak';
export const AutoBackupKind = z.enum(['daily', 'on-quit', 'pre-restore']);
export type AutoBackupKind = z.infer<typeof AutoBackupKind>;

/** A refusal of main's file side, as an i18n error code (`errors.<code>`) with its parameters. */
export const FileRefusal = z.object({
  status: z.literal('refused'),
  code: z.string().max(100),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type FileRefusal = z.infer<typeof FileRefusal>;

/** Bytes per part of a backup streamed to main, or read from the file being restored. */
export const MAX_BACKUP_PART_BYTES = 16 * 1024 * 1024;

const StreamId = z.string().min(1).max(100);
const Part = z.instanceof(Uint8Array).refine((data) => data.byteLength <= MAX_BACKUP_PART_BYTES, { error: 'part too large' });

/**
 * A backup the store host is about to write: the automatic kinds go into the backups folder (main
 * names the file), a manual one to the target the user chose (UiInvoke.chooseBackupTarget).
 * `expectedBytes` is about what will be written (the attachments' bytes and the tables' JSON):
 * main refuses at once when the disk lacks twice that plus 200 MB.
 */
export const BackupStreamOpenRequest = z.discriminatedUnion('kind', [
  z.object({ kind: AutoBackupKind, expectedBytes: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER) }),
  z.object({ kind: z.literal('manual'), target: StreamId, expectedBytes: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER) }),
]);
export type BackupStreamOpenRequest = z.infer<typeof BackupStreamOpenRequest>;
export const BackupStreamOpenResult = z.discriminatedUnion('status', [z.object({ status: z.literal('open'), stream: StreamId }), FileRefusal]);
export type BackupStreamOpenResult = z.infer<typeof BackupStreamOpenResult>;

/** The next part, in order. A refusal (the disk filled up, the file went) ends the stream: its temp file is gone. */
export const BackupStreamWriteRequest = z.object({ stream: StreamId, data: Part });
export type BackupStreamWriteRequest = z.infer<typeof BackupStreamWriteRequest>;
export const BackupStreamWriteResult = z.discriminatedUnion('status', [z.object({ status: z.literal('written') }), FileRefusal]);
export type BackupStreamWriteResult = z.infer<typeof BackupStreamWriteResult>;

/** Every part written: main compares `bytes` with what it wrote, flushes, renames into place (and rotates the folder). */
export const BackupStreamCloseRequest = z.object({ stream: StreamId, bytes: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER) });
export type BackupStreamCloseRequest = z.infer<typeof BackupStreamCloseRequest>;

/** The backup could not be finished (a failure while making it): main deletes the temp file. */
export const BackupStreamAbortRequest = z.object({ stream: StreamId });
export type BackupStreamAbortRequest = z.infer<typeof BackupStreamAbortRequest>;

/** A range of the file chosen to restore; a read past its end answers what there is (possibly nothing). */
export const BackupSourceReadRequest = z.object({
  source: StreamId,
  at: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  length: z.number().int().positive().max(MAX_BACKUP_PART_BYTES),
});
export type BackupSourceReadRequest = z.infer<typeof BackupSourceReadRequest>;
export const BackupSourceReadResult = z.discriminatedUnion('status', [z.object({ status: z.literal('read'), data: z.instanceof(Uint8Array) }), FileRefusal]);
export type BackupSourceReadResult = z.infer<typeof BackupSourceReadResult>;

export const BackupSourceReleaseRequest = z.object({ source: StreamId });
export type BackupSourceReleaseRequest = z.infer<typeof BackupSourceReleaseRequest>;

/** 备份到文件 on the desktop: where to write; the store host streams the backup to the `target` main answers. */
export const ChooseBackupTargetRequest = z.object({ suggestedName: z.string().min(1).max(200), filters: z.array(FileFilter).max(10).default([]) });
export type ChooseBackupTargetRequest = z.input<typeof ChooseBackupTargetRequest>;
export const ChooseBackupTargetResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('chosen'), target: StreamId, path: z.string() }),
  z.object({ status: z.literal('cancelled') }),
]);
export type ChooseBackupTargetResult = z.infer<typeof ChooseBackupTargetResult>;

/** 从备份恢复 on the desktop: the file chosen, which the store host reads through `source`; not read here. */
export const ChooseBackupSourceRequest = z.object({ filters: z.array(FileFilter).max(10).default([]) });
export type ChooseBackupSourceRequest = z.input<typeof ChooseBackupSourceRequest>;
export const ChooseBackupSourceResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('chosen'), source: StreamId, name: z.string(), bytes: z.number().int().nonnegative() }),
  z.object({ status: z.literal('cancelled') }),
]);
export type ChooseBackupSourceResult = z.infer<typeof ChooseBackupSourceResult>;

export const SaveBackupResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), path: z.string(), at: z.number() }),
  FileRefusal,
]);
export type SaveBackupResult = z.infer<typeof SaveBackupResult>;

export const BackupRequestMessage = z.object({ requestId: z.number().int(), kind: z.enum(['daily', 'on-quit']) });
export type BackupRequestMessage = z.infer<typeof BackupRequestMessage>;

export const BackupDoneMessage = z.object({
  requestId: z.number().int(),
  ok: z.boolean(),
  code: z.string().max(100).optional(),
});
export type BackupDoneMessage = z.infer<typeof BackupDoneMessage>;

export const BackupFile = z.object({
  name: z.string(),
  path: z.string(),
  at: z.number(),
  bytes: z.number(),
  kind: z.string(),
});
export type BackupFile = z.infer<typeof BackupFile>;

/** The backups folder as Settings shows it. */
/** An automatic backup that did not come about: when, and why (a `FileRefusal`'s code and params). */
export const BackupFailure = z.object({
  at: z.number(),
  code: z.string().max(100),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type BackupFailure = z.infer<typeof BackupFailure>;

export const BackupFolderStatus = z.object({
  folder: z.string(),
  files: z.array(BackupFile),
  /** Free bytes on the folder's disk, when the system says. */
  freeBytes: z.number().nullable(),
  /** The automatic backups have failed since this one, the last that did not come about (retried hourly); null since one succeeded. */
  lastFailure: BackupFailure.nullable().optional(),
});
export type BackupFolderStatus = z.infer<typeof BackupFolderStatus>;

export const BackupNowResult = z.discriminatedUnion('status', [z.object({ status: z.literal('saved'), path: z.string(), at: z.number() }), FileRefusal]);
export type BackupNowResult = z.infer<typeof BackupNowResult>;

export const NavigateMessage = z.object({ route: z.string().regex(/^\//).max(500) });
export type NavigateMessage = z.infer<typeof NavigateMessage>;

export const ConnectMessage = z.object({ connectionId: z.string().min(1).max(100) });
export type ConnectMessage = z.infer<typeof ConnectMessage>;

export const FlushMessage = z.object({ requestId: z.number().int() });
export type FlushMessage = z.infer<typeof FlushMessage>;

/** What the UI preload exposes as `window.desk`. Named functions only. */
export interface DeskBridge {
  appInfo(): Promise<AppInfo>;
  notify(request: NotifyRequest): Promise<void>;
  print(request: PrintRequest): Promise<PrintResult | FileRefusal>;
  /** A file the user chose that could not be written or read comes back refused (`file.writeFailed`, `file.readFailed`). */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult | FileRefusal>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult | FileRefusal>;
  getPrefs(): Promise<AppPrefs>;
  setPrefs(prefs: Partial<AppPrefs>): Promise<AppPrefs>;
  backupStatus(): Promise<BackupFolderStatus>;
  backupNow(): Promise<BackupNowResult>;
  openBackupsFolder(): Promise<void>;
  chooseBackupTarget(request: ChooseBackupTargetRequest): Promise<ChooseBackupTargetResult | FileRefusal>;
  /** A file that cannot be read (gone, not ours to read) comes back refused (`file.readFailed`). */
  chooseBackupSource(request: ChooseBackupSourceRequest): Promise<ChooseBackupSourceResult | FileRefusal>;
  /** Ask main for a fresh port to the store host; it arrives as a window message. */
  requestStorePort(): void;
  /** The print view tells main it has rendered its data. */
  printReady(): void;
  onNavigate(listener: (route: string) => void): () => void;
}

/** What the host preload exposes as `window.deskHost`. */
export interface DeskHostBridge {
  ready(): void;
  /** Sends the deadline feed (a full reset or a delta) to main's alert scheduler. */
  publishFeed(message: FeedMessage): void;
  /** Reports from main's alert scheduler; the store host validates them (AlertReport). */
  onAlertReport(listener: (report: unknown) => void): void;
  flushed(requestId: number): void;
  onDisconnect(listener: (connectionId: string) => void): void;
  onFlush(listener: (requestId: number) => void): void;
  /** A backup written by main a part at a time (into the backups folder, or to the target the user chose). */
  backupStreamOpen(request: BackupStreamOpenRequest): Promise<BackupStreamOpenResult>;
  backupStreamWrite(request: BackupStreamWriteRequest): Promise<BackupStreamWriteResult>;
  backupStreamClose(request: BackupStreamCloseRequest): Promise<SaveBackupResult>;
  backupStreamAbort(request: BackupStreamAbortRequest): Promise<void>;
  /** A range of the backup file the user chose to restore. */
  backupSourceRead(request: BackupSourceReadRequest): Promise<BackupSourceReadResult>;
  /** Done with the file chosen to restore (restored, or refused): main closes it. */
  backupSourceRelease(request: BackupSourceReleaseRequest): Promise<void>;
  /** Main's schedule asks for a backup; answer with `backupDone`. */
  onBackupRequest(listener: (message: BackupRequestMessage) => void): void;
  backupDone(message: BackupDoneMessage): void;
}
