/**
 * Reading many cases without holding them all: chunks read one after another,
 * each handed to the caller before the next is read, so the host stays
 * responsive and its memory flat with 100,000 cases.
 */
import type { CaseRecord } from '../../domain/cases/case';
import { CASE_STATUSES, FINAL_STATUSES } from '../../domain/lifecycle/machine';
import type { DeskDb } from '../db';

export const CASE_CHUNK = 2_000;
/**
 * Chunk size of the readers that run beside the windows' calls (the tracking index's build, the
 * similar-cases index, the suggestion models). A call's own reads queue behind the requests
 * already made, and every record read is decoded on the host's thread: with 2,000-case chunks a
 * call waited 50–100 ms behind one (on disk, 50,000 cases); with this size, a few milliseconds.
 */
export const BACKGROUND_CHUNK = 100;

/** Statuses in which a case still has work (and clocks) pending. */
export const OPEN_STATUSES = CASE_STATUSES.filter((status) => !FINAL_STATUSES.includes(status));

type Visit = (chunk: CaseRecord[]) => void | Promise<void>;

/** Every case, in id order (keyset by primary key); a `size` function is asked before each read. */
export async function forEachCaseChunk(db: DeskDb, visit: Visit, size: number | (() => number) = CASE_CHUNK): Promise<void> {
  let last: string | null = null;
  for (;;) {
    const limit = typeof size === 'number' ? size : size();
    const chunk: CaseRecord[] = await (last === null ? db.cases.orderBy(':id') : db.cases.where(':id').above(last)).limit(limit).toArray();
    await visit(chunk);
    if (chunk.length < limit) return;
    last = chunk.at(-1)!.id;
  }
}

/**
 * The cases with `ids`, read `size` at a time, each slice in its own read transaction: a reader
 * catching up on tens of thousands of changed cases (an import) never holds a writer back for
 * longer than one slice. `visit` gets each slice's ids beside their records (undefined where a
 * case is gone) and can stop the reading by returning false.
 */
export async function forEachCaseSlice(
  db: DeskDb,
  ids: readonly string[],
  visit: (ids: readonly string[], records: readonly (CaseRecord | undefined)[]) => void | boolean | Promise<void | boolean>,
  size = CASE_CHUNK,
): Promise<void> {
  for (let start = 0; start < ids.length; start += size) {
    const slice = ids.slice(start, start + size);
    if ((await visit(slice, await db.cases.bulkGet(slice))) === false) return;
  }
}

/** The cases with `ids`, read `size` at a time; missing ones are left out. */
export function forEachCaseOf(db: DeskDb, ids: readonly string[], visit: Visit, size = CASE_CHUNK): Promise<void> {
  return forEachCaseSlice(db, ids, async (_, records) => void (await visit(records.filter((record): record is CaseRecord => record !== undefined))), size);
}

/**
 * Every case not closed or redirected. Years of closed cases are never read:
 * the status index yields the open ones' keys alone, then the records follow in chunks.
 */
export async function forEachOpenCaseChunk(db: DeskDb, visit: Visit, size = CASE_CHUNK): Promise<void> {
  // One plain key range per status (read in one request), rather than a cursor hopping between statuses.
  for (const status of OPEN_STATUSES) await forEachCaseOf(db, await db.cases.where('status').equals(status).primaryKeys(), visit, size);
}
