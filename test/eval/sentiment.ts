/**
 * The sentiment model's training setup, chosen on the training part alone:
 * 5-fold cross-validation over waimai's training rows compares waimai alone
 * with waimai plus the sentiment-labelled online_shopping corpus (waimai rows
 * counted w times), and picks the decision threshold on P(label "1") from the
 * same out-of-fold predictions. The test 20% is scored once, afterwards.
 */
import { createModel, learn, modelStats, predict, refit, type TextModel } from '../../src-renderer/domain/assist/classifier';
import { shuffled, type Example } from './data';

export interface SentimentSetup {
  /** Times each waimai training row is counted; 0 = no extra corpus (waimai rows once). */
  waimaiWeight: number;
  threshold: number;
}

export interface SentimentChoice extends SentimentSetup {
  /** Pooled out-of-fold accuracy of every setup tried (threshold 0.5 and its best threshold). */
  tried: { waimaiWeight: number; accuracy: number; bestThreshold: number; bestAccuracy: number }[];
  validationAccuracy: number;
}

const FOLDS = 5;
const FOLD_SEED = 7;
/** 0: waimai alone; otherwise waimai counted w times beside the extra corpus once. */
const WEIGHTS = [0, 2, 4];
const THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];
const POSITIVE = '1';

export function trainSentiment(train: readonly Example[], extra: readonly Example[], waimaiWeight: number): TextModel<string> {
  const model = createModel<string>();
  for (const { text, label } of train) learn(model, text, label, Math.max(1, waimaiWeight));
  if (waimaiWeight > 0) for (const { text, label } of extra) learn(model, text, label);
  refit(model);
  return model;
}

export function positiveProbability(model: TextModel<string>, text: string): number {
  return predict(model, text, 2).find((p) => p.label === POSITIVE)?.probability ?? 0;
}

const accuracyAt = (scored: readonly { p: number; label: string }[], threshold: number) =>
  scored.filter(({ p, label }) => (p >= threshold ? POSITIVE : '0') === label).length / scored.length;

export function chooseSentimentSetup(train: readonly Example[], extra: readonly Example[]): SentimentChoice {
  const rows = shuffled(train, FOLD_SEED);
  const tried = WEIGHTS.map((waimaiWeight) => {
    const scored: { p: number; label: string }[] = [];
    for (let k = 0; k < FOLDS; k++) {
      const model = trainSentiment(rows.filter((_, i) => i % FOLDS !== k), extra, waimaiWeight);
      for (const { text, label } of rows.filter((_, i) => i % FOLDS === k)) scored.push({ p: positiveProbability(model, text), label });
    }
    // Ties go to the threshold nearest 0.5 (the grid is visited from there outwards).
    const byDistance = [...THRESHOLDS].sort((a, b) => Math.abs(a - 0.5) - Math.abs(b - 0.5));
    const bestThreshold = byDistance.reduce((best, t) => (accuracyAt(scored, t) > accuracyAt(scored, best) ? t : best));
    return { waimaiWeight, accuracy: round(accuracyAt(scored, 0.5)), bestThreshold, bestAccuracy: round(accuracyAt(scored, bestThreshold)) };
  });
  // Ties go to the simpler setup (listed first: waimai alone).
  const best = tried.reduce((a, b) => (b.bestAccuracy > a.bestAccuracy ? b : a));
  return { waimaiWeight: best.waimaiWeight, threshold: best.bestThreshold, tried, validationAccuracy: best.bestAccuracy };
}

/** Trains the setup on all of `train` (plus the extra corpus if it uses one) and scores `test` once. */
export function runSentiment(train: readonly Example[], test: readonly Example[], extra: readonly Example[], setup: SentimentSetup): { accuracy: number; modelBytes: number } {
  const model = trainSentiment(train, extra, setup.waimaiWeight);
  const hits = test.filter(({ text, label }) => (positiveProbability(model, text) >= setup.threshold ? POSITIVE : '0') === label).length;
  return { accuracy: round(hits / test.length), modelBytes: modelStats(model).bytes };
}

function round(value: number): number {
  return Number(value.toFixed(4));
}
