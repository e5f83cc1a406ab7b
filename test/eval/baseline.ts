/**
 * The baseline every figure sits beside: a plain multinomial naive Bayes on
 * the distinct character bigrams of a text (`bigramsOf`), add-one smoothing,
 * no hashing, no discriminative layer — the "≈ 0.87 / ≈ 0.88" of the issue.
 */
import { bigramsOf } from '../../src-renderer/domain/assist/text';
import type { Example } from './data';

export interface BaselineModel {
  labels: string[];
  docs: number[];
  totals: number[];
  counts: Map<string, number[]>;
}

export function trainBaseline(examples: readonly Example[]): BaselineModel {
  const labels = [...new Set(examples.map((e) => e.label))].sort();
  const model: BaselineModel = { labels, docs: labels.map(() => 0), totals: labels.map(() => 0), counts: new Map() };
  for (const { text, label } of examples) {
    const l = labels.indexOf(label);
    const bigrams = bigramsOf(text);
    model.docs[l]!++;
    model.totals[l]! += bigrams.length;
    for (const bigram of bigrams) {
      let row = model.counts.get(bigram);
      if (!row) model.counts.set(bigram, (row = labels.map(() => 0)));
      row[l]!++;
    }
  }
  return model;
}

/** Labels best first. */
export function predictBaseline(model: BaselineModel, text: string): string[] {
  const examples = model.docs.reduce((a, b) => a + b, 0);
  const vocabulary = model.counts.size;
  const rows = bigramsOf(text)
    .map((b) => model.counts.get(b))
    .filter((row) => row !== undefined);
  const scores = model.labels.map((_, l) => {
    let score = Math.log(model.docs[l]! / examples);
    const denominator = Math.log(model.totals[l]! + vocabulary);
    // Bigrams never seen in training carry no evidence for any label: skipped.
    for (const row of rows) score += Math.log(row[l]! + 1) - denominator;
    return score;
  });
  return model.labels.map((label, l) => ({ label, score: scores[l]! })).sort((a, b) => b.score - a.score).map((s) => s.label);
}
