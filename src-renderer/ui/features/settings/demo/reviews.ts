import Papa from 'papaparse';
import { DEMO_TEXT_MAX_LENGTH } from '../../../../domain/demo/schema';

/** Why a file gave no complaint texts (each has a message under `demo.problems`). */
export type ReviewsProblem = 'empty' | 'noReviewColumn' | 'noLabelColumn' | 'noNegative';

export type ReviewsResult = { ok: true; texts: string[]; rows: number } | { ok: false; problem: ReviewsProblem };

const clean = (value: string | undefined) => (value ?? '').replace(/\uFEFF/g, '').trim();

/**
 * The negative reviews (`label` 0) of a review corpus CSV, columns `label,review`
 * or `cat,label,review` (../shared/data/reviews/), as complaint texts.
 */
export function negativeReviews(csv: string): ReviewsResult {
  const parsed = Papa.parse<Record<string, string>>(csv, {
    header: true,
    skipEmptyLines: true,
    transformHeader: (header) => clean(header).toLowerCase(),
  });
  const fields = parsed.meta.fields ?? [];
  if (parsed.data.length === 0) return { ok: false, problem: 'empty' };
  if (!fields.includes('review')) return { ok: false, problem: 'noReviewColumn' };
  if (!fields.includes('label')) return { ok: false, problem: 'noLabelColumn' };
  const texts = parsed.data
    .filter((row) => clean(row.label) === '0')
    .map((row) => clean(row.review).slice(0, DEMO_TEXT_MAX_LENGTH))
    .filter((text) => text.length > 0);
  if (texts.length === 0) return { ok: false, problem: 'noNegative' };
  return { ok: true, texts, rows: parsed.data.length };
}
