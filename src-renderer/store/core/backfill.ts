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

/** How far a running backfill is: cases read so far, of the cases there were when it started. */
export interface BackfillProgress {
  done: number;
  total: number;
}
const progress = new WeakMap<DeskDb, BackfillProgress>();

/**
 * The progress of the backfill of `db` while it runs (the windows say why a customer lookup waits,
 * and for how long); null when there is none to run, once it has ended, and before it has started.
 */
export function contactKeysProgress(db: DeskDb): BackfillProgress | null {
  const current = progress.get(db);
  return current ? { ...current } : null;
}

/** Waited for between two slices; by default the windows' calls go first (see `createPacer`). */
export type BetweenSlices = () => Promise<void> | undefined;

/** Resolves when every case of `db` has its contact keys; started once per database (again after a failure). */
export function contactKeysBackfilled(db: DeskDb, sliceSize = BACKFILL_SLICE, betweenSlices?: BetweenSlices): Promise<void> {
  let run = runs.get(db);
  if (!run) {
    run = runBackfill(db, sliceSize, betweenSlices ?? pacedSteps());
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

function pacedSteps(): BetweenSlices {
  const pacer = createPacer();
  return () => pacer.step();
}

async function runBackfill(db: DeskDb, sliceSize: number, betweenSlices: BetweenSlices): Promise<void> {
  if (!(await db.counters.get(CONTACT_KEYS_PENDING))) return;
  const after0 = reached.get(db) ?? null;
  // Counted once, here: cases registered meanwhile (keyed already) may be read too, so `done` stops at `total`.
  const [total, done] = await Promise.all([db.cases.count(), after0 === null ? 0 : db.cases.where(':id').belowOrEqual(after0).count()]);
  progress.set(db, { done, total: Math.max(total, done) });
  // The slices go through a connection of their own that commits without waiting for the disk flush.
  // Safe: a slice a power cut loses is written again at the next start (the mark stays until the
  // end), and the mark is removed 'strict' on the host's connection, which flushes every slice before it.
  const writer = new DeskDb(db.name, { ...db.connection, durability: 'relaxed' });
  let after = after0;
  try {
    for (;;) {
      if (stopped.has(db)) throw new Dexie.DatabaseClosedError('the store host no longer serves this database');
      const slice: CaseRecord[] = await writer.transaction('rw', writer.cases, async () => {
        const read: CaseRecord[] = await (after === null ? writer.cases.orderBy(':id') : writer.cases.where(':id').above(after)).limit(sliceSize).toArray();
        const missing = read.filter((record) => record.contactKeys === undefined);
        if (missing.length > 0) await writer.cases.bulkPut(missing.map((record) => ({ ...record, contactKeys: contactIndexKeys(record) })));
        return read;
      });
      advance(db, slice.length);
      if (slice.length < sliceSize) break;
      const last = slice.at(-1)!.id;
      after = last;
      reached.set(db, last);
      // Between slices, the windows' calls go first (each slice holds the cases table while it runs).
      await betweenSlices();
    }
    await db.counters.delete(CONTACT_KEYS_PENDING);
  } finally {
    writer.close();
    progress.delete(db);
  }
}

function advance(db: DeskDb, read: number): void {
  const current = progress.get(db);
  if (current) progress.set(db, { done: Math.min(current.done + read, current.total), total: current.total });
}
