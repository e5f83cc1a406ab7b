import { z } from 'zod';
import { onOneLine, withoutControls, withoutInvisible } from './invisible';

/** Field builders shared by the command schemas; every message is an i18n key. */

/**
 * A string as typed, kept without the invisible characters pasting brings along (zero-width spaces,
 * direction marks: `withoutInvisible`), with its line breaks as \n and without control characters
 * (`withoutControls`), and trimmed: what every text field of the desk is built on, so a value of
 * invisible characters alone is empty, and one with them inside is stored as it reads.
 */
export const typedString = (error = 'validation.invalid') => z.string({ error }).overwrite((text) => withoutControls(withoutInvisible(text))).trim();

export const requiredText = (max: number) =>
  typedString('validation.required').min(1, { error: 'validation.required' }).max(max, { error: 'validation.tooLong' });

export const optionalText = (max: number) => typedString().max(max, { error: 'validation.tooLong' }).default('');

/** A one-line field (a name, an address, an order number): a line break or tab pasted in reads as a space. */
const lineString = (error = 'validation.invalid') => typedString(error).overwrite(onOneLine);

export const requiredLine = (max: number) =>
  lineString('validation.required').min(1, { error: 'validation.required' }).max(max, { error: 'validation.tooLong' });

/** A one-line field that may be empty, without a default (a correction sends only what it changes). */
export const oneLine = (max: number) => lineString().max(max, { error: 'validation.tooLong' });

export const optionalLine = (max: number) => oneLine(max).default('');

export const id = () => z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }).max(100);

/** Clock skew tolerated between a screen and the store host. */
export const FUTURE_TOLERANCE_MS = 60_000;

/**
 * The earliest instant a complaint can have happened: 2000-01-01 00:00 on the desk's own clock,
 * as users type it. A UTC bound would refuse that midnight east of UTC (where it is still 1999 in
 * UTC) and accept the evening of 1999-12-31 west of it. Read per call, in the current time zone.
 */
export const earliestInstant = (): number => new Date(2000, 0, 1).getTime();

export const pastInstant = (now: number) =>
  z
    .number({ error: 'validation.required' })
    .int({ error: 'validation.invalid' })
    .min(earliestInstant(), { error: 'validation.beforeEarliest' })
    .max(now + FUTURE_TOLERANCE_MS, { error: 'validation.notInFuture' });

/** The latest date the desk takes: beyond any complaint's deadline, still a date every picker and printout shows. */
export const LATEST_INSTANT = Date.UTC(2100, 0, 1);

export const futureInstant = (now: number) =>
  z
    .number({ error: 'validation.required' })
    .int({ error: 'validation.invalid' })
    .min(now, { error: 'validation.mustBeFuture' })
    .max(LATEST_INSTANT, { error: 'validation.invalid' });

/**
 * An amount in yuan from 0 to `max`, in whole fen (分): a promise of ¥12.345 could never be
 * confirmed as paid, since a payment is in whole fen. `range` is the message for out of range.
 */
export const yuan = (max: number, range: string) =>
  z.number({ error: 'validation.invalid' }).min(0, { error: range }).max(max, { error: range }).refine(isWholeFen, { error: 'validation.wholeFen' });

/**
 * Whether an amount in yuan is a whole number of fen (12.34, not 12.345). Compared as the decimal
 * it is written as: 318783749.85 × 100 is not a whole number in binary floating point.
 */
export function isWholeFen(value: number): boolean {
  return Number.isFinite(value) && roundToFen(value) === value;
}

/** An amount in yuan to the nearest fen, halves up as written (1.005 → 1.01), never −0. */
export function roundToFen(value: number): number {
  // Shifted by the decimal exponent, so 1.005 is 100.5 fen, not 100.49999…; 1e-7 keeps its own exponent.
  const [digits, exponent = '0'] = String(value).split('e');
  return Math.round(Number(`${digits}e${Number(exponent) + 2}`)) / 100 + 0;
}
