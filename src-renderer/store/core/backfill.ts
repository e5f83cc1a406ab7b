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
import { CONTACT_KEYS_PENDING, type DeskDb } from '../db';
import { CASE_CHUNK } from './case-chunks';

const runs = new WeakMap<DeskDb, Promise<void>>();
/** The last case id a slice finished, so a run started again after a failure goes on from there. */
const reached = new WeakMap<DeskDb, string>();
const stopped = new WeakSet<DeskDb>();

/** Resolves when every case of `db` has its contact keys; started once per database (again after a failure). */
export function contactKeysBackfilled(db: DeskDb, sliceSize = CASE_CHUNK): Promise<void> {
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
  let after = reached.get(db) ?? null;
  for (;;) {
    if (stopped.has(db)) throw new Dexie.DatabaseClosedError('the store host no longer serves this database');
    const last: string | null = await db.transaction('rw', db.cases, async () => {
      const slice: CaseRecord[] = await (after === null ? db.cases.orderBy(':id') : db.cases.where(':id').above(after)).limit(sliceSize).toArray();
      const missing = slice.filter((record) => record.contactKeys === undefined);
      if (missing.length > 0) await db.cases.bulkPut(missing.map((record) => ({ ...record, contactKeys: contactIndexKeys(record) })));
      return slice.length < sliceSize ? null : slice.at(-1)!.id;
    });
    if (last === null) break;
    after = last;
    reached.set(db, last);
  }
  await db.counters.delete(CONTACT_KEYS_PENDING);
}
