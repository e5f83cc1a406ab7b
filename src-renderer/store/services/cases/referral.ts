import { DeskError } from '../../../domain/common/errors';
import type { DeskDb } from '../../db';

/**
 * Refuses a 来源单号 the desk already holds on another case: a typed ticket, or the old-system
 * number of an imported case (kept as its external id), which is the same ticket. Inside the
 * caller's transaction (`cases` in its scope).
 */
export async function refuseTakenReferralNo(db: DeskDb, referralNo: string, own?: string): Promise<void> {
  if (referralNo === '') return;
  const other = (c: { id: string }) => c.id !== own;
  const taken =
    (await db.cases.where('referralNo').equals(referralNo).filter(other).first()) ??
    (await db.cases.where('externalId').equals(referralNo).filter(other).first());
  if (taken) {
    throw new DeskError({ code: 'validation.failed', fields: [{ field: 'referralNo', code: 'validation.referralNoTaken', params: { no: taken.no } }] });
  }
}
