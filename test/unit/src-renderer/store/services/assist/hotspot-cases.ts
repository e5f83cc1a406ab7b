/**
 * Cases for hot-spot tests: lifecycle-shaped records (random-cases.ts) placed
 * on given days with real complaint texts from the take-away reviews — a quiet
 * baseline of ordinary texts, and bursts of texts that share a word.
 */
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import type { Category } from '../../../../../../src-renderer/domain/cases/vocabulary';
import { loadReviews } from '../../../../../fixtures/reviews';
import { randomCases } from '../../search/random-cases';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Take-away reviews (waimai_10k.csv) that contain `word`, or that do not when `without` is set. */
export function waimaiTexts(word: string, without = false): string[] {
  return loadReviews()
    .filter((review) => review.category === '外卖' && review.text.includes(word) !== without)
    .map((review) => review.text);
}

export interface Placement {
  /** Days before the day of `now` (0: today, before `now`). */
  daysAgo: number;
  description: string;
  category?: Category | null;
  product?: string;
  phone?: string;
  email?: string;
}

let batch = 0;

/** One record per placement, received at a spread of hours of its day (today: before `now`). */
export function placedCases(now: number, placements: readonly Placement[]): CaseRecord[] {
  batch += 1;
  const shapes = randomCases(placements.length, ['—'], 900 + batch, now);
  const today = new Date(now);
  return placements.map((place, n) => {
    const dayStart = new Date(today.getFullYear(), today.getMonth(), today.getDate() - place.daysAgo).getTime();
    const latest = place.daysAgo === 0 ? Math.max(dayStart + 1, now - 1) : dayStart + DAY - 1;
    const receivedAt = Math.min(latest, dayStart + 8 * HOUR + ((n * 37) % 600) * 60_000);
    return {
      ...shapes[n]!,
      id: `hot-${batch}-${n}`,
      no: `TS-HOT-${batch}-${n}`,
      receivedAt,
      registeredAt: receivedAt,
      description: place.description,
      category: place.category === undefined ? 'other' : place.category,
      product: place.product ?? '',
      phone: place.phone ?? '',
      email: place.email ?? '',
    };
  });
}

/** `perDay` ordinary cases on each of the last `days` days, texts taken in turn from `texts`. */
export function quietDays(days: number, perDay: number, texts: readonly string[], offset = 0): Placement[] {
  const out: Placement[] = [];
  for (let d = 0; d < days; d += 1) {
    for (let n = 0; n < perDay; n += 1) out.push({ daysAgo: d, description: texts[(offset + d * perDay + n) % texts.length]! });
  }
  return out;
}
