import { DeskError } from '../../../domain/common/errors';
import { erasureKey, type ErasureRequest } from '../../../domain/privacy/erasure';
import type { DeskDb } from '../../db';

/** Deletion requests are kept in the settings table under `erasure:<no>` (a desk records a few a month). */
export async function readRequest(db: DeskDb, no: string): Promise<ErasureRequest> {
  const row = await db.settings.get(erasureKey(no));
  if (!row) throw new DeskError({ code: 'erasure.notFound', params: { no } });
  return row.value as ErasureRequest;
}

/** Every deletion request recorded, open or closed, in key order. */
export async function readAllRequests(db: DeskDb): Promise<ErasureRequest[]> {
  const rows = await db.settings.where('key').startsWith(erasureKey('')).toArray();
  return rows.map((row) => row.value as ErasureRequest);
}

/**
 * The open requests with the ids of their cases, by number: what a case page asks on every refresh,
 * answered from one row instead of every request ever recorded (they are kept for good). Written with
 * every request (`writeRequest`); a desk whose requests were all written before it existed (or a
 * backup of one) has none until its next request is written, and is read in full until then.
 */
export const OPEN_REQUESTS_KEY = 'erasure-open';

interface OpenRequest {
  no: string;
  caseIds: string[];
}

async function openIndex(db: DeskDb): Promise<OpenRequest[]> {
  const row = await db.settings.get(OPEN_REQUESTS_KEY);
  if (row) return row.value as OpenRequest[];
  return (await readAllRequests(db)).filter((request) => request.closedAt === null).map(openEntry);
}

const openEntry = (request: ErasureRequest): OpenRequest => ({ no: request.no, caseIds: request.cases.map((c) => c.id) });

/** Writes a request and keeps the index of open ones with it. Inside the command's transaction (over settings). */
export async function writeRequest(db: DeskDb, request: ErasureRequest): Promise<void> {
  await db.settings.put({ key: erasureKey(request.no), value: request });
  const others = (await openIndex(db)).filter((entry) => entry.no !== request.no);
  const open = request.closedAt === null ? [...others, openEntry(request)] : others;
  await db.settings.put({ key: OPEN_REQUESTS_KEY, value: open.sort((a, b) => (a.no < b.no ? -1 : a.no > b.no ? 1 : 0)) });
}

/** The requests of these numbers, one for each (undefined where there is none). */
export async function readRequests(db: DeskDb, nos: readonly string[]): Promise<Array<ErasureRequest | undefined>> {
  if (nos.length === 0) return [];
  return (await db.settings.bulkGet(nos.map(erasureKey))).map((row) => row?.value as ErasureRequest | undefined);
}

async function readOpen(db: DeskDb, nos: readonly string[]): Promise<ErasureRequest[]> {
  // A request is open in the index exactly when it is (both are written together); checked all the same.
  return (await readRequests(db, nos)).filter((request): request is ErasureRequest => request !== undefined && request.closedAt === null);
}

/** The open requests that cover the case, in number order. */
export async function openRequestsOf(db: DeskDb, caseId: string): Promise<ErasureRequest[]> {
  return readOpen(db, (await openIndex(db)).filter((entry) => entry.caseIds.includes(caseId)).map((entry) => entry.no));
}

/** Every open request, in number order (the deadline feed's, for their reply deadlines). */
export async function readOpenRequests(db: DeskDb): Promise<ErasureRequest[]> {
  return readOpen(db, (await openIndex(db)).map((entry) => entry.no));
}
