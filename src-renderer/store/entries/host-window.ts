/**
 * Entry of the hidden Electron store-host window. Ports for UI connections
 * arrive from the host preload as window messages.
 */
import { PORT_MESSAGE_TYPE, type DeskHostBridge } from '../../../src-main/core/contract';
import { startStoreHost } from '../host';

declare global {
  interface Window {
    deskHost?: DeskHostBridge;
  }
}

async function main(): Promise<void> {
  const bridge = window.deskHost;
  if (!bridge) throw new Error('store host started without its preload');
  const host = await startStoreHost(undefined, { publishFeed: (message) => bridge.publishFeed(message) });
  bridge.onAlertReport((report) => void host.alerts.report(report));

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
