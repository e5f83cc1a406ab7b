/**
 * The hot-spots of a set of cases: each case counted on its day for its
 * category, its product and the keywords of its description, then every
 * series tested (hotspots.ts) and the rises given example cases.
 */
import type { Category } from '../cases/vocabulary';
import { bucketOf } from '../dashboard/period';
import {
  byRank,
  detectHotspots,
  HOTSPOT_EXAMPLES,
  hotspotDays,
  hotspotWindow,
  recentExposure,
  type DailySeries,
  type Hotspot,
  type HotspotSettings,
  type HotspotsAnswer,
  type Rise,
} from './hotspots';
import { risingKeywords, type KeywordDoc } from './hotspots-keywords';
import { bigramsOf, normaliseText } from './text';

/** What hot-spot detection reads of a case. */
export interface HotspotCase {
  id: string;
  receivedAt: number;
  category: Category | null;
  product: string;
  description: string;
  /** The customer's contact keys (`CaseRecord.contactKeys`): who complained, counted once however often. */
  contactKeys?: readonly string[];
}

/** The parts of a case that never change after registration, prepared once: the store host keeps them between answers. */
export interface CaseDigest {
  /** As typed, trimmed. */
  product: string;
  /** The description, normalised: phrases are found in it. */
  text: string;
  /** Its distinct bigrams. */
  grams: readonly string[];
  /** Who complained: the contact keys (phone, e-mail, account); none when the case gave none (then it is a customer of its own). */
  customer: readonly string[];
}

/** A case ready to be counted: when it came, its category now, and its digest. */
export type DigestedCase = Pick<HotspotCase, 'id' | 'receivedAt' | 'category'> & CaseDigest;

/**
 * Prepares a case's texts. `intern` shares one string per distinct bigram
 * among many cases (a few hundred thousand bigrams instead of millions).
 */
export function digestCase(item: Pick<HotspotCase, 'product' | 'description' | 'contactKeys'>, intern?: (gram: string) => string): CaseDigest {
  const grams = bigramsOf(item.description);
  return {
    product: item.product.trim(),
    text: normaliseText(item.description),
    grams: intern ? grams.map(intern) : grams,
    customer: item.contactKeys && intern ? item.contactKeys.map(intern) : (item.contactKeys ?? []),
  };
}

/** At most this many hot-spots in all, the most significant. */
export const MAX_HOTSPOTS = 20;

interface Doc extends KeywordDoc {
  id: string;
  receivedAt: number;
  category: Category | null;
  product: string;
  customer: readonly string[];
}

/**
 * How many customers some cases came from. Cases sharing a contact key are one customer, however
 * they were reached (one who phoned some complaints and e-mailed others, the e-mail given on both
 * once); a case without contact details is a customer of its own.
 */
function customersOf(docs: readonly Doc[], indices: Iterable<number>): number {
  // Each key points towards its group's first key (union-find with path halving).
  const parent = new Map<string, string>();
  const root = (key: string): string => {
    let at = key;
    for (let up = parent.get(at)!; up !== at; up = parent.get(at)!) {
      const grand = parent.get(up)!;
      parent.set(at, grand);
      at = grand;
    }
    return at;
  };
  let unknown = 0;
  for (const i of indices) {
    const keys = docs[i]!.customer;
    if (keys.length === 0) {
      unknown += 1;
      continue;
    }
    for (const key of keys) if (!parent.has(key)) parent.set(key, key);
    const first = root(keys[0]!);
    for (const key of keys.slice(1)) parent.set(root(key), first);
  }
  let groups = 0;
  for (const [key, up] of parent) if (key === up) groups += 1;
  return groups + unknown;
}

/** Recent cases with a key: how many customers they came from, the newest as examples, the earliest as the first sign. */
function examples(docs: readonly Doc[], indices: readonly number[]): Pick<Hotspot, 'caseIds' | 'firstSeenAt' | 'customers'> {
  const found = indices.map((i) => docs[i]!).sort((a, b) => b.receivedAt - a.receivedAt || (a.id < b.id ? 1 : -1));
  return { caseIds: found.slice(0, HOTSPOT_EXAMPLES).map((doc) => doc.id), firstSeenAt: found.at(-1)?.receivedAt ?? 0, customers: customersOf(docs, indices) };
}

/**
 * 批量投诉苗头 is many customers complaining of one thing: a rise whose recent cases come from fewer
 * customers than a hot-spot needs cases (one customer's five complaints about the same parcel) is a
 * repeat complainant, shown as such at intake and on the case, not a hot-spot.
 */
const enoughCustomers = (docs: readonly Doc[], settings: HotspotSettings) => (indices: readonly number[]) => customersOf(docs, indices) >= settings.minCount;

/** Cases per day of each key, with the recent cases' indices. */
type KeyCounts = Map<string, { daily: Int32Array; recent: number[] }>;

function dailyCounts(docs: readonly Doc[], settings: HotspotSettings, keyOf: (doc: Doc) => string | null): KeyCounts {
  const series: KeyCounts = new Map();
  docs.forEach((doc, i) => {
    const key = keyOf(doc);
    if (key === null) return;
    let one = series.get(key);
    if (!one) series.set(key, (one = { daily: new Int32Array(settings.baselineDays + settings.recentDays), recent: [] }));
    one.daily[doc.day]! += 1;
    if (doc.day >= settings.baselineDays) one.recent.push(i);
  });
  return series;
}

/**
 * Every hot-spot among `cases` at `now` (cases outside the window are
 * ignored). With fewer than `minCount` baseline cases there is nothing to
 * compare with, and none is reported.
 */
export function findHotspots(cases: readonly HotspotCase[], settings: HotspotSettings, now: number): HotspotsAnswer {
  const { baselineFrom } = hotspotWindow(now, settings);
  const inWindow = cases.filter((item) => item.receivedAt >= baselineFrom && item.receivedAt <= now);
  return findHotspotsIn(
    inWindow.map((item) => ({ id: item.id, receivedAt: item.receivedAt, category: item.category, ...digestCase(item) })),
    settings,
    now,
  );
}

/** A set of recent cases (their indices) as one comparable key. */
const sameCases = (indices: Iterable<number>) => [...indices].sort((a, b) => a - b).join(',');

/** `findHotspots` over cases already digested. */
export function findHotspotsIn(cases: readonly DigestedCase[], settings: HotspotSettings, now: number): HotspotsAnswer {
  const days = hotspotDays(now, settings);
  const window = hotspotWindow(now, settings);
  const docs: Doc[] = [];
  for (const item of cases) {
    if (item.receivedAt < window.baselineFrom || item.receivedAt > now) continue;
    docs.push({ ...item, day: bucketOf(days, item.receivedAt) });
  }
  const isRecent = (doc: Doc) => doc.day >= settings.baselineDays;
  const recentCount = docs.filter(isRecent).length;
  const baselineCount = docs.length - recentCount;
  const answer: HotspotsAnswer = { generatedAt: now, window, settings, cases: { recent: recentCount, baseline: baselineCount }, hotspots: [] };
  if (baselineCount < settings.minCount) return answer;

  const graded = (recent: boolean) => docs.filter((doc) => isRecent(doc) === recent && doc.category !== null).length;
  // Categories are given at grading: expect as many fewer as the recent cases are less graded than the baseline's.
  // Without graded cases in the baseline every category would look new: none is compared then.
  const baselineGraded = graded(false);
  const gradedShare = graded(true) / Math.max(1, recentCount) / Math.max(1e-9, baselineGraded / baselineCount);
  const categories: KeyCounts = baselineGraded < settings.minCount ? new Map() : dailyCounts(docs, settings, (doc) => doc.category);
  const productLabels = new Map<string, string>();
  const products = dailyCounts(docs, settings, (doc) => {
    if (doc.product === '') return null;
    const key = normaliseText(doc.product);
    if (!productLabels.has(key) || isRecent(doc)) productLabels.set(key, doc.product);
    return key;
  });
  const series: DailySeries[] = [
    ...[...categories].map(([key, one]): DailySeries => ({ kind: 'category', key, daily: one.daily, expectedScale: Math.min(1, gradedShare) })),
    ...[...products].map(([key, one]): DailySeries => ({ kind: 'product', key, daily: one.daily })),
  ];
  const indicesOf = (rise: Rise) => (rise.kind === 'category' ? categories : products).get(rise.key)!.recent;
  const rising = detectHotspots(series, settings, now).filter((rise) => enoughCustomers(docs, settings)(indicesOf(rise)));
  // A keyword rising in exactly the cases of a product already shown, and said by its name (充电宝 the product and
  // 充电宝 the word), is that rise again: one warning, not two. One that says more (充电宝鼓包) stays.
  const risenProducts = new Map(rising.filter((rise) => rise.kind === 'product').map((rise) => [sameCases(indicesOf(rise)), rise.key]));
  const restates = (keyword: string, indices: readonly number[]) => risenProducts.get(sameCases(indices))?.includes(normaliseText(keyword)) === true;
  const hotspots: Hotspot[] = rising
    .map((rise) => ({
      ...rise,
      ...(rise.kind === 'product' ? { label: productLabels.get(rise.key) ?? rise.key } : {}),
      ...examples(docs, indicesOf(rise)),
    }));

  // A busier period raises every common word: keywords are expected to rise with the whole volume.
  const volume = recentCount / recentExposure(now, settings) / (baselineCount / settings.baselineDays);
  for (const rise of risingKeywords(docs, settings, now, Math.max(1, volume), enoughCustomers(docs, settings))) {
    const { docs: indices, ...rest } = rise;
    if (restates(rest.key, indices)) continue;
    hotspots.push({ ...rest, ...examples(docs, indices) });
  }
  answer.hotspots = hotspots.sort(byRank).slice(0, MAX_HOTSPOTS);
  return answer;
}
