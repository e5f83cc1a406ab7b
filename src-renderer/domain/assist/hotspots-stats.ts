/**
 * How surprising a count is: the upper tail of a Poisson distribution, in
 * logarithms so a count far beyond its expectation (a keyword never seen
 * before, suddenly in twenty cases) neither underflows to 0 nor ties with
 * every other such count.
 */

const SMALL_FACTORIALS = 256;
const logFactorials: number[] = [0];

/** ln(n!) — exact sums below 256, Stirling's series above (error < 1e-10 there). */
export function logFactorial(n: number): number {
  if (n < SMALL_FACTORIALS) {
    for (let k = logFactorials.length; k <= n; k += 1) logFactorials.push(logFactorials[k - 1]! + Math.log(k));
    return logFactorials[n]!;
  }
  return n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n) + 1 / (12 * n) - 1 / (360 * n ** 3);
}

/**
 * ln P(X ≥ k) for X ~ Poisson(λ). Only the tail above the mean is ever asked
 * for (a rise); at or below the mean the probability is at least about ½ and
 * is returned as ln 1 = 0 — "not surprising" — instead of summing a long body.
 */
export function logPoissonTail(k: number, lambda: number): number {
  if (k <= 0) return 0;
  if (lambda <= 0) return -Infinity;
  if (k <= lambda) return 0;
  const logFirst = -lambda + k * Math.log(lambda) - logFactorial(k);
  // Terms after the first shrink by λ/j < 1: sum them relative to the first until they no longer matter.
  let term = 1;
  let sum = 1;
  for (let j = k + 1; term > 1e-16 * sum; j += 1) {
    term *= lambda / j;
    sum += term;
  }
  return Math.min(0, logFirst + Math.log(sum));
}

/** −log10 of the tail probability: 2 is "1 in 100", 6 is "1 in a million". */
export function surprise(k: number, lambda: number): number {
  return -logPoissonTail(k, lambda) / Math.LN10;
}
