import { Dexie } from 'dexie';
import type { FeedMessage } from '../../src-main/core/alert-feed';
import type { StorageEstimateLike } from '../domain/backup/status';
import { STORE_FAILED, type DeskErrorData, type StoreFailedMessage } from '../domain/common/errors';
import { createDeadlineFeed, type DeadlineFeed } from './alerts/feed';
import { recordReport } from './alerts/log';
import { pruneAlertLog } from './alerts/retention';
import { configureImports } from './imports/config';
import { activeDatabaseName, setActiveDatabase, type PointerMove } from './backup/active-db';
import { provideBackupEnvironment, storageEstimate } from './backup/environment';
import { keepDatabaseTarget, type BackupTarget } from './backup/targets';
import { mainSource, mainTarget, type MainFiles } from './backup/auto';
import { sweepDatabases } from './backup/sweep';
import { archiveClosedCases } from './core/archive';
import { contactKeysBackfilled, stopContactKeysBackfill } from './core/backfill';
import { DeskDb } from './db';
import { createDispatcher, type Dispatcher } from './rpc/dispatcher';
import type { ChangeArea, ChangeEvent } from './rpc/define';
import { createConnectionHub, type ConnectionHub } from './rpc/server';
import { assistModelsFor } from './assist/models';
import { similarIndexFor } from './assist/similar-index';
import { caseIndexFor } from './search/case-index';
import { noteChanges } from './search/changes';
import { repairOlderCases } from './core/older-cases';

export interface StoreHost {
  /** The database in use (another one after a restore). */
  readonly db: DeskDb;
  readonly dispatcher: Dispatcher;
  hub: ConnectionHub;
  /** The deadline feed, when the host publishes one (see `publishFeed`). */
  readonly feed: DeadlineFeed | null;
  alerts: {
    /**
     * A report of the alert runtime (validated here): logged for the desk user, refused (and logged
     * to the console) otherwise. False when it could not be written (the database closing, full):
     * a sender that can (the browser harness) keeps it for the next store host.
     */
    report(payload: unknown): Promise<boolean>;
  };
  /** Resolves when the switch to a restored database (if one is under way) has finished. */
  switched(): Promise<void>;
  /** Resolves when the databases left behind (a restore stopped by a crash) have been deleted at start; never rejects. */
  swept(): Promise<void>;
  /** Stops the housekeeping timer and the deadline feed (before the database is closed). */
  stop(): void;
}

export interface StoreHostOptions {
  housekeepingMs?: number;
  /** Where the deadline feed goes (main over ipc, or the web harness page); no feed without it. */
  publishFeed?: (message: FeedMessage) => void;
  /** Keeps the backup a restore makes of the current data first; without one (nor `mainFiles`) the replaced database itself is kept. */
  preRestoreTarget?: BackupTarget;
  /**
   * Main's files (desktop): the backup before a restore goes into the backups folder, 备份到文件 writes
   * to the file the user chose, a restore reads the file the user chose.
   */
  mainFiles?: MainFiles;
  /** The storage estimate checked before a restore (the browser's by default). */
  estimate?: () => Promise<StorageEstimateLike>;
}

/** A report can name half a million deadlines; a window only needs to know that alerts changed. */
const MAX_CHANGE_IDS = 1_000;

/** After a restore every window re-reads everything it shows. */
const EVERY_AREA = ['cases', 'users', 'settings', 'improvements', 'prefs', 'alerts', 'reports', 'imports', 'backups'] satisfies ChangeArea[];

interface Serving {
  db: DeskDb;
  dispatcher: Dispatcher;
  feed: DeadlineFeed | null;
}

/**
 * Why the store host could not start, as the windows are told it (instead of waiting for an answer
 * for ever): a full disk, or what the database said (damaged, refused by the browser engine).
 */
export function startFailureOf(error: unknown): DeskErrorData {
  const causes = [error, (error as { inner?: unknown } | null)?.inner];
  if (causes.some((cause) => cause instanceof Error && cause.name === 'QuotaExceededError')) return { code: 'store.diskFull' };
  return { code: 'store.startFailed', params: { detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) } };
}

/** Answers a connection given to a store host that could not start: why, then the port closes. */
export function refuseConnection(port: MessagePort, error: DeskErrorData): void {
  port.postMessage({ type: STORE_FAILED, error } satisfies StoreFailedMessage);
  port.close();
}

/**
 * Opens the database (the active one, see `activeDatabaseName`, unless one is given) and wires the
 * dispatcher to the connection hub. Same code in window, worker and tests.
 */
export async function startStoreHost(db?: DeskDb, options: StoreHostOptions = {}): Promise<StoreHost> {
  const first = db ?? new DeskDb(await activeDatabaseName());
  await first.open();
  let stopped = false;
  let switching: Promise<void> = Promise.resolve();
  // Replaced by a restore (see switchTo); the hub always dispatches to the current one.
  let current: Serving;
  const hub = createConnectionHub(() => current.dispatcher);

  /** Cases the host wrote itself, outside any command: the indexes, the windows and the deadline feed hear of them. */
  function casesWritten(target: DeskDb, feed: Serving['feed'], ids: string[]): void {
    if (ids.length === 0) return;
    const events = [{ area: 'cases' as const, ids }];
    noteChanges(target, events);
    hub.publish(events);
    feed?.onChanges(events);
  }

  /** Serves one database: its dispatcher, feed, tracking index and what a restore needs of the host. */
  function serve(target: DeskDb): Serving {
    const feed = options.publishFeed ? createDeadlineFeed(target, { publish: options.publishFeed }) : null;
    const dispatcher = createDispatcher({
      db: target,
      onChange: (events) => {
        // Sign-ins and resumes matter to the deadline feed only: a window re-reads what it shows on every event it gets.
        const forWindows = events.filter((event) => event.area !== 'sessions');
        if (forWindows.length > 0) hub.publish(forWindows);
        feed?.onChanges(events);
      },
    });
    // A background import publishes its chunks' changes the same way as a command's (the feed hears of them when it stops).
    configureImports(target, {
      publish: (events, audience) => {
        if (audience !== 'feed') hub.publish(events);
        if (audience !== 'windows') feed?.onChanges(events);
      },
    });
    provideBackupEnvironment(target, {
      estimate: options.estimate ?? storageEstimate,
      preRestore: options.preRestoreTarget ?? (options.mainFiles ? mainTarget(options.mainFiles, { kind: 'pre-restore' }) : keepDatabaseTarget(target.name)),
      activate: (name) => activate(target, name),
      ...(options.mainFiles
        ? {
            manualTarget: (chosen: string) => mainTarget(options.mainFiles!, { kind: 'manual', target: chosen }),
            openSource: (source: string, bytes: number, name: string) => mainSource(options.mainFiles!, source, bytes, name),
          }
        : {}),
    });
    // Cases of a version before 7 get their contact keys (a no-op unless the upgrade marked them pending).
    void contactKeysBackfilled(target).catch(backgroundFailure(target, 'filling in the contact keys failed'));
    // Cases of earlier versions get what the desk records since: once per database (a restored older backup's too).
    void repairOlderCases(target).then((ids) => casesWritten(target, feed, ids), backgroundFailure(target, 'repairing the cases of earlier versions failed'));
    // Built in the background: the first look at the tracking table should not pay for reading every case.
    // The tracking index first, alone: it is what a window shows first, and the other two would share
    // the thread with it. They follow it (a request that needs one earlier builds it on demand).
    const tracking = caseIndexFor(target).prepare();
    void tracking.catch(backgroundFailure(target, 'building the tracking index failed'));
    void tracking
      .catch(() => undefined)
      .then(() => {
        void similarIndexFor(target).prepare().catch(backgroundFailure(target, 'building the similar-cases index failed'));
        void assistModelsFor(target).prepare().catch(backgroundFailure(target, 'building the suggestion models failed'));
      });
    // Also in the background: commands are served while the first full feed is read.
    void feed?.start();
    return { db: target, dispatcher, feed };
  }

  /**
   * Reports a failure of work the host runs in the background on `target` — unless the host has
   * stopped or moved to another database since (a restore), which closes `target` under the work:
   * that work no longer matters, and its failure is not one. A database closed under a host still
   * serving it is a failure, and is reported.
   */
  function backgroundFailure(target: DeskDb, what: string): (error: unknown) => void {
    return (error) => {
      if (stopped || current.db !== target) return;
      console.error(what, error);
    };
  }

  async function activate(from: DeskDb, name: string): Promise<void> {
    const move = await setActiveDatabase(name, from.name);
    // The switch waits a turn, so it starts after the restore command has answered.
    switching = switching.then(() => new Promise((resolve) => setTimeout(resolve, 0))).then(() => switchTo(name, move));
  }

  /**
   * Swaps databases in place: new calls go to the restored database at once, the old one closes
   * once its running calls finished. Sessions are not restored, so every window's sign-in ends:
   * told that everything changed, windows re-query, are refused and show the sign-in page.
   */
  async function switchTo(name: string, move: PointerMove): Promise<void> {
    if (stopped) return;
    const next = new DeskDb(name);
    try {
      await next.open();
    } catch (error) {
      console.error('opening the restored database failed; staying on the current one', error);
      next.close();
      const undone = await move.undo().then(
        () => true,
        (undoError: unknown) => {
          console.error('putting the pointer back failed', undoError);
          return false;
        },
      );
      // Back on the current one, the restored copy is needed no more. (Still named by the pointer, it is opened at the next start.)
      if (undone) await Dexie.delete(name).catch((deleteError: unknown) => console.error('deleting the restored database failed', deleteError));
      return;
    }
    const old = current;
    old.feed?.stop();
    // A lookup waiting on the old database's backfill would hold its flush below until the backfill ended.
    stopContactKeysBackfill(old.db);
    current = serve(next);
    await old.dispatcher.flush();
    hub.publish(EVERY_AREA.map((area) => ({ area, ids: ['*'] })));
    // A restored older backup's closed cases are archived now rather than within the hour.
    void housekeeping();
    // The database kept from the restore before is no longer needed; the one just replaced is kept until the next.
    if (move.superseded) await Dexie.delete(move.superseded).catch((error: unknown) => console.error('deleting an old database failed', error));
  }

  current = serve(first);

  // A restore stopped by a crash leaves its new database (a full copy of the desk) behind, and nothing
  // else would ever delete it. Swept in the background: a database that cannot be deleted must not stop the start.
  const swept = sweepDatabases(first.name).then(
    () => undefined,
    (error: unknown) => console.error('sweeping the databases left behind failed', error),
  );

  // Closed cases move to the archive at start and every hour after.
  const housekeeping = async () => {
    const { db: target, feed } = current;
    const archived = await archiveClosedCases(target, Date.now()).catch((error: unknown) => {
      backgroundFailure(target, 'archiving failed')(error);
      return [];
    });
    casesWritten(target, feed, archived);
    // The alert log keeps `privacy.alertLogDays`; the feed never reads the rows this deletes.
    const pruned = await pruneAlertLog(target, Date.now()).catch((error: unknown) => {
      backgroundFailure(target, 'pruning the alert log failed')(error);
      return 0;
    });
    if (pruned > 0) hub.publish([{ area: 'alerts', ids: ['*'] }]);
  };
  void housekeeping();
  const timer = setInterval(() => void housekeeping(), options.housekeepingMs ?? 3_600_000);

  async function report(payload: unknown): Promise<void> {
    const { db: target, feed } = current;
    const outcome = await (feed ? feed.report(payload) : recordReport(target, payload, Date.now()));
    if (!outcome.ok || outcome.keys.length === 0) return;
    // The alert log on screen refreshes. The runtime is not sent a delta: it reported this itself.
    const ids = outcome.keys.length > MAX_CHANGE_IDS ? ['*'] : outcome.keys;
    const events: ChangeEvent[] = [{ area: 'alerts', ids }];
    hub.publish(events);
  }

  return {
    get db() {
      return current.db;
    },
    get dispatcher() {
      return current.dispatcher;
    },
    get feed() {
      return current.feed;
    },
    hub,
    alerts: {
      report: (payload) =>
        report(payload).then(
          () => true,
          (error: unknown) => {
            console.error('alert report failed', error);
            return false;
          },
        ),
    },
    switched: () => switching,
    swept: () => swept,
    stop: () => {
      stopped = true;
      clearInterval(timer);
      current.feed?.stop();
      stopContactKeysBackfill(current.db);
    },
  };
}
