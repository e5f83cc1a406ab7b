/**
 * Owns the hidden store-host window: starts it, restarts it when its renderer
 * dies, gives every UI window its own MessagePort to it, and asks it to flush
 * before quit. The UI never talks to Dexie; it only ever gets a port.
 */
import { ipcMain, MessageChannelMain, type BrowserWindow, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { MAX_QUEUED_REPORTS, type AlertReport } from '../core/alert-feed';
import {
  BackupDoneMessage,
  FlushMessage,
  HostInvoke,
  HostPush,
  HostSend,
  SaveBackupRequest,
  UiPush,
  type BackupRequestMessage,
  type SaveBackupResult,
} from '../core/contract';
import { restartDelay } from '../core/backoff';


export interface SupervisorOptions {
  createHostWindow(): BrowserWindow;
  /** Writes a backup the store host hands over (HostInvoke.saveBackup), already validated. */
  saveBackup?(request: SaveBackupRequest): Promise<SaveBackupResult>;
  now?: () => number;
  log?: (message: string, detail?: unknown) => void;
}

export interface StoreHostSupervisor {
  start(): void;
  /** Gives this UI a (new) port to the store host, now or as soon as the host is ready. */
  connect(contents: WebContents): void;
  isHost(contents: WebContents): boolean;
  /** Hands an alert report to the store host now, or when it is (again) ready; never dropped by a restart. */
  sendAlertReport(report: AlertReport): void;
  /**
   * Asks the store host for a backup (it makes it and hands it over with saveBackup)
   * and waits for its answer; 'not-running' also when the host dies meanwhile.
   */
  requestBackup(kind: BackupRequestMessage['kind'], timeoutMs: number): Promise<BackupDoneMessage | 'timeout' | 'not-running'>;
  /** Asks the store host to finish running commands and close the database. */
  flush(timeoutMs?: number): Promise<'flushed' | 'timeout' | 'not-running'>;
  stop(): void;
  /** For diagnostics and tests. */
  state(): { running: boolean; ready: boolean; restarts: number; clients: number; queuedReports: number };
}

interface Client {
  contents: WebContents;
  connectionId: string | null;
}

export class NotStoreHostError extends Error {
  constructor(channel: string) {
    super(`refused ${channel}: sender is not the store host`);
    this.name = 'NotStoreHostError';
  }
}

export function createStoreHostSupervisor({ createHostWindow, saveBackup, now = Date.now, log = () => undefined }: SupervisorOptions): StoreHostSupervisor {
  let host: BrowserWindow | null = null;
  let ready = false;
  let stopped = false;
  let restarts = 0;
  let sequence = 0;
  let restartTimer: ReturnType<typeof setTimeout> | null = null;
  const crashTimes: number[] = [];
  const clients = new Map<number, Client>();
  const flushWaiters = new Map<number, () => void>();
  const backupWaiters = new Map<number, (answer: BackupDoneMessage | 'not-running') => void>();
  const reports: AlertReport[] = [];

  /** Sends what waited, in order; the queue empties only once each report was handed over. */
  function deliverReports(): void {
    while (reports.length > 0 && host && ready && !host.isDestroyed()) {
      host.webContents.send(HostPush.alertReport, reports[0]);
      reports.shift();
    }
  }

  function spawn(): void {
    restartTimer = null;
    ready = false;
    const window = createHostWindow();
    host = window;
    window.webContents.on('render-process-gone', (_event, details) => onGone(window, details.reason));
    window.on('closed', () => {
      if (host === window) onGone(window, 'closed');
    });
  }

  function onGone(window: BrowserWindow, reason: string): void {
    if (host !== window) return;
    host = null;
    ready = false;
    for (const client of clients.values()) client.connectionId = null;
    abandonBackups();
    if (stopped) return;
    crashTimes.push(now());
    const delay = restartDelay(crashTimes, now());
    log('store host gone; restarting', { reason, delay });
    if (!window.isDestroyed()) window.destroy();
    restarts += 1;
    restartTimer = setTimeout(spawn, delay);
  }

  function wire(client: Client): void {
    if (!host || !ready || client.contents.isDestroyed()) return;
    if (client.connectionId) host.webContents.send(HostPush.disconnect, { connectionId: client.connectionId });
    const { port1, port2 } = new MessageChannelMain();
    const connectionId = `ui-${client.contents.id}-${++sequence}`;
    host.webContents.postMessage(HostPush.connect, { connectionId }, [port1]);
    client.contents.postMessage(UiPush.storePort, null, [port2]);
    client.connectionId = connectionId;
  }

  /** A host that is gone answers no backup request; its waiters learn it now rather than at their timeout. */
  function abandonBackups(): void {
    for (const answer of [...backupWaiters.values()]) answer('not-running');
  }

  const fromHost = (event: IpcMainEvent | IpcMainInvokeEvent) => host !== null && event.sender === host.webContents;

  ipcMain.on(HostSend.ready, (event) => {
    if (!fromHost(event)) return;
    ready = true;
    deliverReports();
    for (const client of clients.values()) wire(client);
  });
  ipcMain.on(HostSend.flushed, (event, payload: unknown) => {
    if (!fromHost(event)) return;
    const parsed = FlushMessage.safeParse(payload);
    if (parsed.success) flushWaiters.get(parsed.data.requestId)?.();
  });
  ipcMain.on(HostSend.backupDone, (event, payload: unknown) => {
    if (!fromHost(event)) return;
    const parsed = BackupDoneMessage.safeParse(payload);
    if (parsed.success) backupWaiters.get(parsed.data.requestId)?.(parsed.data);
    else log('malformed backup answer from the store host', { payload });
  });
  // Only the store host hands over backups: a UI page (or anything else) that reaches this channel is refused.
  ipcMain.handle(HostInvoke.saveBackup, async (event, payload: unknown) => {
    if (!fromHost(event)) {
      log('refused a backup from a sender that is not the store host', { senderId: event.sender?.id });
      throw new NotStoreHostError(HostInvoke.saveBackup);
    }
    const request = SaveBackupRequest.parse(payload);
    if (!saveBackup) throw new Error('backups are not wired');
    return saveBackup(request);
  });

  return {
    start() {
      stopped = false;
      if (!host && !restartTimer) spawn();
    },
    connect(contents) {
      let client = clients.get(contents.id);
      if (!client) {
        const created: Client = { contents, connectionId: null };
        client = created;
        clients.set(contents.id, created);
        contents.once('destroyed', () => {
          clients.delete(contents.id);
          if (created.connectionId && host && !host.isDestroyed()) {
            host.webContents.send(HostPush.disconnect, { connectionId: created.connectionId });
          }
        });
      }
      wire(client);
    },
    isHost: (contents) => host !== null && contents === host.webContents,
    sendAlertReport(report) {
      reports.push(report);
      if (reports.length > MAX_QUEUED_REPORTS) {
        reports.shift();
        log('alert report queue full; oldest report dropped', { limit: MAX_QUEUED_REPORTS });
      }
      deliverReports();
    },
    async requestBackup(kind, timeoutMs) {
      if (!host || !ready) return 'not-running';
      const requestId = ++sequence;
      const answer = await new Promise<BackupDoneMessage | 'timeout' | 'not-running'>((resolve) => {
        const timer = setTimeout(() => resolve('timeout'), timeoutMs);
        backupWaiters.set(requestId, (message) => {
          clearTimeout(timer);
          resolve(message);
        });
        const message: BackupRequestMessage = { requestId, kind };
        host?.webContents.send(HostPush.backupRequest, message);
      });
      backupWaiters.delete(requestId);
      return answer;
    },
    async flush(timeoutMs = 5000) {
      if (!host || !ready) return 'not-running';
      const requestId = ++sequence;
      const result = await new Promise<'flushed' | 'timeout'>((resolve) => {
        const timer = setTimeout(() => resolve('timeout'), timeoutMs);
        flushWaiters.set(requestId, () => {
          clearTimeout(timer);
          resolve('flushed');
        });
        host?.webContents.send(HostPush.flush, { requestId });
      });
      flushWaiters.delete(requestId);
      return result;
    },
    stop() {
      stopped = true;
      if (restartTimer) clearTimeout(restartTimer);
      restartTimer = null;
      const window = host;
      host = null;
      ready = false;
      abandonBackups();
      if (window && !window.isDestroyed()) window.destroy();
    },
    state: () => ({ running: host !== null, ready, restarts, clients: clients.size, queuedReports: reports.length }),
  };
}
