/**
 * A quick scan of the days of a month for the ones the hot-spot detector could find anything on.
 * The detector (assist/hotspots-find.ts) reads a month of cases' texts for each day it is run for;
 * run for every day of a month at 100,000 cases that took seconds. Most days have nothing. The
 * scan counts every category, product and keyword bigram per day, slides the baseline and recent
 * windows along the month one day at a time, and tests those counts for each day exactly as the
 * detector tests them (`detectHotspots`, with the same windows, expectations and Bonferroni
 * families). Every hot-spot the detector reports rose first as such a series — a keyword phrase
 * grows from a rising bigram — and the detector only drops rises after that (repeat customers,
 * stop words, covered phrases): a day where no series rises has no hot-spot, and the detector is
 * run only on the others.
 */
import { detectHotspots, hotspotDays, hotspotWindow, recentExposure, type DailySeries, type HotspotSettings } from '../assist/hotspots';
import { isKeywordGram } from '../assist/hotspots-keywords';
import type { DigestedCase } from '../assist/hotspots-find';
import { normaliseText } from '../assist/text';
import { bucketOf } from '../dashboard/period';

/** Every local midnight from `from`'s day to `to`'s. */
function daysBetween(from: number, to: number): number[] {
  const start = new Date(from);
  const days: number[] = [];
  for (let n = 0; ; n += 1) {
    const day = new Date(start.getFullYear(), start.getMonth(), start.getDate() + n).getTime();
    if (day > to) return days;
    days.push(day);
  }
}

/** The cases of each day, each as the ids of its keyword bigrams; and per day, cases, graded cases, categories and products. */
interface DayCounts {
  days: number[];
  grams: string[];
  byDay: Int32Array[][];
  cases: Int32Array;
  graded: Int32Array;
  categories: Map<string, Int32Array>;
  products: Map<string, Int32Array>;
}

function countByDay(cases: readonly DigestedCase[], from: number, to: number): DayCounts {
  const days = daysBetween(from, to);
  const counts: DayCounts = {
    days,
    grams: [],
    byDay: days.map(() => []),
    cases: new Int32Array(days.length),
    graded: new Int32Array(days.length),
    categories: new Map(),
    products: new Map(),
  };
  const bump = (map: Map<string, Int32Array>, key: string, day: number) => {
    let daily = map.get(key);
    if (!daily) map.set(key, (daily = new Int32Array(days.length)));
    daily[day]! += 1;
  };
  // Digests share their bigram strings (interned): each is judged and numbered once.
  const ids = new Map<string, number>();
  const idOf = (gram: string): number => {
    let id = ids.get(gram);
    if (id === undefined) {
      id = isKeywordGram(gram) ? counts.grams.push(gram) - 1 : -1;
      ids.set(gram, id);
    }
    return id;
  };
  for (const item of cases) {
    if (item.receivedAt < from || item.receivedAt > to) continue;
    const day = bucketOf(days, item.receivedAt);
    counts.cases[day]! += 1;
    if (item.category !== null) {
      counts.graded[day]! += 1;
      bump(counts.categories, item.category, day);
    }
    if (item.product !== '') bump(counts.products, normaliseText(item.product), day);
    const grams: number[] = [];
    for (const gram of item.grams) {
      const id = idOf(gram);
      if (id >= 0) grams.push(id);
    }
    counts.byDay[day]!.push(Int32Array.from(grams));
  }
  return counts;
}

const sum = (daily: Int32Array, low: number, high: number) => {
  let total = 0;
  for (let n = low; n < high; n += 1) total += daily[n]!;
  return total;
};

/**
 * For each instant (ascending, the ends of consecutive days), whether the detector run then on
 * `cases` (all received by the last instant) could report any hot-spot: whether any series rises.
 */
export function daysWithRises(cases: readonly DigestedCase[], settings: HotspotSettings, instants: readonly number[]): boolean[] {
  if (instants.length === 0) return [];
  const { baselineDays, recentDays, minCount } = settings;
  const counts = countByDay(cases, hotspotWindow(instants[0]!, settings).baselineFrom, instants.at(-1)!);
  // Documents with each bigram in the baseline and the recent window as they slide; how many bigrams the recent window holds.
  const baselineDf = new Int32Array(counts.grams.length);
  const recentDf = new Int32Array(counts.grams.length);
  let recentGrams = 0;
  const add = (day: number, into: Int32Array, sign: 1 | -1) => {
    // A bigram the recent window gains (0 → 1) or loses (1 → 0) counts in the family tested.
    const edge = into === recentDf ? (sign === 1 ? 1 : 0) : -1;
    for (const grams of counts.byDay[day]!) {
      for (const id of grams) if ((into[id]! += sign) === edge) recentGrams += sign;
    }
  };
  let window = { lo: 0, mid: 0, hi: 0 };
  const slide = (next: typeof window) => {
    const member = (w: typeof window, day: number) => (day >= w.lo && day < w.mid ? baselineDf : day >= w.mid && day < w.hi ? recentDf : null);
    for (let day = Math.min(window.lo, next.lo); day < Math.max(window.hi, next.hi); day += 1) {
      const was = member(window, day);
      const now = member(next, day);
      if (was === now) continue;
      if (was) add(day, was, -1);
      if (now) add(day, now, 1);
    }
    window = next;
  };
  // Each series as two numbers, the baseline's cases on its first day and the recent window's on its first: all the test reads of it.
  const series = (kind: DailySeries['kind'], key: string, baseline: number, recent: number, expectedScale?: number): DailySeries => {
    const daily = new Int32Array(baselineDays + recentDays);
    daily[0] = baseline;
    daily[baselineDays] = recent;
    return { kind, key, daily, ...(expectedScale === undefined ? {} : { expectedScale }) };
  };

  return instants.map((now) => {
    const lo = bucketOf(counts.days, hotspotWindow(now, settings).baselineFrom);
    if (lo < 0 || counts.days[lo] !== hotspotDays(now, settings)[0]) throw new RangeError('the counts do not cover the window');
    const mid = lo + baselineDays;
    const hi = mid + recentDays;
    slide({ lo, mid, hi });
    const baselineCount = sum(counts.cases, lo, mid);
    const recentCount = sum(counts.cases, mid, hi);
    if (baselineCount < minCount) return false;

    const split = (daily: Int32Array) => [sum(daily, lo, mid), sum(daily, mid, hi)] as const;
    const baselineGraded = sum(counts.graded, lo, mid);
    const gradedShare = sum(counts.graded, mid, hi) / Math.max(1, recentCount) / Math.max(1e-9, baselineGraded / baselineCount);
    const labelled: DailySeries[] = [];
    if (baselineGraded >= minCount) {
      for (const [key, daily] of counts.categories) labelled.push(series('category', key, ...split(daily), Math.min(1, gradedShare)));
    }
    for (const [key, daily] of counts.products) labelled.push(series('product', key, ...split(daily)));
    if (detectHotspots(labelled, settings, now).length > 0) return true;

    const volume = Math.max(1, recentCount / recentExposure(now, settings) / (baselineCount / baselineDays));
    const keywords: DailySeries[] = [];
    const tested = new Set<number>();
    for (let day = mid; day < hi; day += 1) {
      for (const grams of counts.byDay[day]!) {
        for (const id of grams) {
          if (recentDf[id]! < minCount || tested.has(id)) continue;
          tested.add(id);
          keywords.push(series('keyword', counts.grams[id]!, baselineDf[id]!, recentDf[id]!, volume));
        }
      }
    }
    return detectHotspots(keywords, settings, now, { category: 0, keyword: recentGrams, product: 0 }).length > 0;
  });
}
