/**
 * The two models of one desk (category and severity) and, per case, what they
 * learned from it, so that a re-graded case is forgotten under its old label
 * and learned under its new one.
 */
import { createModel, forget, learn, modelStats, predict, type TextModel } from '../../domain/assist/classifier';
import { rulePhrasesIn } from '../../domain/assist/category-rules';
import type { ModelView } from '../../domain/assist/suggestions';
import type { CaseRecord } from '../../domain/cases/case';
import { CATEGORIES, SEVERITIES, type Category, type Severity } from '../../domain/cases/vocabulary';
import { entryOf, lessonOf, packEntry, textHash, unpackEntry, type Entry } from './model-lessons';

export interface ModelPair {
  category: TextModel<Category>;
  severity: TextModel<Severity>;
  /** Case id → packed Entry, for cases that taught something. */
  entries: Map<string, number>;
  /**
   * Built-in phrase → how many cases the category model learned contain it, counted exactly
   * (the model's hashed n-gram counts cannot say: on a large desk nearly every slot is shared
   * with other words, and a phrase no case contains reads as well known).
   */
  phrases: Map<string, number>;
}

export function createPair(): ModelPair {
  return { category: createModel<Category>(), severity: createModel<Severity>(), entries: new Map(), phrases: new Map() };
}

/** Counts (+1) or uncounts (−1) the built-in phrases of a text the category model learned or forgot. */
function countPhrases(pair: ModelPair, text: string, change: 1 | -1): void {
  for (const phrase of rulePhrasesIn(text)) {
    const count = (pair.phrases.get(phrase) ?? 0) + change;
    if (count > 0) pair.phrases.set(phrase, count);
    else pair.phrases.delete(phrase);
  }
}

/**
 * Brings the pair up to date with one case's current record (undefined: the
 * case is gone). `changed` when the models moved; `rebuild` when the case's
 * text is no longer the one learned, which only a fresh read can forget.
 */
export function applyCase(pair: ModelPair, id: string, record: CaseRecord | undefined): 'same' | 'changed' | 'rebuild' {
  const packed = pair.entries.get(id);
  const before = packed === undefined ? null : unpackEntry(packed);
  const lesson = record ? lessonOf(record) : null;
  const after = lesson ? entryOf(lesson) : null;
  if ((after === null ? undefined : packEntry(after)) === packed) return 'same';
  if (before && (!lesson || textHash(lesson.text) !== before.hash)) return 'rebuild';
  const text = lesson!.text;
  if (before?.category && before.category !== after?.category) forget(pair.category, text, before.category);
  if (before?.severity && before.severity !== after?.severity) forget(pair.severity, text, before.severity);
  if (after?.category && after.category !== before?.category) learn(pair.category, text, after.category);
  if (Boolean(before?.category) !== Boolean(after?.category)) countPhrases(pair, text, after?.category ? 1 : -1);
  if (after?.severity && after.severity !== before?.severity) learn(pair.severity, text, after.severity);
  if (after) pair.entries.set(id, packEntry(after));
  else pair.entries.delete(id);
  return 'changed';
}

/** Learned examples per label. */
export function perLabel<L extends string>(model: TextModel<L>): Partial<Record<L, number>> {
  const counts: Partial<Record<L, number>> = {};
  model.labels.forEach((label, i) => {
    if ((model.docs[i] ?? 0) > 0) counts[label] = model.docs[i]!;
  });
  return counts;
}

function view<L extends string>(model: TextModel<L>, text: string, labels: number): ModelView<L> {
  return { examples: model.examples, perLabel: perLabel(model), predictions: model.examples > 0 ? predict(model, text, labels) : [] };
}

/**
 * Both models' view of `text`; the category model's also says how many of its
 * cases contain each of `phrases` (the built-in phrases found in the text). A case asking about itself (grading) is left
 * out while its own labels are learned, so the suggestion does not merely
 * echo what was chosen at intake: forget and learn are exact inverses and
 * nothing else runs in between.
 */
export function viewsOf(
  pair: ModelPair,
  text: string,
  exclude?: CaseRecord,
  phrases: readonly string[] = [],
): { category: ModelView<Category>; severity: ModelView<Severity> } {
  const packed = exclude ? pair.entries.get(exclude.id) : undefined;
  const own: Entry | null = packed === undefined ? null : unpackEntry(packed);
  const ownText = exclude?.description ?? '';
  const left = own !== null && textHash(ownText) === own.hash;
  const forgotCategory = left && own.category !== null && forget(pair.category, ownText, own.category);
  if (forgotCategory) countPhrases(pair, ownText, -1);
  const forgotSeverity = left && own.severity !== null && forget(pair.severity, ownText, own.severity);
  try {
    const phraseExamples = Object.fromEntries(phrases.map((phrase) => [phrase, pair.phrases.get(phrase) ?? 0]));
    return { category: { ...view(pair.category, text, CATEGORIES.length), phraseExamples }, severity: view(pair.severity, text, SEVERITIES.length) };
  } finally {
    if (forgotCategory) {
      learn(pair.category, ownText, own!.category!);
      countPhrases(pair, ownText, 1);
    }
    if (forgotSeverity) learn(pair.severity, ownText, own!.severity!);
  }
}

/** Approximate memory of each model, with its share of the per-case bookkeeping. */
export function pairBytes(pair: ModelPair): { category: number; severity: number } {
  // A Map entry with a 36-character id and a number: about 140 bytes; both models rely on it.
  const bookkeeping = (pair.entries.size * 140) / 2;
  return { category: modelStats(pair.category).bytes + bookkeeping, severity: modelStats(pair.severity).bytes + bookkeeping };
}
