/**
 * Rising keywords: character bigrams (see text.ts) whose document frequency
 * rose, grown into the phrases the cases actually share. 送餐 and 餐员 rising
 * together in the same cases are one hot-spot, 送餐员, not two; a phrase is
 * grown one character at a time, while most of the phrase's recent cases
 * continue with that character and the new boundary bigram is itself rising; a
 * phrase that stopped takes at most one character more on each side that nearly
 * all its cases share (电宝 → 充电宝). Keywords of the same burst of cases are reported once.
 */
import { assessSeries, byRank, detectHotspots, type DailySeries, type HotspotSettings, type Rise } from './hotspots';
import { STOP_GRAMS } from './stop-words';

/** One case as keyword detection sees it. */
export interface KeywordDoc {
  /** Index into `hotspotDays`. */
  day: number;
  /** The description, normalised (`normaliseText`): phrases are found in it. */
  text: string;
  /** Its distinct bigrams (`bigramsOf`). */
  grams: readonly string[];
}

export interface KeywordRise extends Rise {
  /** Indices of the recent docs containing the phrase. */
  docs: number[];
}

/** At most this many keyword hot-spots (the most significant). */
export const MAX_KEYWORDS = 10;
/** Phrases stop growing at this many characters. */
const MAX_PHRASE = 12;
/** A phrase grows by a character only when at least this share of its recent cases continue with it, and the bigram it forms is rising too. */
const EXTEND_SHARE = 0.6;
/** A phrase that stopped growing takes one character more on a side when this share of its recent cases continue with it (电宝 → 充电宝). */
const NAME_SHARE = 0.9;
/**
 * A rising bigram or phrase whose recent cases are at least this share among
 * those of a keyword already reported is the same burst of cases, not a
 * hot-spot of its own.
 */
const COVERED_SHARE = 0.6;
/** Stop bigrams: in more than this share of baseline cases (的是, 没有 …) … */
const STOP_SHARE = 0.25;
/** … judged only on a baseline of at least this many cases. */
const STOP_MIN_DOCS = 40;

const DIGITS = /^\p{N}+$/u;
/** Two letters or digits: a keyword is never named across a space, a hyphen or punctuation. */
const WORD_GRAM = /^[\p{L}\p{N}]{2}$/u;
/**
 * The words similar cases never match on (stop-words.ts): pronouns and function words (“你们”
 * rising 19.9 × tied five unrelated complaints together), what every complaint says (要求 rose
 * 6.5 × beside a real burst), general sentiment (差评). Never a keyword of their own, even on a desk
 * too small for STOP_SHARE to judge; a phrase may still grow across one (如果还不解决), so they are
 * tested as the other bigrams are.
 */
const isStopGram = (gram: string) => STOP_GRAMS.has(gram);
/** Letters and digits as model numbers and codes are written (text is normalised: half-width, lower case). */
const CODE_CHAR = /^[0-9a-z]$/;

/**
 * Bigrams worth testing: two characters, not only digits (order numbers,
 * amounts, times), and not straddling a code and Chinese text. ZDH-A15使用时漏电
 * runs on without a space, so 5使 is in every case that names the model; as a
 * candidate it would let 使用时漏电 grow into “5使用时漏电”. Left out, phrases
 * stop where the code ends.
 */
export function isKeywordGram(gram: string): boolean {
  const chars = [...gram];
  if (chars.length !== 2 || DIGITS.test(gram)) return false;
  return CODE_CHAR.test(chars[0]!) === CODE_CHAR.test(chars[1]!);
}

const isCodeGram = (gram: string) => CODE_CHAR.test(gram[0]!);

/**
 * Seeds in rank order; among bigrams rising in the same cases (equal score
 * and ratio) Chinese ones first. The first seed of a burst names it and the
 * others are covered by it, and a1 of ZDH-A15 is a fragment of a model number
 * where 使用时漏电 beside it says what happened.
 */
function seedOrder(a: Rise, b: Rise): number {
  return b.score - a.score || b.ratio - a.ratio || Number(isCodeGram(a.key)) - Number(isCodeGram(b.key)) || byRank(a, b);
}

interface Candidate {
  daily: Int32Array;
  /** Docs containing the bigram, in doc order. */
  postings: number[];
  recent: number;
}

/**
 * Bigrams of at least `minCount` recent docs, with their daily counts and
 * postings (stop bigrams left out), and how many keyword bigrams occur in the
 * recent docs at all (the family the tests are corrected for).
 */
function candidates(docs: readonly KeywordDoc[], settings: HotspotSettings): { found: Map<string, Candidate>; family: number } {
  const { baselineDays, recentDays, minCount } = settings;
  const recentDf = new Map<string, number>();
  let baselineDocs = 0;
  for (const doc of docs) {
    if (doc.day < baselineDays) baselineDocs += 1;
    else for (const gram of doc.grams) recentDf.set(gram, (recentDf.get(gram) ?? 0) + 1);
  }
  const found = new Map<string, Candidate>();
  let family = 0;
  for (const [gram, recent] of recentDf) {
    if (!isKeywordGram(gram)) continue;
    family += 1;
    if (recent >= minCount) found.set(gram, { daily: new Int32Array(baselineDays + recentDays), postings: [], recent });
  }
  docs.forEach((doc, i) => {
    for (const gram of doc.grams) {
      const candidate = found.get(gram);
      if (!candidate) continue;
      candidate.daily[doc.day]! += 1;
      candidate.postings.push(i);
    }
  });
  if (baselineDocs >= STOP_MIN_DOCS) {
    for (const [gram, candidate] of found) {
      const baseline = candidate.daily.subarray(0, baselineDays).reduce((a, b) => a + b, 0);
      if (baseline > STOP_SHARE * baselineDocs) found.delete(gram);
    }
  }
  return { found, family };
}

/** The characters next to each occurrence of `phrase`, with how many of `holders` have each (once per doc). */
function neighbours(docs: readonly KeywordDoc[], holders: readonly number[], phrase: string, side: 'left' | 'right'): Map<string, number> {
  const counts = new Map<string, number>();
  for (const i of holders) {
    const text = docs[i]!.text;
    const seen = new Set<string>();
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      const ch = side === 'left' ? text[at - 1] : text[at + phrase.length];
      if (ch !== undefined) seen.add(ch);
    }
    for (const ch of seen) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return counts;
}

/** The best character to add to `phrase` on either side (or the one given) among `recent`, by how many continue with it. */
function bestNeighbour(
  docs: readonly KeywordDoc[],
  recent: readonly number[],
  phrase: string,
  need: number,
  accept: (boundary: string) => boolean,
  only?: 'left' | 'right',
) {
  let best: { phrase: string; count: number } | null = null;
  for (const side of only ? [only] : (['left', 'right'] as const)) {
    for (const [ch, count] of neighbours(docs, recent, phrase, side)) {
      // The bigram the new character forms with the phrase's end (code units: a surrogate half never matches a bigram).
      const boundary = side === 'left' ? ch + phrase[0]! : phrase[phrase.length - 1]! + ch;
      if (count >= need && accept(boundary) && (best === null || count > best.count)) {
        best = { phrase: side === 'left' ? ch + phrase : phrase + ch, count };
      }
    }
  }
  return best;
}

/** Grows `seed` while the texts support it; returns the phrase and the docs (all days) containing it. */
function grow(docs: readonly KeywordDoc[], seed: string, postings: readonly number[], rising: ReadonlySet<string>, settings: HotspotSettings) {
  let phrase = seed;
  let holders = [...postings];
  const recentOf = () => holders.filter((i) => docs[i]!.day >= settings.baselineDays);
  const extend = (next: string) => {
    holders = holders.filter((i) => docs[i]!.text.includes(next));
    phrase = next;
  };
  while (phrase.length < MAX_PHRASE) {
    const recent = recentOf();
    const best = bestNeighbour(docs, recent, phrase, Math.max(settings.minCount, Math.ceil(EXTEND_SHARE * recent.length)), (b) => rising.has(b));
    if (best === null) break;
    extend(best.phrase);
  }
  // A phrase that stopped growing is named by the word nearly all its cases say, one character
  // more on a side (电宝 → 充电宝, 装标注与实物不符 → 包装标注与实物不符), though that character's bigram
  // is common before. At most one per side: a template all recent cases open with (客户来电反映…) is not the word.
  for (const side of ['left', 'right'] as const) {
    if (phrase.length >= MAX_PHRASE) break;
    const recent = recentOf();
    const need = Math.max(settings.minCount, Math.ceil(NAME_SHARE * recent.length));
    const best = bestNeighbour(docs, recent, phrase, need, (b) => WORD_GRAM.test(b) && isKeywordGram(b), side);
    if (best !== null) extend(best.phrase);
  }
  return { phrase, holders };
}

/** The bigrams of a phrase, in order. */
function gramsOfPhrase(phrase: string): string[] {
  const chars = [...phrase];
  return chars.slice(1).map((ch, n) => chars[n]! + ch);
}

/**
 * The rising keywords of `docs`, as phrases, most significant first.
 * `volumeScale` multiplies every expectation (see `DailySeries.expectedScale`).
 */
export function risingKeywords(
  docs: readonly KeywordDoc[],
  settings: HotspotSettings,
  now: number,
  volumeScale = 1,
  /** Whether the recent docs of a rise make a hot-spot (enough customers): one that does not takes no place among the MAX_KEYWORDS nor covers another. */
  accepts: (recent: readonly number[]) => boolean = () => true,
): KeywordRise[] {
  const { found, family: tested } = candidates(docs, settings);
  const family = { category: 0, keyword: tested, product: 0 };
  const series: DailySeries[] = [...found].map(([key, c]) => ({ kind: 'keyword', key, daily: c.daily, expectedScale: volumeScale }));
  const rises = detectHotspots(series, settings, now, family);
  const rising = new Set(rises.map((rise) => rise.key));
  const isRecent = (i: number) => docs[i]!.day >= settings.baselineDays;
  const consumed = new Set<string>();
  const accepted: KeywordRise[] = [];
  for (const seed of [...rises].sort(seedOrder)) {
    if (accepted.length >= MAX_KEYWORDS) break;
    if (consumed.has(seed.key) || isStopGram(seed.key)) continue;
    const grown = grow(docs, seed.key, found.get(seed.key)!.postings, rising, settings);
    let phrase = grown.phrase;
    let holders = grown.holders;
    let rise: Rise | null = seed;
    if (phrase !== seed.key) {
      const daily = new Int32Array(settings.baselineDays + settings.recentDays);
      for (const i of holders) daily[docs[i]!.day]! += 1;
      rise = assessSeries({ kind: 'keyword', key: phrase, daily, expectedScale: volumeScale }, settings, now, family.keyword);
      // The longer phrase is not a rise of its own (too few cases), or only one of a repeat complainant's
      // wording (too few customers): the bigram alone is.
      if (rise === null || !accepts(holders.filter(isRecent))) {
        phrase = seed.key;
        holders = found.get(seed.key)!.postings;
        rise = seed;
      }
    }
    const recent = new Set(holders.filter(isRecent));
    consumed.add(seed.key);
    // Too few customers even for the bigram: it takes no place and covers nothing.
    if (!accepts([...recent])) continue;
    for (const gram of gramsOfPhrase(phrase)) {
      const candidate = found.get(gram);
      if (!candidate || !rising.has(gram)) continue;
      const inside = candidate.postings.filter((i) => recent.has(i)).length;
      if (inside >= COVERED_SHARE * candidate.recent) consumed.add(gram);
    }
    const covered = accepted.some((other) => {
      const theirs = new Set(other.docs);
      return [...recent].filter((i) => theirs.has(i)).length >= COVERED_SHARE * recent.size;
    });
    if (covered) continue;
    // The other way round too: a keyword reported before whose cases are mostly among these is the same
    // burst, found first by a narrower phrase (电动牙刷充电座, 5 cases, before 充电座, 14). One entry, under
    // the keyword that finds them all, whichever order the seeds came in.
    for (let n = accepted.length - 1; n >= 0; n -= 1) {
      const other = accepted[n]!;
      if (other.docs.filter((i) => recent.has(i)).length >= COVERED_SHARE * other.docs.length) accepted.splice(n, 1);
    }
    accepted.push({ ...rise, docs: [...recent] });
  }
  return accepted.sort(byRank);
}
