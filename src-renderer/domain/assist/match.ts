/**
 * Lexicon matching on the original text: both sides are compared in a folded
 * form (NFKC + lower case, so `１２３１５` is `12315` and `ＣＣＴＶ` is `cctv`),
 * and every hit is reported in UTF-16 offsets of the text the user typed, so
 * the UI can highlight exactly those characters.
 */
import { SEVERITY_RANK, type Severity } from '../cases/vocabulary';
import type { LexiconEntry, LexiconKind } from './lexicon';
import { NEUTRAL_COMPOUNDS } from './lexicon-neutral';
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

interface Candidate {
  key: string;
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
const atDigitBoundary = (folded: string, at: number, { key, digitStart, digitEnd }: Candidate) =>
  !(digitStart && isDigit(folded[at - 1])) && !(digitEnd && isDigit(folded[at + key.length]));

/** A Latin letter (folded text: lower case, composed). */
const LATIN = /^\p{Script=Latin}$/u;
const isLatin = (unit: string | undefined) => unit !== undefined && LATIN.test(unit);
/** Endings an English term may take where it stops (lawyer → lawyers, sue → sued, burn → burning). */
const INFLECTION = /^(?:s|es|d|ed|ing)(?!\p{Script=Latin})/u;

/**
 * An English term is a word, not a piece of one: "sue" is not in "issue", "court" not in
 * "courteous", "media" not in "multimedia"; it may end in an inflection (lawyers, sued).
 */
function atWordBoundary(folded: string, at: number, { key, wordStart, wordEnd }: Candidate): boolean {
  if (wordStart && isLatin(folded[at - 1])) return false;
  const after = at + key.length;
  return !wordEnd || !isLatin(folded[after]) || INFLECTION.test(folded.slice(after, after + 4));
}

function candidate(key: string, entry: LexiconEntry): Candidate {
  const last = key[key.length - 1];
  return { key, entry, digitStart: isDigit(key[0]), digitEnd: isDigit(last), wordStart: isLatin(key[0]), wordEnd: isLatin(last) };
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
    const list = matcher.get(key[0]!) ?? [];
    list.push(candidate(key, entry));
    matcher.set(key[0]!, list);
  }
  for (const list of matcher.values()) list.sort((a, b) => b.key.length - a.key.length);
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

/** A negation only reaches back within its clause. */
const CLAUSE_BREAK = /[\n\r,.!?;:，。！？；：、…]/;
const NEGATION_REACH = 16;
/**
 * What a negation may carry before the phrase it denies, in the same clause:
 * adverbs (从来没有, 并不, 绝不会也不会…), then up to three short verbs and modals
 * (不会去投诉媒体, 没想去找记者, 从来没有想过要曝光, 不打算找律师, 并未起火).
 * Nothing else may stand between: a condition about the company ends the reach
 * (不解决我就去找媒体, 如果不退款就曝光, 不给说法就起诉: 就, 我, 说法 are not in the
 * lists), so conditional threats still count.
 */
const NEGATION_ZH = '(?:没有?人|沒有?人|无人|無人|不|没|沒|别|別|未|无需|无须|無需|不必|不用|并非|并未|並非|並未)';
/** 不得不/不能不 are a double negation (have to), 没想到/没料到 mean "unexpectedly": neither denies what follows. */
const NOT_A_NEGATION = '(?<!不得|不能|不可|不会|不會)';
const NO_SURPRISE = '(?!有?(?:想到|料到|成想|承想))';
const ADVERB_ZH = '(?:从来|從來|曾经|曾經|真的|一定|并|並|绝|絕|也|都|再|还|還|曾|真|必)';
const VERB_ZH =
  '(?:想过|想過|说过|說過|打算|准备|準備|考虑|考慮|需要|愿意|願意|投诉|投訴|联系|聯繫|告诉|告訴|发生|發生|出现|出現|造成|导致|導致|会|會|想|说|說|要|敢|用|需|有|去|找|向|跟|到|上|把|被|打|请|請|发|發|过|過|是)';
const NEGATED_ZH = new RegExp(`${NOT_A_NEGATION}${NEGATION_ZH}${NO_SURPRISE}有?${ADVERB_ZH}{0,2}${VERB_ZH}{0,3}$`, 'u');
/**
 * "will not sue", "won't go to the media", "never called a lawyer": a negation and up to three words,
 * none of them a subject or a connective ("if you do not refund I will go to the media" still counts).
 */
const NEGATED_EN =
  /\b(?:not|never|no|nobody|nothing|don't|won't|didn't|wouldn't|wasn't|weren't|isn't|can't|cannot|without)\b(?:\s+(?!(?:i|i'll|i'm|we|we'll|then|and|or|but|so|else|otherwise|unless|if)\b)[^\s]+){0,3}\s*$/u;

/**
 * A negation of the company's side inside a condition is the customer's condition, not their denial:
 * 如果你们不想上法院, 要是贵公司还不愿意退款, "if you don't want to end up in court" are threats.
 * The condition and the company stand right before the negation, in the same clause.
 */
const CONDITION_ON_COMPANY_ZH =
  /(?:如果|要是|假如|倘若|若是|万一|只要|如|若)(?:再|还|還)?(?:你们|你們|你|您们|您們|您|贵公司|貴公司|贵方|貴方|商家|店家|卖家|賣家|厂家|廠家|公司)(?:再|还|還|就|都|也|真的)?$/u;
const CONDITION_ON_COMPANY_EN = /\b(?:if|unless)\s+(?:you|your\s+\S+|the\s+(?:company|shop|store|seller))(?:\s+(?:do|does|did|still|really))?\s*$/u;

/** Where the clause of `at` starts, looking back at most `reach` characters. */
function clauseStart(folded: string, at: number, reach: number): number {
  let from = at;
  while (from > 0 && at - from < reach && !CLAUSE_BREAK.test(folded[from - 1]!)) from--;
  return from;
}

/** How far back a condition before a negation is looked for ("if your shop really", 如果贵公司还). */
const CONDITION_REACH = 20;

/**
 * A question, not a denial: 是不是要上法院才肯退款？, 难道不是要我去找媒体？, 这不是安全隐患吗 — asked of
 * the company, they say what the customer means to do or sees.
 */
const RHETORICAL_ZH = /難道|难道/u;
/** 无论是不是质量问题我都不会起诉: 是不是 there is "whether or not", and the denial stands. */
const WHETHER_ZH = /(?:无论|無論|不管|不论|不論|不知道)$/u;
/** How far after the phrase the 吗 or ？ of a 不是…吗 question is looked for, within its clause. */
const QUESTION_REACH = 8;
function isRhetorical(folded: string, from: number, at: number, negation: number): boolean {
  if (RHETORICAL_ZH.test(folded.slice(from, at))) return true;
  if (!folded.startsWith('不是', negation)) return false;
  // 是不是要上法院: the negation is the 不 of 是不是.
  if (folded[negation - 1] === '是' && negation - 1 >= from) return !WHETHER_ZH.test(folded.slice(from, negation - 1));
  // 这不是安全隐患吗: the 吗 or ？ closes the phrase's clause within a few characters (a space ends the clause too).
  let end = at;
  while (end < folded.length && end - at < QUESTION_REACH && !CLAUSE_BREAK.test(folded[end]!) && !/\s/u.test(folded[end]!)) end++;
  return /[吗嗎]/u.test(folded.slice(at, end)) || folded[end] === '？' || folded[end] === '?';
}

function isNegated(folded: string, at: number): boolean {
  const from = clauseStart(folded, at, NEGATION_REACH);
  const before = folded.slice(from, at).replace(/[\s'"“”‘’]+$/u, '');
  const conditionBefore = (negation: number) => folded.slice(clauseStart(folded, negation, CONDITION_REACH), negation).replace(/’/g, "'");
  const zh = NEGATED_ZH.exec(before);
  if (zh) return !isRhetorical(folded, from, at, from + zh.index) && !CONDITION_ON_COMPANY_ZH.test(conditionBefore(from + zh.index));
  const en = NEGATED_EN.exec(folded.slice(from, at).replace(/’/g, "'"));
  if (en) return !CONDITION_ON_COMPANY_EN.test(conditionBefore(from + en.index));
  return false;
}

export interface FoundTerm {
  hit: LexiconHit;
  /** A negation right before it in the same clause (不会去曝光): reported, not counted. */
  negated: boolean;
}

/**
 * Every lexicon phrase in the text, without overlaps (the longer phrase wins),
 * sorted by start; a phrase that continues a longer number or lies inside a
 * neutral compound is not one.
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
      if (folded.startsWith(item.key, at) && atDigitBoundary(folded, at, item) && atWordBoundary(folded, at, item)) found.push({ at, length: item.key.length, entry: item.entry });
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
    if (insideNeutral(neutral, at, length)) continue;
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
