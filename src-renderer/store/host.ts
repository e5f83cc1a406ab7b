import type { FeedMessage } from '../../src-main/core/alert-feed';
import { createDeadlineFeed, type DeadlineFeed } from './alerts/feed';
import { recordReport } from './alerts/log';
import { archiveClosedCases } from './core/archive';
import { DeskDb } from './db';
import { createDispatcher, type Dispatcher } from './rpc/dispatcher';
import type { ChangeEvent } from './rpc/define';
import { createConnectionHub, type ConnectionHub } from './rpc/server';
import { caseIndexFor } from './search/case-index';
import { noteChanges } from './search/changes';

export interface StoreHost {
  db: DeskDb;
  dispatcher: Dispatcher;
  hub: ConnectionHub;
  /** The deadline feed, when the host publishes one (see `publishFeed`). */
  feed: DeadlineFeed | null;
  alerts: {
    /** A report of the alert runtime (validated here): logged for the desk user, refused (and logged to the console) otherwise. */
    report(payload: unknown): Promise<void>;
  };
  /** Stops the housekeeping timer and the deadline feed (before the database is closed). */
  stop(): void;
}

export interface StoreHostOptions {
  housekeepingMs?: number;
  /** Where the deadline feed goes (main over ipc, or the web harness page); no feed without it. */
  publishFeed?: (message: FeedMessage) => void;
}

/** A report can name half a million deadlines; a window only needs to know that alerts changed. */
const MAX_CHANGE_IDS = 1_000;

/** Opens the database and wires the dispatcher to the connection hub. Same code in window, worker and tests. */
export async function startStoreHost(db = new DeskDb(), options: StoreHostOptions = {}): Promise<StoreHost> {
  await db.open();
  let dispatcher: Dispatcher | null = null;
  const hub = createConnectionHub(() => dispatcher!);
  const feed = options.publishFeed ? createDeadlineFeed(db, { publish: options.publishFeed }) : null;
  dispatcher = createDispatcher({
    db,
    onChange: (events) => {
      // Sign-ins and resumes matter to the deadline feed only: a window re-reads what it shows on every event it gets.
      const forWindows = events.filter((event) => event.area !== 'sessions');
      if (forWindows.length > 0) hub.publish(forWindows);
      feed?.onChanges(events);
    },
  });
  // Closed cases move to the archive at start and every hour after.
  const housekeeping = async () => {
    const archived = await archiveClosedCases(db, Date.now()).catch((error: unknown) => {
      console.error('archiving failed', error);
      return [];
    });
    if (archived.length > 0) {
      const events = [{ area: 'cases' as const, ids: archived }];
      noteChanges(db, events);
      hub.publish(events);
      feed?.onChanges(events);
    }
  };
  void housekeeping();
  // Built in the background: the first look at the tracking table should not pay for reading every case.
  void caseIndexFor(db).prepare().catch((error: unknown) => console.error('building the tracking index failed', error));
  // Also in the background: commands are served while the first full feed is read.
  void feed?.start();
  const timer = setInterval(() => void housekeeping(), options.housekeepingMs ?? 3_600_000);

  async function report(payload: unknown): Promise<void> {
    const outcome = await (feed ? feed.report(payload) : recordReport(db, payload, Date.now()));
    if (!outcome.ok || outcome.keys.length === 0) return;
    // The alert log on screen refreshes. The runtime is not sent a delta: it reported this itself.
    const ids = outcome.keys.length > MAX_CHANGE_IDS ? ['*'] : outcome.keys;
    const events: ChangeEvent[] = [{ area: 'alerts', ids }];
    hub.publish(events);
  }

  return {
    db,
    dispatcher,
    hub,
    feed,
    alerts: { report: (payload) => report(payload).catch((error: unknown) => console.error('alert report failed', error)) },
    stop: () => {
      clearInterval(timer);
      feed?.stop();
    },
  };
}
