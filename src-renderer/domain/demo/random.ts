/**
 * Deterministic randomness for demo data and benchmarks: the same seed gives
 * the same cases on every machine, so figures and screenshots are comparable.
 */

export { rng } from '../common/random';

/**
 * A seed for item `index` of a run seeded with `seed`. Each item draws from its
 * own stream, so item 5,000 is the same whether it is generated in one call or
 * in chunks of 2,000.
 */
export function itemSeed(seed: number, index: number): number {
  let h = Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index >>> 0, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

export interface Sampler {
  /** Uniform in [0, 1). */
  next(): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  between(min: number, max: number): number;
  pick<T>(items: ArrayLike<T>): T;
  /** Picks a key by weight (keys left out never come up). */
  weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K;
  /** Picks a position by weight. */
  weightedIndex(weights: readonly number[]): number;
  /** A standard normal deviate (Box–Muller). */
  normal(): number;
  /** A log-normal factor with the given median and spread (sigma of the log). */
  factor(median: number, sigma: number): number;
}

export function sampler(random: () => number): Sampler {
  const self: Sampler = {
    next: random,
    chance: (p) => random() < p,
    int: (min, max) => min + Math.floor(random() * (max - min + 1)),
    between: (min, max) => min + random() * (max - min),
    pick: <T>(items: ArrayLike<T>) => items[Math.floor(random() * items.length)] as T,
    weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K {
      const keys = Object.keys(weights) as K[];
      return keys[self.weightedIndex(keys.map((k) => weights[k] ?? 0))]!;
    },
    weightedIndex(weights) {
      let roll = random() * weights.reduce((sum, w) => sum + w, 0);
      for (let i = 0; i < weights.length; i += 1) {
        roll -= weights[i]!;
        if (roll < 0) return i;
      }
      return weights.length - 1;
    },
    normal: () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random()),
    factor: (median, sigma) => median * Math.exp(sigma * self.normal()),
  };
  return self;
}
