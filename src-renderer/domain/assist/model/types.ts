/** The classifier's data: typed arrays, arrays and Maps only, so it is structured-cloneable and has no methods. */

export interface Prediction<L extends string> {
  label: L;
  /** Probabilities of all the model's labels sum to 1. */
  probability: number;
}

/**
 * The discriminative layer `refit` fits: a multinomial logistic regression
 * over the same hashed features, for the labels known at that time.
 */
export interface LinearLayer<L extends string> {
  labels: L[];
  /** Feature id → row of `weights`, or -1 for features the layer leaves to naive Bayes. */
  rows: Int32Array;
  /** Row-major, `weights[row * labels.length + l]`: one cache line per feature while training. */
  weights: Float32Array;
  bias: Float64Array;
  /** Examples it was fitted on. */
  examples: number;
}

export interface TextModel<L extends string> {
  readonly format: 1;
  /** Feature ids live in [0, 2^bits). */
  readonly bits: number;
  /**
   * Labels in first-learned order; every per-label array below is indexed
   * alike. The last one always has examples; one in the middle may have none
   * after `forget` (it is then ignored).
   */
  labels: L[];
  /** Examples learned per label. */
  docs: number[];
  /** Sum of the feature counts per label (the multinomial's denominator). */
  totals: number[];
  /** Per label: for each feature id, how many examples of that label contain it. */
  counts: Int32Array[];
  /** For each feature id, how many examples contain it (any label). */
  df: Int32Array;
  /** Feature ids with df > 0: the vocabulary size that smoothing spreads over. */
  vocabulary: number;
  /** Total examples learned. */
  examples: number;
  /**
   * Per label: compact text (normalised, chunks single-space
   * separated) → how many times it was learned. `refit` trains on these. At
   * two bytes a character they are far smaller than the ~2 feature ids
   * (4 bytes each) a character yields.
   */
  corpus: Map<string, number>[];
  /** Fitted by `refit`; null before the first refit. */
  linear: LinearLayer<L> | null;
}
