/**
 * The one rounding of the report's figures, on screen, on paper and in the workbook: half up (away
 * from zero), on the number as written in decimal, so 4.425 is 4.43 and 0.125 is 0.13 everywhere
 * (`toFixed` and `Math.round(n * 100) / 100` work on the binary value: 4.425 is 4.42499… there).
 */

/** `value` times 10^`places`, shifted in its decimal writing (0.04425 → 4.425, not 4.425000000000001). */
export function shiftDecimal(value: number, places: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

/** `value` rounded half up to `digits` decimals (negative numbers symmetrically: -4.425 is -4.43). */
export function roundHalfUp(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  const rounded = shiftDecimal(Math.round(shiftDecimal(Math.abs(value), digits)), -digits);
  return rounded === 0 ? 0 : Math.sign(value) * rounded;
}

/** `value` written with `digits` decimals, rounded half up: 4.425 → "4.43". */
export function fixedHalfUp(value: number, digits: number): string {
  return roundHalfUp(value, digits).toFixed(digits);
}

/** A fraction in per cent, rounded half up to `digits` decimals: 0.04425 → 4.4 (digits 1), 0.04425 → 4.43 (digits 2). */
export function percentHalfUp(fraction: number, digits: number): number {
  return roundHalfUp(shiftDecimal(fraction, 2), digits);
}
