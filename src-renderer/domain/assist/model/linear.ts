/**
 * The discriminative layer: multinomial logistic regression over the hashed
 * binary features (each example scaled to unit length), fitted by a few
 * epochs of plain SGD with a linearly decaying step. Hyper-parameters were
 * chosen on validation slices carved from the training part of the review
 * corpora (see test/eval): 3 epochs at step 1 reach within 0.1 point of 5
 * epochs; weight averaging, L2 with more epochs, NB-scaled features
 * (NBSVM) and ensembles of several shuffles did no better.
 */
import { featureIds } from './features';
import type { LinearLayer, TextModel } from './types';
import { rng } from '../../common/random';

const STEP = 1;
/** The bias moves slower than the weights: it sees every example. */
const BIAS_STEP = 0.1;
const MIN_EPOCHS = 3;
const MAX_EPOCHS = 30;
/** Small desks get more epochs so the layer sees at least this many updates. */
const MIN_UPDATES = 3000;
/** Gradients this small change nothing visible; skipping them saves most of the late-epoch writes. */
const NEGLIGIBLE = 1e-3;
/** Fixed, so the same examples always give the same layer. */
const SHUFFLE_SEED = 0x5eed;
/**
 * Validated: 32,768 rows score as well as all 262,144 on both corpora and fit
 * ~2× faster (the weights of 10 labels take 1.3 MB instead of 10 MB).
 */
const MAX_ROWS = 1 << 15;

/** Each example is scaled to unit length, so long texts do not swamp short ones. */
export function featureScale(ids: Uint32Array): number {
  return 1 / Math.sqrt(Math.max(1, ids.length));
}

interface Pool {
  ids: Uint32Array;
  /** Example e's features are ids[start[e]] … ids[start[e + 1] - 1]. */
  start: Uint32Array;
  label: Uint16Array;
  /** 1/sqrt(all features of the text), rows or not: the same scale `linearScores` applies. */
  scale: Float32Array;
  /** Example indices, repeated as often as the text was learned. */
  order: Uint32Array;
}

/**
 * Extracts every kept text's features once into one flat array (the
 * per-epoch passes reuse it), yielding after every `work` texts. Works on a
 * snapshot of the kept texts, so learning between steps is safe.
 */
function* poolExamples<L extends string>(model: TextModel<L>, rows: Int32Array, position: Int32Array, work: number): Generator<void, Pool> {
  const entries = model.corpus.map((corpus) => [...corpus]);
  const distinct = entries.reduce((n, list) => n + list.length, 0);
  const examples = entries.reduce((n, list) => list.reduce((m, [, times]) => m + times, n), 0);
  const start = new Uint32Array(distinct + 1);
  const label = new Uint16Array(distinct);
  const scale = new Float32Array(distinct);
  const order = new Uint32Array(examples);
  let ids = new Uint32Array(1 << 16);
  let used = 0;
  let e = 0;
  let o = 0;
  for (const [l, list] of entries.entries()) {
    for (const [text, times] of list) {
      const all = featureIds(text, model.bits);
      const features = compactRows(all, rows);
      scale[e] = featureScale(all);
      if (used + features.length > ids.length) {
        const grown = new Uint32Array(Math.max(ids.length * 2, used + features.length));
        grown.set(ids.subarray(0, used));
        ids = grown;
      }
      ids.set(features, used);
      used += features.length;
      label[e] = position[l]!;
      for (let t = 0; t < times; t++) order[o++] = e;
      start[++e] = used;
      if (e % work === 0) yield;
    }
  }
  return { ids: ids.subarray(0, used), start, label, scale, order };
}

/** Feature ids → the layer's rows, dropping features it has no row for. */
function compactRows(ids: Uint32Array, rows: Int32Array): Uint32Array {
  let kept = 0;
  const out = new Uint32Array(ids.length);
  for (let k = 0; k < ids.length; k++) {
    const row = rows[ids[k]!]!;
    if (row >= 0) out[kept++] = row;
  }
  return out.subarray(0, kept);
}

/**
 * Rows for the most widespread features, at most MAX_ROWS of them: the
 * weights then stay in cache while fitting, which is most of its speed. Rarer
 * features are left to naive Bayes.
 */
function featureRows<L extends string>(model: TextModel<L>): { rows: Int32Array; count: number } {
  const df = model.df;
  // The document frequency of the MAX_ROWS-th most widespread feature: all
  // above it are kept, and as many of those at it as still fit (by id).
  const widespread = df.filter((n) => n > 0).sort().reverse();
  const threshold = widespread.length > MAX_ROWS ? widespread[MAX_ROWS - 1]! : 1;
  let atThreshold = MAX_ROWS - widespread.filter((n) => n > threshold).length;
  const rows = new Int32Array(df.length).fill(-1);
  let count = 0;
  for (let id = 0; id < df.length; id++) {
    const n = df[id]!;
    if (n > threshold || (n === threshold && atThreshold-- > 0)) rows[id] = count++;
  }
  return { rows, count };
}

/** The layer being fitted and its scratch buffers. */
interface Fit {
  labels: number;
  weights: Float32Array;
  bias: Float64Array;
  scores: Float64Array;
  steps: Float64Array;
  moving: Int32Array;
}

function shuffle(order: Uint32Array, next: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const swap = order[i]!;
    order[i] = order[j]!;
    order[j] = swap;
  }
}

/** One SGD step of the softmax cross-entropy on example e. */
function sgdStep(fit: Fit, pool: Pool, e: number, step: number): void {
  const { labels, weights, bias, scores, steps, moving } = fit;
  const from = pool.start[e]!;
  const to = pool.start[e + 1]!;
  const scale = pool.scale[e]!;
  scores.fill(0);
  for (let k = from; k < to; k++) {
    const offset = pool.ids[k]! * labels;
    for (let l = 0; l < labels; l++) scores[l]! += weights[offset + l]!;
  }
  let max = -Infinity;
  for (let l = 0; l < labels; l++) {
    scores[l] = scores[l]! * scale + bias[l]!;
    if (scores[l]! > max) max = scores[l]!;
  }
  let sum = 0;
  for (let l = 0; l < labels; l++) sum += scores[l] = Math.exp(scores[l]! - max);
  const y = pool.label[e]!;
  // Only labels with a visible gradient are written: once the layer fits,
  // that is one or two of them, and the writes dominate the cost.
  let count = 0;
  for (let l = 0; l < labels; l++) {
    const gradient = scores[l]! / sum - (l === y ? 1 : 0);
    bias[l]! -= step * BIAS_STEP * gradient;
    if (Math.abs(gradient) < NEGLIGIBLE) continue;
    moving[count] = l;
    steps[count++] = step * gradient * scale;
  }
  for (let k = from; k < to; k++) {
    const offset = pool.ids[k]! * labels;
    for (let m = 0; m < count; m++) weights[offset + moving[m]!]! -= steps[m]!;
  }
}

/**
 * Fits the layer on the model's kept texts (see `refit` for measured cost):
 * one feature extraction per distinct text, then epochs × (Σ features) ×
 * labels multiply-adds, with at most two labels written per example once the
 * layer fits. Yields after every `work` texts extracted or SGD steps taken,
 * so a host can serve requests in between; returns the layer.
 */
export function* fitLinearSteps<L extends string>(model: TextModel<L>, work: number): Generator<void, LinearLayer<L> | null> {
  // Labels left without examples by `forget` get no place in the layer.
  const active = model.labels.flatMap((label, l) => (model.docs[l]! > 0 ? [label] : []));
  const position = Int32Array.from(model.labels, (label) => active.indexOf(label));
  const labels = active.length;
  if (labels < 2) return null;
  const examples = model.examples;
  const { rows, count } = featureRows(model);
  const pool = yield* poolExamples(model, rows, position, Math.max(1, work));
  const fit: Fit = {
    labels,
    weights: new Float32Array(count * labels),
    bias: new Float64Array(labels),
    scores: new Float64Array(labels),
    steps: new Float64Array(labels),
    moving: new Int32Array(labels),
  };
  const n = pool.order.length;
  const epochs = Math.min(MAX_EPOCHS, Math.max(MIN_EPOCHS, Math.ceil(MIN_UPDATES / n)));
  const next = rng(SHUFFLE_SEED);
  const total = epochs * n;
  let t = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(pool.order, next);
    for (const e of pool.order) {
      sgdStep(fit, pool, e, STEP * Math.max(0.05, 1 - t++ / total));
      if (t % work === 0) yield;
    }
  }
  const { weights, bias } = fit;
  return { labels: active, rows, weights, bias, examples };
}

/** `fitLinearSteps` run to the end in one go. */
export function fitLinear<L extends string>(model: TextModel<L>): LinearLayer<L> | null {
  const steps = fitLinearSteps(model, Number.MAX_SAFE_INTEGER);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The layer's scores (logits) for its own labels. */
export function linearScores<L extends string>(layer: LinearLayer<L>, ids: Uint32Array): Float64Array {
  const labels = layer.labels.length;
  const scores = new Float64Array(labels);
  for (let k = 0; k < ids.length; k++) {
    const row = layer.rows[ids[k]!]!;
    if (row < 0) continue;
    const offset = row * labels;
    for (let l = 0; l < labels; l++) scores[l]! += layer.weights[offset + l]!;
  }
  const scale = featureScale(ids);
  for (let l = 0; l < labels; l++) scores[l] = scores[l]! * scale + layer.bias[l]!;
  return scores;
}
