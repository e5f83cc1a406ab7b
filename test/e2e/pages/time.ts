/** Time as the app shows it. The browser context runs in this zone (see fixtures.ts). */
export const TIME_ZONE = 'Asia/Shanghai';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const parts = (instant: number) =>
  Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute', string>;

/** `2026-11-23 14:05`, the app's date-time format. */
export function shown(instant: number): string {
  const p = parts(instant);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** `20261123`, the day part of a case number. */
export function dayKey(instant: number): string {
  const p = parts(instant);
  return `${p.year}${p.month}${p.day}`;
}

/** The start of the current minute, so that every time the UI shows is exact. */
export function thisMinute(now = Date.now()): number {
  return Math.floor(now / MINUTE) * MINUTE;
}

/**
 * The case number the store host gives the n-th case of the day. The store
 * host runs in a Web Worker that page.clock does not reach, so the day is the
 * real one; `before`/`after` bracket the registration in case midnight passed.
 */
export function caseNumberPattern(sequence: number, before: number, after = Date.now()): RegExp {
  const seq = sequence.toString().padStart(4, '0');
  const days = [...new Set([dayKey(before), dayKey(after)])];
  return new RegExp(`^TS-(${days.join('|')})-${seq}$`);
}
