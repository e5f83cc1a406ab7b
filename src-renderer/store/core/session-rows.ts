/**
 * The rows every call checks, kept in memory per database: its session's row (a deleted sign-in,
 * the screen lock) and its user's row (a new name or department since the sign-in). Read from
 * IndexedDB on every call, that check queued behind the reads of the host's background work: with
 * 30,000 cases on disk it took 2–40 ms while the similar-cases index and the suggestion models were
 * being built, instead of 0.3 ms.
 *
 * Never staler than the table: DeskDb installs `sessionRowsMiddleware`, which drops every cached
 * row of a table before and after any write to it (committed or not, whoever the caller), and a read
 * that overlapped a write is used once but not kept.
 */
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import type { UserRecord } from '../../domain/users/user';
import type { DeskDb, SessionRecord } from '../db';

/** More sign-ins (and users) than any desk has; beyond it the cache starts again (a bound, not a policy). */
const MAX_ROWS = 256;

/** The tables whose rows are kept. */
type Kept = 'sessions' | 'users';

interface Rows<T> {
  /** null: read, and not there. */
  byKey: Map<string, T | null>;
  /** Goes up with every write, so a read that started before one is not kept. */
  generation: number;
}

type RowsOf = { sessions: Rows<SessionRecord>; users: Rows<UserRecord> };

const cached = new WeakMap<object, RowsOf>();

function rowsOf(db: object): RowsOf {
  let rows = cached.get(db);
  if (!rows) {
    rows = { sessions: { byKey: new Map(), generation: 0 }, users: { byKey: new Map(), generation: 0 } };
    cached.set(db, rows);
  }
  return rows;
}

function forget(db: object, table: Kept): void {
  const rows = rowsOf(db)[table];
  rows.generation += 1;
  rows.byKey.clear();
}

/** Goes up with every write to the users (whoever the caller): what is derived from them and held in memory is read again. */
export function usersGeneration(db: object): number {
  return rowsOf(db).users.generation;
}

async function keptRow<T>(rows: Rows<T>, key: string, read: () => Promise<T | undefined>): Promise<T | undefined> {
  const known = rows.byKey.get(key);
  if (known !== undefined) return known ?? undefined;
  const generation = rows.generation;
  const row = await read();
  if (rows.generation === generation) {
    if (rows.byKey.size >= MAX_ROWS) rows.byKey.clear();
    rows.byKey.set(key, row ?? null);
  }
  return row;
}

/** The row of a session token, or undefined when there is none (from memory when it was read since the last write). */
export function sessionRow(db: DeskDb, token: string): Promise<SessionRecord | undefined> {
  return keptRow(rowsOf(db).sessions, token, () => db.sessions.get(token));
}

/** The row of a user, or undefined when there is none (from memory when it was read since the last write). */
export function userRow(db: DeskDb, id: string): Promise<UserRecord | undefined> {
  return keptRow(rowsOf(db).users, id, () => db.users.get(id));
}

const isKept = (name: string): name is Kept => name === 'sessions' || name === 'users';

export function sessionRowsMiddleware(db: object): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'session-rows',
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        if (!isKept(name)) return table;
        return {
          ...table,
          mutate(request: DBCoreMutateRequest) {
            forget(db, name);
            return table.mutate(request).then(
              (result) => {
                forget(db, name);
                return result;
              },
              (error: unknown) => {
                forget(db, name);
                throw error;
              },
            );
          },
        };
      },
    }),
  };
}
