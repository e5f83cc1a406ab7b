/**
 * Owns the hidden store-host window: starts it, restarts it when its renderer
 * dies, gives every UI window its own MessagePort to it, and asks it to flush
 * before quit. The UI never talks to Dexie; it only ever gets a port.
 */
import { ipcMain, MessageChannelMain, type BrowserWindow, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { z } from 'zod';
import { MAX_QUEUED_REPORTS, type AlertReport } from '../core/alert-feed';
import {
  BackupDoneMessage,
  BackupSourceReadRequest,
  BackupSourceReleaseRequest,
  BackupStreamAbortRequest,
  BackupStreamCloseRequest,
  BackupStreamOpenRequest,
  BackupStreamWriteRequest,
  FlushMessage,
  HostInvoke,
  HostPush,
  HostSend,
  UiPush,
  type BackupRequestMessage,
  type BackupSourceReadResult,
  type BackupStreamOpenResult,
  type BackupStreamWriteResult,
  type SaveBackupResult,
} from '../core/contract';
import { restartDelay } from '../core/backoff';

/** Main's side of the backup files the store host writes and reads (HostInvoke), given validated requests. */
export interface HostBackupFiles {
  open(request: BackupStreamOpenRequest): Promise<BackupStreamOpenResult>;
  write(request: BackupStreamWriteRequest): Promise<BackupStreamWriteResult>;
  close(request: BackupStreamCloseRequest): Promise<SaveBackupResult>;
  abort(request: BackupStreamAbortRequest): Promise<void>;
  read(request: BackupSourceReadRequest): Promise<BackupSourceReadResult>;
  release(request: BackupSourceReleaseRequest): Promise<void>;
}

export interface SupervisorOptions {
  createHostWindow(): BrowserWindow;
  backupFiles?: HostBackupFiles;
  /**
   * The store host's page went away (crashed, closed, stopped) or started afresh (ready): what it
   * had open in main (backup streams) is orphaned.
   */
  onHostReset?(): void;
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
   * Asks the store host for a backup (it makes it and streams it to main)
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

export function createStoreHostSupervisor({
  createHostWindow,
  backupFiles,
  onHostReset = () => undefined,
  now = Date.now,
  log = () => undefined,
}: SupervisorOptions): StoreHostSupervisor {
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
    onHostReset();
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
    // A page that (re)loaded holds none of the streams its predecessor opened.
    onHostReset();
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
  // Only the store host writes and reads backups: a UI page (or anything else) that reaches these channels is refused.
  const handleFromHost = <T>(channel: string, schema: z.ZodType<T>, run: (files: HostBackupFiles, request: T) => Promise<unknown>) => {
    ipcMain.handle(channel, async (event, payload: unknown) => {
      if (!fromHost(event)) {
        log('refused a backup call from a sender that is not the store host', { channel, senderId: event.sender?.id });
        throw new NotStoreHostError(channel);
      }
      const request = schema.parse(payload);
      if (!backupFiles) throw new Error('backups are not wired');
      return run(backupFiles, request);
    });
  };
  handleFromHost(HostInvoke.backupStreamOpen, BackupStreamOpenRequest, (files, request) => files.open(request));
  handleFromHost(HostInvoke.backupStreamWrite, BackupStreamWriteRequest, (files, request) => files.write(request));
  handleFromHost(HostInvoke.backupStreamClose, BackupStreamCloseRequest, (files, request) => files.close(request));
  handleFromHost(HostInvoke.backupStreamAbort, BackupStreamAbortRequest, (files, request) => files.abort(request));
  handleFromHost(HostInvoke.backupSourceRead, BackupSourceReadRequest, (files, request) => files.read(request));
  handleFromHost(HostInvoke.backupSourceRelease, BackupSourceReleaseRequest, (files, request) => files.release(request));

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
      onHostReset();
      if (window && !window.isDestroyed()) window.destroy();
    },
    state: () => ({ running: host !== null, ready, restarts, clients: clients.size, queuedReports: reports.length }),
  };
}
