/**
 * Handlers for the UI preload. Every call is checked twice: the sender must
 * be the main frame of one of the app's own pages, and the payload must match
 * its schema in the contract.
 */
import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron';
import {
  AppPrefsPatch,
  NotifyRequest,
  UiInvoke,
  UiSend,
  type AppInfo,
  type AppPrefs,
  type BackupFolderStatus,
  type BackupNowResult,
} from '../core/contract';

export interface UiIpcServices {
  isTrustedSender(event: IpcMainEvent | IpcMainInvokeEvent): boolean;
  appInfo(): AppInfo;
  notify(request: NotifyRequest): void;
  print(sender: WebContents, payload: unknown): Promise<unknown>;
  saveFile(sender: WebContents, payload: unknown): Promise<unknown>;
  openFile(sender: WebContents, payload: unknown): Promise<unknown>;
  getPrefs(): AppPrefs;
  setPrefs(patch: Partial<AppPrefs>): Promise<AppPrefs>;
  /** The backups folder, its files and free space. No argument from the page is used. */
  backupStatus(): Promise<BackupFolderStatus>;
  backupNow(): Promise<BackupNowResult>;
  /** Opens main's own backups folder in the file manager; the page cannot name another path. */
  openBackupsFolder(): Promise<void>;
  /** 备份到文件's save dialog: a target id the store host then streams the backup to. */
  chooseBackupTarget(sender: WebContents, payload: unknown): Promise<unknown>;
  /** 从备份恢复's open dialog: a source id the store host then reads the file through. */
  chooseBackupSource(sender: WebContents, payload: unknown): Promise<unknown>;
  connectStore(sender: WebContents): void;
  printReady(sender: WebContents): void;
}

export class UntrustedSenderError extends Error {
  constructor(channel: string) {
    super(`refused ${channel}: sender is not an app page`);
    this.name = 'UntrustedSenderError';
  }
}

export function registerUiIpc(services: UiIpcServices): void {
  const handle = (channel: string, run: (event: IpcMainInvokeEvent, payload: unknown) => unknown) => {
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!services.isTrustedSender(event)) throw new UntrustedSenderError(channel);
      return run(event, payload);
    });
  };
  const on = (channel: string, run: (event: IpcMainEvent) => void) => {
    ipcMain.on(channel, (event) => {
      if (services.isTrustedSender(event)) run(event);
    });
  };

  handle(UiInvoke.appInfo, () => services.appInfo());
  handle(UiInvoke.notify, (_event, payload) => services.notify(NotifyRequest.parse(payload)));
  handle(UiInvoke.print, (event, payload) => services.print(event.sender, payload));
  handle(UiInvoke.saveFile, (event, payload) => services.saveFile(event.sender, payload));
  handle(UiInvoke.openFile, (event, payload) => services.openFile(event.sender, payload));
  handle(UiInvoke.getPrefs, () => services.getPrefs());
  handle(UiInvoke.setPrefs, (_event, payload) => services.setPrefs(AppPrefsPatch.parse(payload)));
  handle(UiInvoke.backupStatus, () => services.backupStatus());
  handle(UiInvoke.backupNow, () => services.backupNow());
  handle(UiInvoke.openBackupsFolder, () => services.openBackupsFolder());
  handle(UiInvoke.chooseBackupTarget, (event, payload) => services.chooseBackupTarget(event.sender, payload));
  handle(UiInvoke.chooseBackupSource, (event, payload) => services.chooseBackupSource(event.sender, payload));
  on(UiSend.requestStorePort, (event) => services.connectStore(event.sender));
  on(UiSend.printReady, (event) => services.printReady(event.sender));
}

/** True when the call comes from the main frame of an app page whose URL `isAppUrl` accepts. */
export function senderCheck(isAppUrl: (url: string) => boolean) {
  return (event: IpcMainEvent | IpcMainInvokeEvent): boolean => {
    const frame = event.senderFrame;
    if (!frame) return false;
    if (frame !== event.sender.mainFrame) return false;
    return isAppUrl(frame.url);
  };
}
