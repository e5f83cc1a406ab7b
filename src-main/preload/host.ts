/**
 * Bridge for the hidden store-host window: it receives one port per UI
 * connection, answers flush requests before quit, publishes the deadline feed,
 * receives the alert reports for its log, and streams backups to and from main
 * (only through the ids main issued). Nothing else.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { HostInvoke, HostPush, HostSend, PORT_MESSAGE_TYPE } from '../core/channels';
import type { DeskHostBridge } from '../core/contract';

ipcRenderer.on(HostPush.connect, (event, message: { connectionId?: unknown }) => {
  if (typeof message?.connectionId !== 'string') return;
  window.postMessage(
    { type: PORT_MESSAGE_TYPE, purpose: 'connection', connectionId: message.connectionId },
    '*',
    event.ports,
  );
});

/**
 * Alert reports are the alert log: one that arrives before the store host's
 * code has subscribed waits here (main sends only after `ready`, so this is a
 * guard against a subscription made late, not a second queue).
 */
const MAX_EARLY_REPORTS = 1000;
const earlyReports: unknown[] = [];
const reportListeners: ((report: unknown) => void)[] = [];
ipcRenderer.on(HostPush.alertReport, (_event, report: unknown) => {
  if (reportListeners.length > 0) for (const listener of reportListeners) listener(report);
  else if (earlyReports.length < MAX_EARLY_REPORTS) earlyReports.push(report);
});

const bridge: DeskHostBridge = {
  ready: () => ipcRenderer.send(HostSend.ready),
  publishFeed: (message) => ipcRenderer.send(HostSend.deadlineFeed, message),
  onAlertReport: (listener) => {
    reportListeners.push(listener);
    for (const report of earlyReports.splice(0)) listener(report);
  },
  flushed: (requestId) => ipcRenderer.send(HostSend.flushed, { requestId }),
  onDisconnect: (listener) => {
    ipcRenderer.on(HostPush.disconnect, (_event, message: { connectionId?: unknown }) => {
      if (typeof message?.connectionId === 'string') listener(message.connectionId);
    });
  },
  onFlush: (listener) => {
    ipcRenderer.on(HostPush.flush, (_event, message: { requestId?: unknown }) => {
      if (typeof message?.requestId === 'number') listener(message.requestId);
    });
  },
  backupStreamOpen: (request) => ipcRenderer.invoke(HostInvoke.backupStreamOpen, request),
  backupStreamWrite: (request) => ipcRenderer.invoke(HostInvoke.backupStreamWrite, request),
  backupStreamClose: (request) => ipcRenderer.invoke(HostInvoke.backupStreamClose, request),
  backupStreamAbort: (request) => ipcRenderer.invoke(HostInvoke.backupStreamAbort, request),
  backupSourceRead: (request) => ipcRenderer.invoke(HostInvoke.backupSourceRead, request),
  backupSourceRelease: (request) => ipcRenderer.invoke(HostInvoke.backupSourceRelease, request),
  onBackupRequest: (listener) => {
    ipcRenderer.on(HostPush.backupRequest, (_event, message: { requestId?: unknown; kind?: unknown }) => {
      if (typeof message?.requestId === 'number' && (message.kind === 'daily' || message.kind === 'on-quit')) {
        listener({ requestId: message.requestId, kind: message.kind });
      }
    });
  },
  backupDone: (message) => ipcRenderer.send(HostSend.backupDone, message),
};

contextBridge.exposeInMainWorld('deskHost', bridge);
