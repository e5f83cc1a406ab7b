/**
 * Bridge for UI windows. Exposes named functions only; no channel name ever
 * comes from the page. The store port is transferred into the page world with
 * window.postMessage because MessagePorts cannot cross contextBridge.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { PORT_MESSAGE_TYPE, UiInvoke, UiPush, UiSend } from '../core/channels';
import type { DeskBridge } from '../core/contract';

ipcRenderer.on(UiPush.storePort, (event) => {
  window.postMessage({ type: PORT_MESSAGE_TYPE, purpose: 'store' }, '*', event.ports);
});

const bridge: DeskBridge = {
  appInfo: () => ipcRenderer.invoke(UiInvoke.appInfo),
  notify: (request) => ipcRenderer.invoke(UiInvoke.notify, request),
  print: (request) => ipcRenderer.invoke(UiInvoke.print, request),
  saveFile: (request) => ipcRenderer.invoke(UiInvoke.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(UiInvoke.openFile, request),
  getPrefs: () => ipcRenderer.invoke(UiInvoke.getPrefs),
  setPrefs: (prefs) => ipcRenderer.invoke(UiInvoke.setPrefs, prefs),
  backupStatus: () => ipcRenderer.invoke(UiInvoke.backupStatus),
  backupNow: () => ipcRenderer.invoke(UiInvoke.backupNow),
  openBackupsFolder: () => ipcRenderer.invoke(UiInvoke.openBackupsFolder),
  chooseBackupTarget: (request) => ipcRenderer.invoke(UiInvoke.chooseBackupTarget, request),
  chooseBackupSource: (request) => ipcRenderer.invoke(UiInvoke.chooseBackupSource, request),
  requestStorePort: () => ipcRenderer.send(UiSend.requestStorePort),
  printReady: () => ipcRenderer.send(UiSend.printReady),
  onNavigate: (listener) => {
    const handler = (_event: unknown, message: { route?: unknown }) => {
      if (typeof message?.route === 'string') listener(message.route);
    };
    ipcRenderer.on(UiPush.navigate, handler);
    return () => ipcRenderer.removeListener(UiPush.navigate, handler);
  },
};

contextBridge.exposeInMainWorld('desk', bridge);
