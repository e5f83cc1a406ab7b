/**
 * Similar past cases (相似案例): closed complaints whose descriptions share the
 * most informative character bigrams with a given text, scored by the cosine
 * of their TF-IDF vectors. Bigrams are counted once per text (a complaint
 * repeating a word is no more about it), so a weight is the bigram's IDF alone.
 * These are the pure parts; the index that applies them lives in the store host.
 */
import type { CaseRecord, PlanRecord, SurveyScores } from '../cases/case';
import type { Category, Severity } from '../cases/vocabulary';
import { knownIdentifiers } from '../privacy/anonymise';
import { redactText } from '../privacy/redact';
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

/**
 * Words nearly every complaint uses whatever it is about: they make no case like another. Left
 * out of the index and the query alike, so two cases are similar only by what they are about (a
 * small desk has too few cases for STOP_DF_RATIO to find these).
 */
const COMMON_COMPLAINT_GRAMS: ReadonlySet<string> = new Set(
  '投诉 问题 客服 反映 处理 解决 希望 要求 请求 尽快 麻烦 情况 诉求 你们 我们 他们 这个 那个 一个 没有 已经 什么 怎么 还是 就是 但是 可以 一下 的话 现在'.split(' '),
);

/** A similar case shows this many characters of its description, so the agent sees what it was about without opening it. */
export const EXCERPT_LENGTH = 60;

export const SIMILAR_DEFAULT_LIMIT = 5;
export const SIMILAR_MAX_LIMIT = 20;

/** What of a case is compared: what the customer said and about which product. */
export function similarityText(record: Pick<CaseRecord, 'description' | 'product'>): string {
  // A line break, so the last character of one and the first of the other make no bigram.
  return `${record.description}\n${record.product}`;
}

/** The bigrams a text is indexed and queried by (distinct, at most `MAX_TERMS_PER_TEXT`). */
export function termsOf(text: string): string[] {
  return bigramsOf(text)
    .filter((gram) => !COMMON_COMPLAINT_GRAMS.has(gram))
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
 * The answer for one matched case. Free texts pass `redactText` with the
 * case's own identifiers, so a measure like "致电张三 13812345678" does not
 * carry its customer's name or number to another case's page.
 */
export function toSimilarCase(record: CaseRecord, score: number): SimilarCase {
  const identifiers = knownIdentifiers(record);
  const resolution = redactText(resolutionOf(record), identifiers);
  const answer: SimilarCase = {
    id: record.id,
    no: record.no,
    score,
    category: record.category,
    subCategory: record.subCategory,
    severity: record.severity,
    closedAt: record.closedAt,
    excerpt: excerptOf(redactText(record.description, identifiers)),
    resolution,
    compensation: record.plan ? { ...record.plan.compensation } : null,
    satisfied: record.feedback ? record.feedback.satisfied : null,
  };
  if (record.feedback) answer.scores = { ...record.feedback.scores };
  return answer;
}
