/**
 * Entry of the store host as a dedicated Web Worker (browser harness). The
 * page sends one `connect` message with a port per connection.
 */
import { startStoreHost } from '../host';

export interface WorkerConnectMessage {
  type: 'connect';
  connectionId: string;
}

// The project compiles against the DOM lib; this is the slice of the worker scope used here.
const scope = self as unknown as Pick<Worker, 'addEventListener'>;
const started = startStoreHost();

scope.addEventListener('message', (event: MessageEvent<WorkerConnectMessage>) => {
  const [port] = event.ports;
  if (event.data?.type !== 'connect' || !port) return;
  void started.then(
    (host) => host.hub.open(event.data.connectionId, port),
    (error: unknown) => {
      // Tell the page why it will get no answers, then close the port.
      port.postMessage({ type: 'store-failed', detail: String(error) });
      port.close();
    },
  );
});
