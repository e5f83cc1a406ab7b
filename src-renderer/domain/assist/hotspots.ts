/**
 * 批量投诉苗头: a category, product or keyword that suddenly turns up more
 * often in the last few days than its daily rate over the weeks before. Pure:
 * daily counts in, rises out; the store host counts the days (see
 * hotspots-find.ts for how the counts are made from cases).
 *
 * The test for one series: with λ = the baseline's daily rate × the recent
 * window's length, the recent count must be at least `minCount`, at least
 * `minRatio` × λ, and improbable under Poisson(λ) after a Bonferroni
 * correction for every key of its kind that occurs in the recent window (any
 * of them could have risen) — there are thousands of keywords, and one of
 * them rising by chance must not raise an alarm. A key never seen in the
 * baseline gets half a case over it as its rate, so it needs `minCount` cases
 * (and some surprise) to count as a rise.
 */
import { CATEGORIES, type Category } from '../cases/vocabulary';
import type { AssistSettings } from '../settings/settings';
import { MAX_SEARCH_LENGTH, type TrackingFilterInput } from '../tracking/query';
import { surprise } from './hotspots-stats';

export const HOTSPOT_KINDS = ['category', 'keyword', 'product'] as const;
export type HotspotKind = (typeof HOTSPOT_KINDS)[number];
export type HotspotSettings = AssistSettings['hotspots'];

/** A key absent from the baseline is taken to have occurred this many times in it. */
export const BASELINE_FLOOR = 0.5;
/** Family-wise error rate of one kind: the chance that any of its keys is flagged on noise alone. */
export const FAMILY_ALPHA = 0.05;

export interface HotspotWindow {
  /** Start of the first recent day (local midnight). */
  recentFrom: number;
  /** The instant the counts were taken (the recent window's last day is counted up to here). */
  recentTo: number;
  /** Start of the baseline: `baselineDays` calendar days before `recentFrom`. */
  baselineFrom: number;
}

/** The local start of each day of the baseline and then of the recent window, oldest first (the last is today). */
export function hotspotDays(now: number, settings: HotspotSettings): number[] {
  const today = new Date(now);
  const total = settings.baselineDays + settings.recentDays;
  return Array.from({ length: total }, (_, n) => new Date(today.getFullYear(), today.getMonth(), today.getDate() - (total - 1 - n)).getTime());
}

export function hotspotWindow(now: number, settings: HotspotSettings): HotspotWindow {
  const days = hotspotDays(now, settings);
  return { recentFrom: days[settings.baselineDays]!, recentTo: now, baselineFrom: days[0]! };
}

/**
 * How many days the recent window has lasted at `now`: the full days before
 * today and the part of today gone by (days by the local calendar, so a day
 * may have 23 or 25 hours where clocks change).
 */
export function recentExposure(now: number, settings: HotspotSettings): number {
  const date = new Date(now);
  const start = new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
  const end = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
  return settings.recentDays - 1 + (now - start) / (end - start);
}

/** One key's cases per day, aligned with `hotspotDays` (baseline days, then recent days). */
export interface DailySeries {
  kind: HotspotKind;
  key: string;
  daily: ArrayLike<number>;
  /**
   * Multiplies the expectation (1 when absent). For categories: the graded
   * share of recent cases relative to the baseline's, since a category is
   * given at grading and recent cases are partly ungraded yet. For keywords:
   * how much the whole volume rose, when it rose, so a busy week does not
   * make every common word a hot-spot.
   */
  expectedScale?: number;
}

/** A series that rose: what the dashboard shows of it. */
export interface Rise {
  kind: HotspotKind;
  key: string;
  /** Cases in the recent window. */
  recent: number;
  /** Cases per day in the baseline (0 for a key new in the recent window). */
  baselineDaily: number;
  /**
   * The cases the baseline rate leads one to expect in the recent window: fewer than the daily rate
   * times the days, since today is not over (and, for a category, part of the recent cases is not
   * graded yet); for a keyword, more when all complaints rose (`expectedScale`).
   */
  expected: number;
  /**
   * The `DailySeries.expectedScale` `expected` was multiplied by (absent: 1): under 1 for a category
   * while recent cases are less graded, over 1 for a keyword when all complaints rose. The dashboard says so.
   */
  expectedScale?: number;
  /** Recent cases ÷ `expected`. */
  ratio: number;
  /** −log10 of the Poisson tail probability of the recent count: the higher, the less likely by chance. */
  score: number;
}

function sums(daily: ArrayLike<number>, baselineDays: number): { baseline: number; recent: number } {
  let baseline = 0;
  let recent = 0;
  for (let n = 0; n < daily.length; n += 1) {
    if (n < baselineDays) baseline += daily[n]!;
    else recent += daily[n]!;
  }
  return { baseline, recent };
}

/**
 * One series against the thresholds, tested as one of `family` keys of its
 * kind; null when it did not rise.
 */
export function assessSeries(series: DailySeries, settings: HotspotSettings, now: number, family = 1): Rise | null {
  const { baseline, recent } = sums(series.daily, settings.baselineDays);
  if (recent < settings.minCount) return null;
  const baselineDaily = baseline / settings.baselineDays;
  const expected = (Math.max(baseline, BASELINE_FLOOR) / settings.baselineDays) * recentExposure(now, settings) * (series.expectedScale ?? 1);
  if (!(expected > 0)) return null;
  const ratio = recent / expected;
  if (ratio < settings.minRatio) return null;
  const score = surprise(recent, expected);
  if (score < -Math.log10(FAMILY_ALPHA / Math.max(1, family))) return null;
  const rise: Rise = { kind: series.kind, key: series.key, recent, baselineDaily, expected, ratio, score };
  if (series.expectedScale !== undefined && series.expectedScale !== 1) rise.expectedScale = series.expectedScale;
  return rise;
}

/** How many series of each kind occur in the recent window: each could have risen, so each is a test (for the correction). */
export function familySizes(series: readonly DailySeries[], settings: HotspotSettings): Record<HotspotKind, number> {
  const sizes: Record<HotspotKind, number> = { category: 0, keyword: 0, product: 0 };
  for (const one of series) if (sums(one.daily, settings.baselineDays).recent > 0) sizes[one.kind] += 1;
  return sizes;
}

/** Every series that rose, most significant first (ties: the larger ratio, then the key). */
export function detectHotspots(
  series: readonly DailySeries[],
  settings: HotspotSettings,
  now: number,
  family: Record<HotspotKind, number> = familySizes(series, settings),
): Rise[] {
  const rises: Rise[] = [];
  for (const one of series) {
    const rise = assessSeries(one, settings, now, family[one.kind]);
    if (rise) rises.push(rise);
  }
  return rises.sort(byRank);
}

export function byRank(a: Rise, b: Rise): number {
  return b.score - a.score || b.ratio - a.ratio || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** A rise as the store answers it: with example cases and when it first showed. */
export interface Hotspot extends Rise {
  /** What to show for the key: a product's name as typed (keys are normalised); absent where the key is shown as it is. */
  label?: string;
  /** Up to 20 recent cases with the key, newest first. */
  caseIds: string[];
  /** The earliest receipt of a recent case with the key. */
  firstSeenAt: number;
  /** How many customers the recent cases came from (a case without contact details counts as one). */
  customers: number;
}

export const HOTSPOT_EXAMPLES = 20;

/** What `assist.hotspots` answers. */
export interface HotspotsAnswer {
  generatedAt: number;
  window: HotspotWindow;
  /** The settings the hot-spots were found with (the card says "the last N days"). */
  settings: HotspotSettings;
  /** Cases received in the recent window and in the baseline. */
  cases: { recent: number; baseline: number };
  hotspots: Hotspot[];
}

/**
 * The tracking table on a hot-spot's cases since the recent window began: a
 * category by its filter, a keyword or product by the search text (which
 * also finds it in other fields, so the table may list a few more).
 */
export function hotspotFilter(hotspot: Pick<Hotspot, 'kind' | 'key' | 'label'>, window: Pick<HotspotWindow, 'recentFrom'>): TrackingFilterInput {
  const base: TrackingFilterInput = { archived: 'all', receivedFrom: window.recentFrom };
  if (hotspot.kind === 'category') {
    if (!isCategory(hotspot.key)) throw new RangeError(`not a category: ${hotspot.key}`);
    return { ...base, categories: [hotspot.key] };
  }
  return { ...base, text: (hotspot.label ?? hotspot.key).slice(0, MAX_SEARCH_LENGTH) };
}

/** Whether a category hot-spot's key names a category of the vocabulary (keys come from stored cases). */
export function isCategory(key: string): key is Category {
  return (CATEGORIES as readonly string[]).includes(key);
}
