import type { Person, ReturnNote } from '../cases/case';

/** A grading or a plan: both are sent back with a reason and resubmitted. */
interface Returnable {
  returnReason: string;
  approvedAt: number | null;
  returns?: ReturnNote[];
}

/** Every return on record, oldest first (none on a record from before they were kept). */
export function returnsOf(record: Returnable | null | undefined): ReturnNote[] {
  return record?.returns ?? [];
}

/** The record sent back: the reason it now waits on, added to the returns before it. */
export function sentBack<T extends Returnable>(record: T, reason: string, at: number, by: Person): T {
  return { ...record, returnReason: reason, returns: [...returnsOf(record), { reason, at, by }] };
}

/**
 * The returns a (re)submission carries: those of the record it replaces while that was still
 * waiting for approval. A new round after an approved one (a re-handling) starts with none.
 */
export function returnsKept(previous: Returnable | null | undefined): ReturnNote[] {
  return previous && previous.approvedAt === null ? returnsOf(previous) : [];
}

/** The returns answered by a resubmission: all of them but the one still waiting, if any. */
export function earlierReturns(record: Returnable): ReturnNote[] {
  const all = returnsOf(record);
  return record.returnReason && all.length > 0 ? all.slice(0, -1) : all;
}
