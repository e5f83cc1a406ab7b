/**
 * A guess of the desk value an unknown value of a file means, offered pre-filled and marked as a
 * guess in 对应取值. Only where the text itself says so: the value contains one of the field's
 * labels or synonyms (`快递问题` holds 快递 → 物流配送; `物流慢` holds 物流), is contained in one
 * (`质` is too short to count), or shares most of its character pairs with one (Dice coefficient
 * over bigrams). No guess from meaning alone: `A级` or `三星` name no level the desk can read, so
 * they are left to the user. A value that negates (未, 不, 没, 非, 无; not, un-, non-) is never matched with a
 * label that does not, so `未关闭` is not offered as 已关闭. A tie between two values gives no guess.
 * A demand is not guessed from a label inside it: `要求赔偿500元` holds 赔偿 but asks for more than
 * the word says, and a guess the user does not look at would lose it.
 */
import { normaliseHeader } from './fields';

export interface SuggestionTarget {
  /** The desk value: a code, or a configured department. */
  value: string;
  /** Its labels and synonyms as files write them (normalised here). */
  labels: readonly string[];
}

/** A guess must score above this: a Dice coefficient of 0.5 is only half the pairs shared (物流快, 物流慢). */
export const SUGGESTION_THRESHOLD = 0.5;

const NEGATION = /[未不没非无]/;
/**
 * English ones, as values arrive normalised (spaces gone): Not Resolved, not closed, unclosed,
 * non-closed. Never `no` before a letter: `normal` is no negation. A value it takes for one (notes,
 * under review) only goes without a guess.
 */
const ENGLISH_NEGATION = /^(?:not|non|un)[a-z]|^no$/;
const negates = (text: string) => NEGATION.test(text) || ENGLISH_NEGATION.test(text);
const CJK = /[\u3400-\u9fff]/;

function bigrams(text: string): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < text.length; i += 1) pairs.add(text.slice(i, i + 2));
  return pairs;
}

/** 2·|A∩B| / (|A|+|B|) over character pairs; 0 when either has none. */
export function bigramSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const pair of x) if (y.has(pair)) shared += 1;
  return (2 * shared) / (x.size + y.size);
}

/**
 * How well `label` names `value` (both normalised), 0–1. A label inside the value counts by how
 * much of the value it covers, above 0.5 (unless `labelInside` is false); Chinese labels from two
 * characters (物流), Latin ones from four letters (`web` is inside too many words).
 */
export function labelScore(value: string, label: string, labelInside = true): number {
  if (value === '' || label === '' || negates(value) !== negates(label)) return 0;
  const long = (text: string) => text.length >= (CJK.test(text) ? 2 : 4);
  let contained = 0;
  if (labelInside && long(label) && value.includes(label)) contained = 0.5 + (0.5 * label.length) / value.length;
  else if (long(value) && label.includes(value)) contained = 0.5 + (0.5 * value.length) / label.length;
  return Math.max(contained, bigramSimilarity(value, label));
}

/** Prepared targets of one field: labels normalised once, for many values. */
export interface SuggestionIndex {
  targets: readonly { value: string; labels: readonly string[] }[];
  /** Whether a label inside a value counts (`labelScore`): not for demands. */
  labelInside: boolean;
}

export function suggestionIndex(targets: readonly SuggestionTarget[], { labelInside = true }: { labelInside?: boolean } = {}): SuggestionIndex {
  return {
    labelInside,
    targets: targets.map(({ value, labels }) => ({
      value,
      labels: [...new Set([value, ...labels].map((l) => normaliseHeader(l)).filter((l) => l !== ''))],
    })),
  };
}

/** The desk value `raw` most likely means, or null when none is likely enough or two are equally so. */
export function suggestValue(index: SuggestionIndex, raw: string): string | null {
  const value = normaliseHeader(raw);
  if (value === '') return null;
  let best: string | null = null;
  let bestScore = 0;
  let tied = false;
  for (const target of index.targets) {
    let score = 0;
    for (const label of target.labels) score = Math.max(score, labelScore(value, label, index.labelInside));
    if (score > bestScore) {
      best = target.value;
      bestScore = score;
      tied = false;
    } else if (score === bestScore && score > 0 && target.value !== best) tied = true;
  }
  return bestScore > SUGGESTION_THRESHOLD && !tied ? best : null;
}
