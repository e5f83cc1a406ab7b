/**
 * The session rows every call checks (a deleted sign-in, the screen lock), kept in memory per
 * database. Read from IndexedDB on every call, that check queued behind the reads of the host's
 * background work: with 30,000 cases on disk it took 2–40 ms while the similar-cases index and the
 * suggestion models were being built, instead of 0.3 ms.
 *
 * Never staler than the table: DeskDb installs `sessionRowsMiddleware`, which drops every cached
 * row before and after any write to `sessions` (committed or not, whoever the caller), and a read
 * that overlapped a write is used once but not kept.
 */
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import type { DeskDb, SessionRecord } from '../db';

/** More sign-ins than any desk has; beyond it the cache starts again (a bound, not a policy). */
const MAX_ROWS = 256;

interface Rows {
  /** null: read, and not there. */
  byToken: Map<string, SessionRecord | null>;
  /** Goes up with every write, so a read that started before one is not kept. */
  generation: number;
}

const cached = new WeakMap<object, Rows>();

function rowsOf(db: object): Rows {
  let rows = cached.get(db);
  if (!rows) {
    rows = { byToken: new Map(), generation: 0 };
    cached.set(db, rows);
  }
  return rows;
}

function forget(db: object): void {
  const rows = rowsOf(db);
  rows.generation += 1;
  rows.byToken.clear();
}

/** The row of a session token, or undefined when there is none (from memory when it was read since the last write). */
export async function sessionRow(db: DeskDb, token: string): Promise<SessionRecord | undefined> {
  const rows = rowsOf(db);
  const known = rows.byToken.get(token);
  if (known !== undefined) return known ?? undefined;
  const generation = rows.generation;
  const row = await db.sessions.get(token);
  if (rows.generation === generation) {
    if (rows.byToken.size >= MAX_ROWS) rows.byToken.clear();
    rows.byToken.set(token, row ?? null);
  }
  return row;
}

/** For `db` (a DeskDb, in its constructor): every mutation of `sessions` forgets the cached rows. */
export function sessionRowsMiddleware(db: object): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'session-rows',
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        if (name !== 'sessions') return table;
        return {
          ...table,
          mutate(request: DBCoreMutateRequest) {
            forget(db);
            return table.mutate(request).then(
              (result) => {
                forget(db);
                return result;
              },
              (error: unknown) => {
                forget(db);
                throw error;
              },
            );
          },
        };
      },
    }),
  };
}
