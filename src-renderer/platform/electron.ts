import { PORT_MESSAGE_TYPE, type DeskBridge, type FileRefusal } from '../../src-main/core/contract';
import { DeskError } from '../domain/common/errors';
import type { Platform } from './types';

declare global {
  interface Window {
    desk?: DeskBridge;
  }
}

/** The Electron platform: everything goes through the narrow preload bridge. */
export function createElectronPlatform(bridge: DeskBridge): Platform {
  return {
    kind: 'electron',
    connectStore(onPort) {
      const listener = (event: MessageEvent) => {
        if (event.source !== window) return;
        const data = event.data as { type?: unknown; purpose?: unknown };
        const [port] = event.ports;
        if (data?.type === PORT_MESSAGE_TYPE && data.purpose === 'store' && port) onPort(port);
      };
      window.addEventListener('message', listener);
      bridge.requestStorePort();
      return () => window.removeEventListener('message', listener);
    },
    reconnectStore: () => bridge.requestStorePort(),
    appInfo: () => bridge.appInfo(),
    notify: (request) => bridge.notify(request),
    // Electron notifications are native; nothing is shown in the app.
    onInAppNotice: () => () => undefined,
    // Main shows native notifications without asking (the OS settings decide).
    notificationPermission: () => 'granted',
    requestNotificationPermission: async () => 'granted',
    print: async (request) => unlessRefused(await bridge.print(request)),
    printReady: () => bridge.printReady(),
    saveFile: async (request) => unlessRefused(await bridge.saveFile(request)),
    openFile: async (request) => unlessRefused(await bridge.openFile(request)),
    // The file stays in main, opened; the store host reads it through the source id.
    chooseBackupFile: async (request) => {
      const chosen = unlessRefused(await bridge.chooseBackupSource(request));
      if (chosen.status === 'cancelled') return chosen;
      return { status: 'chosen', name: chosen.name, bytes: chosen.bytes, ref: { source: chosen.source } };
    },
    chooseBackupTarget: async (request) => unlessRefused(await bridge.chooseBackupTarget(request)),
    getPrefs: () => bridge.getPrefs(),
    setPrefs: (prefs) => bridge.setPrefs(prefs),
    onNavigate: (listener) => bridge.onNavigate(listener),
    // Main keeps the backups folder; the page only ever asks about that one folder.
    backups: {
      status: () => bridge.backupStatus(),
      runNow: () => bridge.backupNow(),
      openFolder: () => bridge.openBackupsFolder(),
    },
  };
}

/** A file main could not write or read: thrown as the refusal it is, for the page to say why in the user's language. */
function unlessRefused<T extends { status: string }>(result: T | FileRefusal): T {
  if (result.status === 'refused') {
    const { code, params } = result as FileRefusal;
    throw new DeskError({ code, ...(params ? { params } : {}) });
  }
  return result as T;
}
