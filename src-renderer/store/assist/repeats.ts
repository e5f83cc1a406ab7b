/**
 * Reads of the repeat-complainant rule: a customer's cases found through the
 * `phone` and `email` indexes (a customer has few cases, so no scan of the table).
 */
import type { CaseRecord } from '../../domain/cases/case';
import { contactKeys, isWithinWindowBefore, type CustomerContacts } from '../../domain/assist/repeats';
import type { DeskDb } from '../db';

/** Every case with the customer's phone or e-mail, each once (unordered). */
export async function casesOfCustomer(db: DeskDb, who: CustomerContacts): Promise<CaseRecord[]> {
  const { phone, email } = contactKeys(who);
  const [byPhone, byEmail] = await Promise.all([
    phone ? db.cases.where('phone').equals(phone).toArray() : [],
    email ? db.cases.where('email').equals(email).toArray() : [],
  ]);
  const seen = new Map<string, CaseRecord>();
  for (const record of [...byPhone, ...byEmail]) seen.set(record.id, record);
  return [...seen.values()];
}

/**
 * The customer's cases received within `windowDays` before `before`
 * (from `before - windowDays` days inclusive to `before` exclusive), newest
 * first, without `excludeId`. Non-empty means a complaint received at
 * `before` is a repeat (重复投诉).
 */
export async function earlierCases(
  db: DeskDb,
  who: { phone: string; email: string },
  before: number,
  windowDays: number,
  excludeId?: string,
): Promise<CaseRecord[]> {
  const cases = await casesOfCustomer(db, who);
  return cases
    .filter((record) => record.id !== excludeId && isWithinWindowBefore(record.receivedAt, before, windowDays))
    .sort((a, b) => b.receivedAt - a.receivedAt);
}
