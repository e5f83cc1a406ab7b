/**
 * Reads of the repeat-complainant rule: a customer's cases found through the multi-entry
 * `contactKeys` index (a customer has few cases, so no scan of the table).
 */
import type { CaseRecord } from '../../domain/cases/case';
import { contactIndexKeys, type CustomerContacts } from '../../domain/cases/contact';
import { isWithinWindowBefore } from '../../domain/assist/repeats';
import type { DeskDb } from '../db';
import { contactKeysBackfilled } from '../core/backfill';

/**
 * Every case with the customer's phone or e-mail (as keys: 021-61234567 finds 02161234567), each
 * once (unordered). Right after the update to schema 7 the older cases are still getting their keys
 * (store/core/backfill.ts): by default the lookup waits for them; with `complete: false` it answers
 * at once from the cases that have them (for the suggestions typed at intake, which must not stall).
 */
export async function casesOfCustomer(db: DeskDb, who: CustomerContacts, { complete = true }: { complete?: boolean } = {}): Promise<CaseRecord[]> {
  const keys = contactIndexKeys(who);
  if (keys.length === 0) return [];
  if (complete) await contactKeysBackfilled(db);
  return db.cases.where('contactKeys').anyOf(keys).distinct().toArray();
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
  options?: { complete?: boolean },
): Promise<CaseRecord[]> {
  const cases = await casesOfCustomer(db, who, options);
  return cases
    .filter((record) => record.id !== excludeId && isWithinWindowBefore(record.receivedAt, before, windowDays))
    .sort((a, b) => b.receivedAt - a.receivedAt);
}
