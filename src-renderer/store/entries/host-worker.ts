/**
 * Entry of the store host as a dedicated Web Worker (browser harness). The
 * page sends one `connect` message with a port per connection. The deadline
 * feed goes to the page (its alert runtime stands in for main's), and the
 * page sends back what that runtime reports.
 */
import type { FeedMessage, WorkerReportDoneMessage, WorkerReportMessage } from '../../../src-main/core/alert-feed';
import { opfsAvailable, opfsTarget } from '../backup/opfs';
import { refuseConnection, startFailureOf, startStoreHost } from '../host';

export interface WorkerConnectMessage {
  type: 'connect';
  connectionId: string;
}

/** Page → worker: a connection's page is gone (a print frame removed once printed); the hub forgets it. */
export interface WorkerDisconnectMessage {
  type: 'disconnect';
  connectionId: string;
}

/** Worker → page: the deadline feed (a full reset or a delta). */
export interface WorkerFeedMessage {
  type: 'deadline-feed';
  message: FeedMessage;
}


// The project compiles against the DOM lib; this is the slice of the worker scope used here.
const scope = self as unknown as Pick<Worker, 'addEventListener' | 'postMessage'>;
const started = startStoreHost(undefined, {
  publishFeed: (message) => scope.postMessage({ type: 'deadline-feed', message } satisfies WorkerFeedMessage),
  // The backup before a restore goes into the origin's private file system; without one, the
  // replaced database itself is kept (until the next restore) as that backup.
  ...(opfsAvailable() ? { preRestoreTarget: opfsTarget } : {}),
});

scope.addEventListener('message', (event: MessageEvent<WorkerConnectMessage | WorkerDisconnectMessage | WorkerReportMessage | undefined>) => {
  const data = event.data;
  if (data?.type === 'disconnect') {
    void started.then(
      (host) => host.hub.close(String(data.connectionId)),
      () => undefined,
    );
    return;
  }
  if (data?.type === 'alert-report') {
    // The report is untrusted until the store host validated it. Handled (written or refused), the
    // page forgets it; a worker that dies first leaves it to be sent to the next (report-outbox.ts).
    const report: unknown = data.report;
    const id: unknown = data.id;
    void started
      .then(
        async (host) => {
          // Not written (the database failing): not done; the page sends it to the next worker.
          if ((await host.alerts.report(report)) && typeof id === 'number') {
            scope.postMessage({ type: 'alert-report-done', id } satisfies WorkerReportDoneMessage);
          }
        },
        // No store host: the page keeps the report for the next worker.
        () => undefined,
      );
    return;
  }
  const [port] = event.ports;
  if (data?.type !== 'connect' || !port) return;
  void started.then(
    (host) => host.hub.open(data.connectionId, port),
    // Tell the page why it will get no answers, then close the port.
    (error: unknown) => refuseConnection(port, startFailureOf(error)),
  );
});
