/**
 * Fills in the contact keys of cases written before schema version 7, after the database has
 * opened rather than inside its upgrade: the upgrade runs in one transaction before the desk can
 * do anything, and rewriting 100,000 cases there kept it on its loading screen for 82 s (on disk,
 * this 2-core machine). Here the cases are read and written a slice at a time, each slice in its
 * own read-write transaction (a command writing a case meanwhile is never overwritten: the slice
 * reads it again inside its transaction, and a case written by a command has its keys already).
 *
 * Only a database the version 7 upgrade marked (`CONTACT_KEYS_PENDING`) is read at all; the mark
 * goes when every case has its keys, so an interrupted backfill carries on at the next start.
 */
import { Dexie } from 'dexie';
import { contactIndexKeys } from '../../domain/cases/contact';
import type { CaseRecord } from '../../domain/cases/case';
import { CONTACT_KEYS_PENDING, DeskDb } from '../db';
import { BACKGROUND_CHUNK } from './case-chunks';
import { createPacer } from './pacing';

/**
 * Cases per read-write slice. A slice holds the cases table: a window's read or write of a case
 * waits for the slice in progress. Measured on disk with 30,000 cases (one run each), a case read
 * while the backfill ran took 403 ms (median) with strict slices of 2,000, and the backfill 12.6 s;
 * with relaxed slices of 200, 61 ms and 15.6 s; of 100, 44 ms and 22.3 s. Lookups of a customer's
 * cases wait for the whole backfill, so not smaller.
 */
const BACKFILL_SLICE = 2 * BACKGROUND_CHUNK;

const runs = new WeakMap<DeskDb, Promise<void>>();
/** The last case id a slice finished, so a run started again after a failure goes on from there. */
const reached = new WeakMap<DeskDb, string>();
const stopped = new WeakSet<DeskDb>();

/** Resolves when every case of `db` has its contact keys; started once per database (again after a failure). */
export function contactKeysBackfilled(db: DeskDb, sliceSize = BACKFILL_SLICE): Promise<void> {
  let run = runs.get(db);
  if (!run) {
    run = runBackfill(db, sliceSize);
    runs.set(db, run);
    run.catch(() => runs.delete(db));
  }
  return run;
}

/**
 * Ends the backfill of a database the host no longer serves (a restore switched away from it, or
 * the host stopped) after its current slice; whoever waits on it is refused as by a closed database.
 */
export function stopContactKeysBackfill(db: DeskDb): void {
  stopped.add(db);
}

async function runBackfill(db: DeskDb, sliceSize: number): Promise<void> {
  if (!(await db.counters.get(CONTACT_KEYS_PENDING))) return;
  // The slices go through a connection of their own that commits without waiting for the disk flush.
  // Safe: a slice a power cut loses is written again at the next start (the mark stays until the
  // end), and the mark is removed 'strict' on the host's connection, which flushes every slice before it.
  const writer = new DeskDb(db.name, { ...db.connection, durability: 'relaxed' });
  const pacer = createPacer();
  let after = reached.get(db) ?? null;
  try {
    for (;;) {
      if (stopped.has(db)) throw new Dexie.DatabaseClosedError('the store host no longer serves this database');
      const last: string | null = await writer.transaction('rw', writer.cases, async () => {
        const slice: CaseRecord[] = await (after === null ? writer.cases.orderBy(':id') : writer.cases.where(':id').above(after)).limit(sliceSize).toArray();
        const missing = slice.filter((record) => record.contactKeys === undefined);
        if (missing.length > 0) await writer.cases.bulkPut(missing.map((record) => ({ ...record, contactKeys: contactIndexKeys(record) })));
        return slice.length < sliceSize ? null : slice.at(-1)!.id;
      });
      if (last === null) break;
      after = last;
      reached.set(db, last);
      // Between slices, the windows' calls go first (each slice holds the cases table while it runs).
      await pacer.step();
    }
  } finally {
    writer.close();
  }
  await db.counters.delete(CONTACT_KEYS_PENDING);
}
