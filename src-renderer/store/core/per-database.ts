import type { DeskDb } from '../db';

/**
 * One `T` per open database, created on first use. A restore switches the host to another
 * database, and with it every index and model: keyed weakly, the old ones go with the old database.
 */
export function perDatabase<T>(create: (db: DeskDb) => T): (db: DeskDb) => T {
  const made = new WeakMap<DeskDb, T>();
  return (db) => {
    let found = made.get(db);
    if (found === undefined) {
      found = create(db);
      made.set(db, found);
    }
    return found;
  };
}
