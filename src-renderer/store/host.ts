import { DeskDb } from './db';
import { createDispatcher, type Dispatcher } from './rpc/dispatcher';
import { createConnectionHub, type ConnectionHub } from './rpc/server';

export interface StoreHost {
  db: DeskDb;
  dispatcher: Dispatcher;
  hub: ConnectionHub;
}

/** Opens the database and wires the dispatcher to the connection hub. Same code in window, worker and tests. */
export async function startStoreHost(db = new DeskDb()): Promise<StoreHost> {
  await db.open();
  let dispatcher: Dispatcher | null = null;
  const hub = createConnectionHub(() => dispatcher!);
  dispatcher = createDispatcher({ db, onChange: (events) => hub.publish(events) });
  return { db, dispatcher, hub };
}
