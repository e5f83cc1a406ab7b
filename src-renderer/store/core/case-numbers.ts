import { formatCaseNumber, MAX_CASES_PER_DAY } from '../../domain/cases/case-number';
import type { DeskDb } from '../db';

/**
 * The sequences of a day's case numbers in the store (TS-20250310-0001 → 1). Read only for a day whose
 * counter reached 9999 — an old system's number kept by an import can put it there — to give out its
 * unused numbers instead of refusing.
 */
export async function dayNumbersInStore(db: DeskDb, day: string): Promise<Set<number>> {
  const nos = await db.cases.where('no').between(formatCaseNumber(day, 1), formatCaseNumber(day, MAX_CASES_PER_DAY), true, true).keys();
  return new Set(nos.map((no) => Number(String(no).slice(-4))));
}

/** The lowest number of a day not in the store; null when all 9999 are. */
export async function firstUnused(db: DeskDb, day: string): Promise<number | null> {
  const used = await dayNumbersInStore(db, day);
  for (let sequence = 1; sequence <= MAX_CASES_PER_DAY; sequence += 1) if (!used.has(sequence)) return sequence;
  return null;
}
