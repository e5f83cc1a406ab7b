/**
 * Lexicon matching on the original text: both sides are compared in a folded
 * form (NFKC + lower case, so `１２３１５` is `12315` and `ＣＣＴＶ` is `cctv`),
 * and every hit is reported in UTF-16 offsets of the text the user typed, so
 * the UI can highlight exactly those characters.
 */
import { SEVERITY_RANK, type Severity } from '../cases/vocabulary';
import type { LexiconEntry, LexiconKind } from './lexicon';
import { NEUTRAL_COMPOUNDS } from './lexicon-neutral';
import { outOfContext } from './lexicon-context';
import { CLAUSE_BREAK, isNegated } from './negation';
import { normaliseText } from './text';

export interface LexiconHit {
  /** The entry's term as the admin typed it (not the text's spelling). */
  term: string;
  kind: LexiconKind;
  severity: Severity;
  /** UTF-16 offsets into the ORIGINAL text: `text.slice(start, end)` is what was matched. */
  start: number;
  end: number;
}

export interface FoldedText {
  folded: string;
  /** For each UTF-16 unit of `folded`, the original offsets of the character it came from. */
  starts: number[];
  ends: number[];
}

/** A character with its combining marks: NFKC composes them, so they fold together. */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/uy;

/** Characters whose folded form is themselves (ASCII except A–Z, CJK unified ideographs): the common case, no normalize() call. */
const foldsToItself = (code: number) => (code < 0x80 && !(code >= 0x41 && code <= 0x5a)) || (code >= 0x4e00 && code <= 0x9fff);
/** Combining marks start at U+0300, and none are CJK ideographs: a next unit like that cannot join this character. */
const cannotCombine = (code: number) => code < 0x300 || (code >= 0x4e00 && code <= 0x9fff);

/**
 * Folds a text character by character and keeps, for every folded unit, where it
 * came from. NFKC can lengthen (`㈱` → `(株)`) or shorten (`𝟏` → `1`) a
 * character, so one global normalize() would lose the way back.
 */
export function foldWithOffsets(text: string): FoldedText {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    const next = at + 1 < text.length ? text.charCodeAt(at + 1) : 0;
    if (foldsToItself(code) && cannotCombine(next)) {
      parts.push(text[at]!);
      starts.push(at);
      ends.push(at + 1);
      at++;
      continue;
    }
    CLUSTER.lastIndex = at;
    const cluster = CLUSTER.exec(text)?.[0] ?? text[at]!;
    const end = at + cluster.length;
    const out = normaliseText(cluster);
    parts.push(out);
    for (let i = 0; i < out.length; i++) {
      starts.push(at);
      ends.push(end);
    }
    at = end;
  }
  return { folded: parts.join(''), starts, ends };
}

/** The folded key of a term, the same way the text is folded (so the two always agree). */
export const termKey = (term: string) => foldWithOffsets(term.trim()).folded;

/**
 * In a term, … (folded: ...) stands for up to GAP_MAX characters of the same clause: 吃出…铁丝 is
 * also 吃出了一根铁丝, 拉了…肚子 is 拉了三次肚子. A phrase says what it says with a word or two between.
 */
const GAP = '...';
export const GAP_MAX = 4;

interface Candidate {
  /** The key's first part (before any gap), and the parts after each gap. */
  key: string;
  rest: string[];
  /** The parts' length together: a longer key is tried first. */
  size: number;
  entry: LexiconEntry;
  /** The key begins / ends with a digit: it must not continue a longer number there. */
  digitStart: boolean;
  digitEnd: boolean;
  /** The key begins / ends with a Latin letter: it must be a word there (sue, not the end of "issue"). */
  wordStart: boolean;
  wordEnd: boolean;
}

/** Candidates by the first unit of their key, longest key first. */
type Matcher = Map<string, Candidate[]>;

/** Any script's decimal digit; full-width ones are already ASCII in the folded text. */
const DIGIT = /^\p{Nd}$/u;
const isDigit = (unit: string | undefined) => unit !== undefined && DIGIT.test(unit);

/**
 * 12345 inside 13812345678 (a phone) or an order number is not the hotline: a
 * key that begins (ends) with a digit matches only where no digit comes right
 * before (after) it.
 */
const atDigitBoundary = (folded: string, at: number, end: number, { digitStart, digitEnd }: Candidate) =>
  !(digitStart && isDigit(folded[at - 1])) && !(digitEnd && isDigit(folded[end]));

/** A Latin letter (folded text: lower case, composed). */
const LATIN = /^\p{Script=Latin}$/u;
const isLatin = (unit: string | undefined) => unit !== undefined && LATIN.test(unit);
/** Endings an English term may take where it stops (lawyer → lawyers, sue → sued, burn → burning). */
const INFLECTION = /^(?:s|es|d|ed|ing)(?!\p{Script=Latin})/u;

/**
 * An English term is a word, not a piece of one: "sue" is not in "issue", "court" not in
 * "courteous", "media" not in "multimedia"; it may end in an inflection (lawyers, sued).
 */
function atWordBoundary(folded: string, at: number, after: number, { wordStart, wordEnd }: Candidate): boolean {
  if (wordStart && isLatin(folded[at - 1])) return false;
  return !wordEnd || !isLatin(folded[after]) || INFLECTION.test(folded.slice(after, after + 4));
}

/** A key's parts: without gaps, one; a gap at either end says nothing (…曝光 is 曝光). */
const partsOf = (key: string) => key.split(GAP).filter((part) => part !== '');

function candidate(key: string, entry: LexiconEntry): Candidate {
  const [first = key, ...rest] = partsOf(key);
  const last = (rest.at(-1) ?? first).at(-1);
  const size = [first, ...rest].reduce((sum, part) => sum + part.length, 0);
  return { key: first, rest, size, entry, digitStart: isDigit(first[0]), digitEnd: isDigit(last), wordStart: isLatin(first[0]), wordEnd: isLatin(last) };
}

/** Where the candidate matching at `at` ends, or -1: each part after a gap within GAP_MAX units of the clause, the nearest. */
function matchEnd(folded: string, at: number, { key, rest }: Candidate): number {
  if (!folded.startsWith(key, at)) return -1;
  let end = at + key.length;
  for (const part of rest) {
    let found = -1;
    for (let gap = 0; gap <= GAP_MAX && found < 0; gap++) {
      const between = folded[end + gap - 1];
      if (gap > 0 && (between === undefined || CLAUSE_BREAK.test(between) || /\s/u.test(between))) break;
      if (folded.startsWith(part, end + gap)) found = end + gap;
    }
    if (found < 0) return -1;
    end = found + part.length;
  }
  return end;
}

/** The neutral compounds by their first folded unit (see lexicon-neutral.ts). */
const NEUTRAL = new Map<string, string[]>();
for (const compound of NEUTRAL_COMPOUNDS) {
  const key = termKey(compound);
  NEUTRAL.set(key[0]!, [...(NEUTRAL.get(key[0]!) ?? []), key]);
}

/** Where neutral compounds stand in the folded text, as [start, end) spans. */
function neutralSpans(folded: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let at = 0; at < folded.length; at++) {
    for (const key of NEUTRAL.get(folded[at]!) ?? []) if (folded.startsWith(key, at)) spans.push([at, at + key.length]);
  }
  return spans;
}

/** A match wholly inside a longer neutral compound (媒体 in 多媒体) says nothing; one of the same length is the admin's own phrase. */
const insideNeutral = (spans: readonly [number, number][], at: number, length: number) =>
  spans.some(([from, to]) => from <= at && at + length <= to && to - from > length);

// Keyed by the lexicon array itself: settings hand out a new array after every edit, so a stale matcher is never used.
const matchers = new WeakMap<readonly LexiconEntry[], Matcher>();

function compile(lexicon: readonly LexiconEntry[]): Matcher {
  const byKey = new Map<string, LexiconEntry>();
  for (const entry of lexicon) {
    const key = termKey(entry.term);
    if (!key) continue;
    const known = byKey.get(key);
    // Two spellings of one phrase (全角/半角): the more severe entry speaks for both.
    if (!known || SEVERITY_RANK[entry.severity] > SEVERITY_RANK[known.severity]) byKey.set(key, entry);
  }
  const matcher: Matcher = new Map();
  for (const [key, entry] of byKey) {
    const item = candidate(key, entry);
    const list = matcher.get(item.key[0]!) ?? [];
    list.push(item);
    matcher.set(item.key[0]!, list);
  }
  for (const list of matcher.values()) list.sort((a, b) => b.size - a.size);
  return matcher;
}

function matcherFor(lexicon: readonly LexiconEntry[]): Matcher {
  let matcher = matchers.get(lexicon);
  if (!matcher) {
    matcher = compile(lexicon);
    matchers.set(lexicon, matcher);
  }
  return matcher;
}

export interface FoundTerm {
  hit: LexiconHit;
  /** A negation right before it in the same clause (不会去曝光): reported, not counted. */
  negated: boolean;
}

/**
 * Every lexicon phrase in the text, without overlaps (the longer phrase wins),
 * sorted by start; a phrase that continues a longer number, lies inside a
 * neutral compound or means something else there (lexicon-context.ts) is not one.
 */
export function matchTerms(text: string, lexicon: readonly LexiconEntry[]): FoundTerm[] {
  const matcher = matcherFor(lexicon);
  if (matcher.size === 0 || text.length === 0) return [];
  const { folded, starts, ends } = foldWithOffsets(text);

  const found: { at: number; length: number; entry: LexiconEntry }[] = [];
  for (let at = 0; at < folded.length; at++) {
    const list = matcher.get(folded[at]!);
    if (!list) continue;
    for (const item of list) {
      const end = matchEnd(folded, at, item);
      if (end >= 0 && atDigitBoundary(folded, at, end, item) && atWordBoundary(folded, at, end, item)) found.push({ at, length: end - at, entry: item.entry });
    }
  }
  if (found.length === 0) return [];
  const neutral = neutralSpans(folded);

  // Longest first, then the more severe, then the earlier: "食物中毒" beats the "中毒" inside it.
  found.sort((a, b) => b.length - a.length || SEVERITY_RANK[b.entry.severity] - SEVERITY_RANK[a.entry.severity] || a.at - b.at);
  // Overlap is judged on original characters: two folded matches inside one expanded character (㈱) share it.
  const taken = new Uint8Array(text.length);
  const kept: FoundTerm[] = [];
  for (const { at, length, entry } of found) {
    if (insideNeutral(neutral, at, length) || outOfContext(folded, at, at + length)) continue;
    const start = starts[at]!;
    const end = ends[at + length - 1]!;
    let free = true;
    for (let i = start; i < end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, start, end);
    kept.push({ hit: { term: entry.term, kind: entry.kind, severity: entry.severity, start, end }, negated: isNegated(folded, at) });
  }
  kept.sort((a, b) => a.hit.start - b.hit.start);
  // A negation reaches the terms that follow the one it denies in the same phrase: 不会找媒体曝光 denies
  // 曝光 too, 不会找媒体和电视台 both (one character between, no clause break).
  for (let i = 1; i < kept.length; i++) {
    const denied = kept[i - 1]!;
    const next = kept[i]!;
    const between = text.slice(denied.hit.end, next.hit.start);
    if (denied.negated && !next.negated && [...between].length <= 1 && !CLAUSE_BREAK.test(between)) next.negated = true;
  }
  return kept;
}

/** The counted hits: lexicon phrases in the text, sorted by start, overlaps resolved for the longer term, negated ones left out. */
export function matchLexicon(text: string, lexicon: readonly LexiconEntry[]): LexiconHit[] {
  return matchTerms(text, lexicon)
    .filter((item) => !item.negated)
    .map((item) => item.hit);
}
