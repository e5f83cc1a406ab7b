/**
 * 批量投诉苗头 of a month: the dashboard's detector (assist/hotspots-find.ts) run as of the end of
 * each day of the month — what the dashboard would have shown that evening — and a hot-spot found
 * on consecutive days told once, with its first and last day and every case it counted.
 *
 * As of a past day means the cases received up to then, with the settings and the categories they
 * have now: a case graded after that day counts in its category (as the dashboard counts it today).
 */
import { hotspotWindow, type HotspotKind, type HotspotSettings } from '../assist/hotspots';
import { findHotspotsIn, type DigestedCase } from '../assist/hotspots-find';
import { normaliseText } from '../assist/text';
import { daysWithRises } from './hotspots-scan';
import { monthPeriod, type Month } from './monthly';

/** At most this many case numbers are kept with a line (the count says how many there were). */
export const MONTH_HOTSPOT_CASES = 100;

/** A case as the month's detection reads it: digested for the detector, with its number. */
export type NumberedCase = DigestedCase & { no: string };

export interface MonthHotspot {
  kind: HotspotKind;
  /** A category, a product (normalised) or a keyword. */
  key: string;
  /** A product's name as typed; absent where the key is shown as it is. */
  label?: string;
  /** Local midnight of the first and of the last day it was found on. */
  firstDay: number;
  lastDay: number;
  /** Days it was found on, one after another. */
  days: number;
  /** Cases with the key received in the recent windows of those days. */
  caseCount: number;
  /** The first `MONTH_HOTSPOT_CASES` of them, oldest first. */
  cases: { id: string; no: string }[];
  /** Its highest ratio (recent cases ÷ those expected) on one of those days. */
  peakRatio: number;
}

/** The local midnights of the month's days up to `now`, each with the instant it is judged at: its last millisecond, or `now`. */
export function detectionDays(month: Month, now: number): { day: number; asOf: number }[] {
  const { from, to } = monthPeriod(month);
  const out: { day: number; asOf: number }[] = [];
  for (let d = 1; ; d += 1) {
    const day = new Date(month.year, month.month - 1, d).getTime();
    if (day >= to || day > now) return out;
    const next = new Date(month.year, month.month - 1, d + 1).getTime();
    if (day >= from) out.push({ day, asOf: Math.min(next - 1, now) });
  }
}

/** The window of cases the month's detection reads: from the first day's baseline to the last day's end. */
export function detectionWindow(month: Month, settings: HotspotSettings, now: number): { from: number; to: number } | null {
  const days = detectionDays(month, now);
  if (days.length === 0) return null;
  return { from: hotspotWindow(days[0]!.asOf, settings).baselineFrom, to: days.at(-1)!.asOf };
}

interface Run {
  kind: HotspotKind;
  key: string;
  label?: string;
  firstDay: number;
  lastDay: number;
  lastIndex: number;
  days: number;
  /** Start of the first day's recent window, end of the last day's. */
  from: number;
  to: number;
  peakRatio: number;
}

function matcher(kind: HotspotKind, key: string): (item: NumberedCase) => boolean {
  if (kind === 'category') return (item) => item.category === key;
  if (kind === 'product') return (item) => item.product !== '' && normaliseText(item.product) === key;
  return (item) => item.text.includes(key);
}

/** The hot-spots found on the days of `month` up to `now` among `cases` (those of `detectionWindow`), oldest first. */
export function monthHotspots(cases: readonly NumberedCase[], settings: HotspotSettings, month: Month, now: number): MonthHotspot[] {
  const open = new Map<string, Run>();
  const done: Run[] = [];
  const days = detectionDays(month, now);
  // The detector runs only on the days where something can rise (hotspots-scan.ts).
  const rising = daysWithRises(cases, settings, days.map(({ asOf }) => asOf));
  days.forEach(({ day, asOf }, index) => {
    if (!rising[index]) return;
    const answer = findHotspotsIn(cases, settings, asOf);
    for (const hotspot of answer.hotspots) {
      const id = `${hotspot.kind}\u0000${hotspot.key}`;
      const run = open.get(id);
      if (run && run.lastIndex === index - 1) {
        Object.assign(run, { lastDay: day, lastIndex: index, days: run.days + 1, to: asOf, peakRatio: Math.max(run.peakRatio, hotspot.ratio) });
        if (hotspot.label) run.label = hotspot.label;
        continue;
      }
      if (run) done.push(run);
      open.set(id, {
        kind: hotspot.kind,
        key: hotspot.key,
        ...(hotspot.label ? { label: hotspot.label } : {}),
        firstDay: day,
        lastDay: day,
        lastIndex: index,
        days: 1,
        from: answer.window.recentFrom,
        to: asOf,
        peakRatio: hotspot.ratio,
      });
    }
  });
  done.push(...open.values());
  const byTime = [...cases].sort((a, b) => a.receivedAt - b.receivedAt || (a.no < b.no ? -1 : 1));
  return done
    .map((run): MonthHotspot => {
      const matches = matcher(run.kind, run.key);
      const found = byTime.filter((item) => item.receivedAt >= run.from && item.receivedAt <= run.to && matches(item));
      return {
        kind: run.kind,
        key: run.key,
        ...(run.label ? { label: run.label } : {}),
        firstDay: run.firstDay,
        lastDay: run.lastDay,
        days: run.days,
        caseCount: found.length,
        cases: found.slice(0, MONTH_HOTSPOT_CASES).map((item) => ({ id: item.id, no: item.no })),
        peakRatio: run.peakRatio,
      };
    })
    .sort((a, b) => a.firstDay - b.firstDay || b.caseCount - a.caseCount || (a.key < b.key ? -1 : 1));
}
