/**
 * Entry of the hidden Electron store-host window. Ports for UI connections
 * arrive from the host preload as window messages.
 */
import { PORT_MESSAGE_TYPE, type DeskHostBridge } from '../../../src-main/core/contract';
import { automaticBackup } from '../backup/auto';
import { refuseConnection, startFailureOf, startStoreHost } from '../host';

declare global {
  interface Window {
    deskHost?: DeskHostBridge;
  }
}

async function main(): Promise<void> {
  const bridge = window.deskHost;
  if (!bridge) throw new Error('store host started without its preload');
  const host = await startStoreHost(undefined, {
    publishFeed: (message) => bridge.publishFeed(message),
    // Main writes every backup file (the one before a restore into the backups folder, like the
    // scheduled ones) and reads the file chosen to restore.
    mainFiles: bridge,
  });
  bridge.onAlertReport((report) => void host.alerts.report(report));
  // Main's schedule (daily, on quit): make the backup here, main writes it, the log row is written once it is saved.
  bridge.onBackupRequest(({ requestId, kind }) => {
    void automaticBackup(host.db, bridge, kind).then(
      (outcome) => {
        if (outcome.ok && outcome.id !== undefined) host.hub.publish([{ area: 'backups', ids: [String(outcome.id)] }]);
        bridge.backupDone(outcome.ok ? { requestId, ok: true } : { requestId, ok: false, code: outcome.code });
      },
      (error: unknown) => {
        console.error('the automatic backup failed', error);
        bridge.backupDone({ requestId, ok: false, code: 'backup.saveFailed' });
      },
    );
  });

  onConnection((connectionId, port) => host.hub.open(connectionId, port));
  bridge.onDisconnect((connectionId) => host.hub.close(connectionId));
  bridge.onFlush((requestId) => {
    host.stop();
    void host.dispatcher.flush().finally(() => bridge.flushed(requestId));
  });
  bridge.ready();
}

/** Each UI connection main hands over arrives as a window message with its port. */
function onConnection(open: (connectionId: string, port: MessagePort) => void): void {
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== window) return;
    const data = event.data as { type?: unknown; purpose?: unknown; connectionId?: unknown };
    if (data?.type !== PORT_MESSAGE_TYPE || data.purpose !== 'connection') return;
    const [port] = event.ports;
    if (port && typeof data.connectionId === 'string') open(data.connectionId, port);
  });
}

/**
 * Could not start (the database is of a newer version of the app, the disk is full, it is damaged):
 * each window is told why on the connection it gets, rather than waiting on it for ever; the quit's
 * flush and a backup request are answered at once, so neither holds the quit to its timeout.
 */
function serveFailure(error: unknown): void {
  console.error('store host failed to start', error);
  const bridge = window.deskHost;
  if (!bridge) return;
  const failure = startFailureOf(error);
  onConnection((_connectionId, port) => refuseConnection(port, failure));
  bridge.onFlush((requestId) => bridge.flushed(requestId));
  bridge.onBackupRequest(({ requestId }) => bridge.backupDone({ requestId, ok: false, code: failure.code }));
  bridge.ready();
}

void main().catch(serveFailure);
