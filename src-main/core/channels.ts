/**
 * Channel names of the ipc contract, free of any runtime dependency so the
 * sandboxed preloads stay small. Payload schemas are in contract.ts.
 */
/** Channels a UI window may invoke (request → response). */
export const UiInvoke = {
  appInfo: 'ui:app-info',
  notify: 'ui:notify',
  print: 'ui:print',
  saveFile: 'ui:save-file',
  openFile: 'ui:open-file',
  getPrefs: 'ui:get-prefs',
  setPrefs: 'ui:set-prefs',
  /** The automatic backups folder: its files and free space (desktop). */
  backupStatus: 'ui:backup-status',
  /** An automatic-style backup into the backups folder now. */
  backupNow: 'ui:backup-now',
  openBackupsFolder: 'ui:open-backups-folder',
  /** 备份到文件: a save dialog for a backup the store host then writes there a part at a time (no bytes pass the page). */
  chooseBackupTarget: 'ui:choose-backup-target',
  /** 从备份恢复: an open dialog for a backup file the store host then reads a range at a time. */
  chooseBackupSource: 'ui:choose-backup-source',
} as const;

/** Channels a UI window may send (fire and forget). */
export const UiSend = {
  requestStorePort: 'ui:request-store-port',
  printReady: 'ui:print-ready',
} as const;

/** Channels main pushes to a UI window. */
export const UiPush = {
  storePort: 'ui:store-port',
  navigate: 'ui:navigate',
} as const;

/** Channels the store host sends to main. */
export const HostSend = {
  ready: 'host:ready',
  flushed: 'host:flushed',
  /** Answer to a backup request: the backup was made and saved (or why not). */
  backupDone: 'host:backup-done',
  /** Deadline feed for the alert scheduler (reset or delta), validated in main. */
  deadlineFeed: 'host:deadline-feed',
} as const;

/** Channels the store host may invoke on main (request → response). */
export const HostInvoke = {
  /**
   * A backup the store host makes, written by main a part at a time: opened (free space checked, a
   * temp file beside the destination), written, closed (flushed, renamed, rotated) or aborted.
   */
  backupStreamOpen: 'host:backup-stream-open',
  backupStreamWrite: 'host:backup-stream-write',
  backupStreamClose: 'host:backup-stream-close',
  backupStreamAbort: 'host:backup-stream-abort',
  /** A range of the backup file the user chose to restore (UiInvoke.chooseBackupSource). */
  backupSourceRead: 'host:backup-source-read',
  /** The store host is done with that file (restored, or refused): main closes it, so a USB stick can be ejected. */
  backupSourceRelease: 'host:backup-source-release',
} as const;

/** Channels main pushes to the store host. */
export const HostPush = {
  connect: 'host:connect',
  disconnect: 'host:disconnect',
  flush: 'host:flush',
  /** Alerts raised, acknowledged or snoozed in main, for the store host's alert log. */
  alertReport: 'host:alert-report',
  /** Main's backup schedule (daily, on quit) asks the store host for a backup. */
  backupRequest: 'host:backup-request',
} as const;

/** Window message type the preloads use to hand a transferred port to the page world. */
export const PORT_MESSAGE_TYPE = 'complaint-desk:port';
