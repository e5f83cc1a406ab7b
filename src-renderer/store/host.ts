import { archiveClosedCases } from './core/archive';
import { DeskDb } from './db';
import { createDispatcher, type Dispatcher } from './rpc/dispatcher';
import { createConnectionHub, type ConnectionHub } from './rpc/server';
import { caseIndexFor } from './search/case-index';
import { noteChanges } from './search/changes';

export interface StoreHost {
  db: DeskDb;
  dispatcher: Dispatcher;
  hub: ConnectionHub;
  /** Stops the housekeeping timer (before the database is closed). */
  stop(): void;
}

/** Opens the database and wires the dispatcher to the connection hub. Same code in window, worker and tests. */
export async function startStoreHost(db = new DeskDb(), options: { housekeepingMs?: number } = {}): Promise<StoreHost> {
  await db.open();
  let dispatcher: Dispatcher | null = null;
  const hub = createConnectionHub(() => dispatcher!);
  dispatcher = createDispatcher({ db, onChange: (events) => hub.publish(events) });
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
    }
  };
  void housekeeping();
  // Built in the background: the first look at the tracking table should not pay for reading every case.
  void caseIndexFor(db).prepare().catch((error: unknown) => console.error('building the tracking index failed', error));
  const timer = setInterval(() => void housekeeping(), options.housekeepingMs ?? 3_600_000);
  return { db, dispatcher, hub, stop: () => clearInterval(timer) };
}
