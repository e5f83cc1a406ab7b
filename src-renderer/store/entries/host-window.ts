/**
 * Entry of the hidden Electron store-host window. Ports for UI connections
 * arrive from the host preload as window messages.
 */
import { PORT_MESSAGE_TYPE, type DeskHostBridge } from '../../../src-main/core/contract';
import { automaticBackup, saveThroughMain } from '../backup/auto';
import { startStoreHost } from '../host';

declare global {
  interface Window {
    deskHost?: DeskHostBridge;
  }
}

async function main(): Promise<void> {
  const bridge = window.deskHost;
  if (!bridge) throw new Error('store host started without its preload');
  const save = (request: Parameters<DeskHostBridge['saveBackup']>[0]) => bridge.saveBackup(request);
  const host = await startStoreHost(undefined, {
    publishFeed: (message) => bridge.publishFeed(message),
    // Main writes the backup before a restore into the backups folder, like the scheduled ones.
    preRestoreSink: { save: (backup) => saveThroughMain(save, 'pre-restore', backup) },
  });
  bridge.onAlertReport((report) => void host.alerts.report(report));
  // Main's schedule (daily, on quit): make the backup here, main writes it, the log row is written once it is saved.
  bridge.onBackupRequest(({ requestId, kind }) => {
    void automaticBackup(host.db, save, kind).then(
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

  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== window) return;
    const data = event.data as { type?: unknown; purpose?: unknown; connectionId?: unknown };
    if (data?.type !== PORT_MESSAGE_TYPE || data.purpose !== 'connection') return;
    const [port] = event.ports;
    if (port && typeof data.connectionId === 'string') host.hub.open(data.connectionId, port);
  });
  bridge.onDisconnect((connectionId) => host.hub.close(connectionId));
  bridge.onFlush((requestId) => {
    host.stop();
    void host.dispatcher.flush().finally(() => bridge.flushed(requestId));
  });
  bridge.ready();
}

void main().catch((error: unknown) => {
  console.error('store host failed to start', error);
  throw error;
});
