/**
 * Backups as main runs them: the store host makes the bytes (asked over
 * HostPush.backupRequest), streams them to main (files/backup-streams.ts), and
 * answers HostSend.backupDone. The answer carries no path, so the outcome of
 * the stream of the requested kind while a request is open is kept and becomes the request's result.
 */
import type { BackupDoneMessage, BackupNowResult, BackupRequestMessage, BackupStreamOpenRequest, SaveBackupResult } from '../core/contract';

/**
 * How long the store host may take for a backup on the schedule or from the Settings button: a desk
 * of gigabytes of attachments takes many minutes (a stream that stops moving is given up after 10
 * minutes by backup-streams.ts anyway).
 */
export const BACKUP_TIMEOUT_MS = 60 * 60_000;

export type RequestedKind = BackupRequestMessage['kind'];

export interface BackupServiceOptions {
  /** The store host supervisor's `requestBackup`. */
  requestFromHost(kind: RequestedKind, timeoutMs: number): Promise<BackupDoneMessage | 'timeout' | 'not-running'>;
  /**
   * A request given up on (timed out): its stream is abandoned, so the host stops at its next part
   * and no file of it lands later, nor runs beside the next request's.
   */
  abandon?: (kind: RequestedKind) => Promise<void>;
  log?: (message: string, detail?: unknown) => void;
}

export interface BackupService {
  /** What became of a backup the store host streamed (refused, or closed): answers an open request of its kind. */
  outcome(kind: BackupStreamOpenRequest['kind'], result: SaveBackupResult): void;
  /**
   * Asks the store host for a backup and waits for it. While one runs, another
   * call shares it: a backup made a moment ago is as good as a new one.
   */
  run(kind: RequestedKind, timeoutMs?: number): Promise<BackupNowResult>;
  /** True while a requested backup has not been answered. */
  running(): boolean;
}

interface OpenRequest {
  kind: RequestedKind;
  /** The last outcome of a stream of this kind while the request was open. */
  saved: SaveBackupResult | null;
}

export function createBackupService({ requestFromHost, abandon = async () => undefined, log = () => undefined }: BackupServiceOptions): BackupService {
  let open: OpenRequest | null = null;
  let inFlight: Promise<BackupNowResult> | null = null;

  async function request(kind: RequestedKind, timeoutMs: number): Promise<BackupNowResult> {
    const current: OpenRequest = { kind, saved: null };
    open = current;
    try {
      const answer = await requestFromHost(kind, timeoutMs).catch((error: unknown) => {
        log('backup request to the store host failed', { kind, error });
        return 'not-running' as const;
      });
      if (answer === 'not-running') {
        log('backup not made: the store host is not running', { kind });
        return { status: 'refused', code: 'backup.unavailable' };
      }
      if (answer === 'timeout') {
        log('backup not made: the store host did not answer in time', { kind, timeoutMs });
        await abandon(kind).catch((error: unknown) => log('could not abandon a backup given up on', { kind, error }));
        return { status: 'refused', code: 'backup.timeout' };
      }
      const saved = current.saved;
      if (answer.ok && saved?.status === 'saved') return saved;
      // Main's own refusal (disk full, write failed) says more than the host's summary of it.
      if (saved?.status === 'refused') return saved;
      log('the store host could not make a backup', { kind, answer });
      return { status: 'refused', code: answer.code ?? 'backup.failed' };
    } finally {
      open = null;
    }
  }

  return {
    outcome(kind, result) {
      // Only a backup of the requested kind answers the request (a pre-restore or manual one may come meanwhile).
      if (open && open.kind === kind) open.saved = result;
    },
    run(kind, timeoutMs = BACKUP_TIMEOUT_MS) {
      if (inFlight) return withTimeout(inFlight, timeoutMs);
      const started = request(kind, timeoutMs).finally(() => {
        inFlight = null;
      });
      inFlight = started;
      return started;
    },
    running: () => inFlight !== null,
  };
}

/** A shared backup that takes longer than this caller may wait (quit) counts as a timeout for it. */
function withTimeout(running: Promise<BackupNowResult>, timeoutMs: number): Promise<BackupNowResult> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ status: 'refused', code: 'backup.timeout' }), timeoutMs);
    void running.then((result) => {
      clearTimeout(timer);
      resolve(result);
    });
  });
}
