/**
 * The alert reports of the page's runtime on their way to the store Worker
 * (browser harness). Each is kept until the Worker says it handled it, and
 * sent again, in order, to the next Worker when this one dies first (killed,
 * hung, replaced by the watchdog) or while none runs: a report handed to a
 * Worker that dies before writing it was a row missing from the alert log.
 * Main keeps its reports for the next store host the same way (supervisor.ts).
 * A report may so arrive twice; the store host logs a raised alert once
 * (logRaised), and acknowledging or snoozing again changes nothing.
 */
import { MAX_QUEUED_REPORTS, type AlertReport, type WorkerReportMessage } from '../../src-main/core/alert-feed';

export interface ReportOutbox {
  /** Sends `report` to the current Worker (none: it waits) and keeps it until `done`. */
  post(report: AlertReport): void;
  /** The Worker handled report `id`: forgotten. */
  done(id: number): void;
  /** A new Worker: everything not yet handled goes to it, oldest first. */
  resend(): void;
  /** Reports not yet handled. */
  readonly size: number;
}

/** `send` hands a message to the current Worker, or returns false when there is none. */
export function createReportOutbox(send: (message: WorkerReportMessage) => boolean, max = MAX_QUEUED_REPORTS): ReportOutbox {
  const waiting = new Map<number, WorkerReportMessage>();
  let sequence = 0;
  return {
    post(report) {
      const message: WorkerReportMessage = { type: 'alert-report', id: ++sequence, report };
      waiting.set(message.id, message);
      // Only if the Worker never comes back: the oldest go first.
      if (waiting.size > max) waiting.delete(waiting.keys().next().value!);
      send(message);
    },
    done(id) {
      waiting.delete(id);
    },
    resend() {
      for (const message of waiting.values()) if (!send(message)) return;
    },
    get size() {
      return waiting.size;
    },
  };
}
