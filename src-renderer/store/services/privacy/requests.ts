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
