/**
 * Similar past cases (相似案例): closed complaints whose descriptions share the
 * most informative character bigrams with a given text, scored by the cosine
 * of their TF-IDF vectors. Bigrams are counted once per text (a complaint
 * repeating a word is no more about it), so a weight is the bigram's IDF alone.
 * These are the pure parts; the index that applies them lives in the store host.
 */
import type { CaseRecord, PlanRecord, SurveyScores } from '../cases/case';
import type { Category, Severity } from '../cases/vocabulary';
import { similarRedactor } from './similar-redact';
import { STOP_GRAMS, withoutSentiment } from './stop-words';
import { bigramsOf } from './text';

/** A very long description would cost memory without sharpening the match: its first this many distinct bigrams count. */
export const MAX_TERMS_PER_TEXT = 512;

/** Bigrams found in more than this share of the cases say nothing about any one of them (stop-bigrams) … */
export const STOP_DF_RATIO = 0.1;
/** … once there are enough cases for a share to mean something. */
export const STOP_MIN_DOCS = 100;

/**
 * Matches weaker than this share only a stray bigram or two (a 发票 complaint matched a parcel one
 * at 5–11 % on 投诉 and 希望): not worth the agent opening them.
 */
export const MIN_SCORE = 0.1;

/** A similar case shows this many characters of its description, so the agent sees what it was about without opening it. */
export const EXCERPT_LENGTH = 60;

export const SIMILAR_DEFAULT_LIMIT = 5;
export const SIMILAR_MAX_LIMIT = 20;

/** What of a case is compared: what the customer said and about which product. */
export function similarityText(record: Pick<CaseRecord, 'description' | 'product'>): string {
  // A line break, so the last character of one and the first of the other make no bigram.
  return `${record.description}\n${record.product}`;
}

/**
 * The bigrams a text is indexed and queried by (distinct, at most `MAX_TERMS_PER_TEXT`): what it is
 * about, without its sentiment and the words every complaint uses (stop-words.ts), left out of the
 * index and the query alike, so two cases are similar only by what they are about (a small desk
 * has too few cases for STOP_DF_RATIO to find these).
 */
export function termsOf(text: string): string[] {
  return bigramsOf(withoutSentiment(text))
    .filter((gram) => !STOP_GRAMS.has(gram))
    .slice(0, MAX_TERMS_PER_TEXT);
}

/** Smoothed inverse document frequency: a bigram in none of `docs` weighs most, one in all of them still above zero. */
export function idf(df: number, docs: number): number {
  return Math.log((docs + 1) / (df + 1)) + 1;
}

/** True for a bigram too common among `docs` cases to tell them apart. */
export function isStopTerm(df: number, docs: number): boolean {
  return docs >= STOP_MIN_DOCS && df / docs > STOP_DF_RATIO;
}

/**
 * The cosine of two vectors from their dot product and norms, kept to [0, 1]
 * (the index's norms may lag slightly behind the current IDFs).
 */
export function cosine(dot: number, queryNorm: number, docNorm: number): number {
  if (dot <= 0 || queryNorm <= 0 || docNorm <= 0) return 0;
  return Math.min(1, dot / (queryNorm * docNorm));
}

/**
 * A case shares at least this many content bigrams with the text (all of them when the text has
 * fewer): one shared bigram is one word (像素, 发票), which makes no case like another.
 */
export const MIN_SHARED_TERMS = 2;
/**
 * A case with fewer content bigrams than this (or than the text, when that is shorter) is damped by
 * the square root of its share: a cosine favours short texts, and "像素太差" matched on its one
 * content word would otherwise rank above a real match that shares five.
 */
export const SHORT_TEXT_TERMS = 8;

/** What the index knows of a case's match with a text. */
export interface Match {
  /** The dot product of their TF-IDF vectors, and their norms. */
  dot: number;
  queryNorm: number;
  docNorm: number;
  /** Content bigrams they share; content bigrams of the text and of the case. */
  shared: number;
  queryTerms: number;
  docTerms: number;
}

/** How alike a case is to a text, 0–1: their cosine, 0 below `MIN_SHARED_TERMS`, damped for a short case (`SHORT_TEXT_TERMS`). */
export function similarity({ dot, queryNorm, docNorm, shared, queryTerms, docTerms }: Match): number {
  if (shared < Math.min(MIN_SHARED_TERMS, queryTerms)) return 0;
  const short = Math.min(SHORT_TEXT_TERMS, queryTerms);
  return cosine(dot, queryNorm, docNorm) * (docTerms >= short ? 1 : Math.sqrt(docTerms / short));
}

export interface Scored {
  ordinal: number;
  score: number;
}

/**
 * The `k` best of `candidates` by score, best first; equal scores keep the
 * smaller ordinal first, so answers do not change between identical queries.
 * A bounded insertion keeps it linear in the candidates for the small k asked for.
 */
export function topK(candidates: Iterable<Scored>, k: number): Scored[] {
  const best: Scored[] = [];
  const better = (a: Scored, b: Scored) => a.score > b.score || (a.score === b.score && a.ordinal < b.ordinal);
  for (const candidate of candidates) {
    if (best.length === k && !better(candidate, best[k - 1]!)) continue;
    let at = best.length === k ? k - 1 : best.length;
    best[at] = candidate;
    while (at > 0 && better(best[at]!, best[at - 1]!)) {
      [best[at - 1], best[at]] = [best[at]!, best[at - 1]!];
      at -= 1;
    }
  }
  return best;
}

/** A similar past case as the case page shows it: how it was resolved, never who complained. */
export interface SimilarCase {
  id: string;
  no: string;
  /** Cosine similarity of the texts, 0–1. */
  score: number;
  category: Category | null;
  subCategory: string;
  severity: Severity;
  closedAt: number | null;
  /** The beginning of what the customer said (`EXCERPT_LENGTH` characters, … when cut), their identifiers redacted. */
  excerpt: string;
  /** The plan's measures and the result told to the customer, with the customer's identifiers redacted. */
  resolution: string;
  compensation: PlanRecord['compensation'] | null;
  /** The customer's answer at the feedback call; null when none was recorded (e.g. imported cases). */
  satisfied: boolean | null;
  scores?: SurveyScores;
}

/** Joins what was planned (the measures), what was done (the outcome) and what the customer was told, each once. */
export function resolutionOf(record: Pick<CaseRecord, 'plan' | 'outcome' | 'feedback'>): string {
  const measures = (record.plan?.measures ?? []).map((m) => m.trim()).filter((m) => m !== '');
  // The measures planned, what was done (处理结果), and what the customer was told of it.
  const parts = [measures.join('；'), record.outcome?.summary.trim() ?? '', record.feedback?.result.trim() ?? ''].filter((part) => part !== '');
  return [...new Set(parts)].join(' / ');
}

/** The first `EXCERPT_LENGTH` characters (code points) of a text on one line, with … when it goes on. */
export function excerptOf(text: string): string {
  const chars = [...text.replace(/\s+/gu, ' ').trim()];
  return chars.length <= EXCERPT_LENGTH ? chars.join('') : `${chars.slice(0, EXCERPT_LENGTH).join('').trimEnd()}…`;
}

/**
 * The answer for one matched case. Its free texts name nobody (`similarRedactor`): not its customer
 * ("致电张三 13812345678"), as anonymisation knows them and as `events` (its history) recorded them
 * before a correction, nor the people, places and accounts the texts mention in their own words.
 */
export function toSimilarCase(record: CaseRecord, score: number, events: Parameters<typeof similarRedactor>[1] = []): SimilarCase {
  const resolution = resolutionOf(record);
  const redact = similarRedactor(record, events, [record.description, resolution]);
  const answer: SimilarCase = {
    id: record.id,
    no: record.no,
    score,
    category: record.category,
    subCategory: record.subCategory,
    severity: record.severity,
    closedAt: record.closedAt,
    excerpt: excerptOf(redact(record.description)),
    resolution: redact(resolution),
    compensation: record.plan ? { ...record.plan.compensation } : null,
    satisfied: record.feedback ? record.feedback.satisfied : null,
  };
  if (record.feedback) answer.scores = { ...record.feedback.scores };
  return answer;
}
