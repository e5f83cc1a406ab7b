/**
 * 情绪与升级识别: finds the admin's lexicon phrases in a description and says
 * how upset or escalating the customer is, with the severity that argues for.
 * Pure and fast: the matcher for one lexicon is built once (cached by the
 * array's identity) and a 5,000-character description is one pass over it.
 *
 * Negation: a phrase right after a negation in the same clause (不会去曝光,
 * 没有受伤, "will not sue") is reported in `negated` and not counted; a
 * conditional threat (不解决就曝光) is not a negation and counts.
 */
import { SEVERITY_RANK, type Channel, type Severity } from '../cases/vocabulary';
import type { LexiconEntry, LexiconKind } from './lexicon';
import { matchTerms, type LexiconHit } from './match';

export type { LexiconHit } from './match';
export { matchLexicon } from './match';

export const EMOTION_LEVELS = ['calm', 'negative', 'escalating'] as const;
export type EmotionLevel = (typeof EMOTION_LEVELS)[number];

/** Kinds that mean the complaint may leave the desk (media, regulator, court) or hurt someone. */
const ESCALATING_KINDS: ReadonlySet<LexiconKind> = new Set(['media', 'regulator', 'legal', 'safety', 'threat', 'repeat']);

/**
 * Tie-break among kinds of equal severity: what a supervisor must see first
 * (someone hurt, then a lawsuit, then publicity…), plain anger last.
 */
const KIND_PRIORITY: Record<LexiconKind, number> = { safety: 7, legal: 6, media: 5, regulator: 4, threat: 3, repeat: 2, anger: 1 };

/** A complaint counts as repeated from the second one of the same customer within the window. */
export const REPEAT_FROM = 2;

export interface EmotionContext {
  /** Complaints of the same customer within the repeat window, this one included (1 = first time). */
  repeatCount?: number;
  channel?: Channel;
}

export interface EmotionAssessment {
  /** The text assessed: the hits' offsets point into it, so a highlight never drifts from what was typed since. */
  text: string;
  /** calm: nothing found; negative: anger only; escalating: media/regulator/legal/safety/threat/repeat, from the text or the context. */
  level: EmotionLevel;
  /** The severity the hits argue for (highest among hits, raised for repeats), null when nothing was found. */
  severity: Severity | null;
  /** Counted hits, sorted by start; offsets are UTF-16 offsets into the original text. */
  hits: LexiconHit[];
  /** Phrases found but not counted because a negation precedes them (不会去曝光, 没有受伤). */
  negated: LexiconHit[];
  /** Distinct kinds, most severe first (context kinds included). */
  kinds: LexiconKind[];
  /** Kinds that come from the context rather than the text: `repeat` (repeatCount ≥ 2), `regulator` (12315 referral). */
  contextKinds: LexiconKind[];
  /** The repeat count the assessment was given (0 when unknown). */
  repeatCount: number;
}

const maxSeverity = (a: Severity | null, b: Severity): Severity => (a === null || SEVERITY_RANK[b] > SEVERITY_RANK[a] ? b : a);

/**
 * Assesses a description against a lexicon. Context rules: a 12315 referral is a
 * regulator signal, and a customer's second (or later) complaint within the
 * window adds `repeat`; either raises the suggestion to at least `serious`.
 */
export function assessEmotion(text: string, lexicon: readonly LexiconEntry[], context: EmotionContext = {}): EmotionAssessment {
  const found = matchTerms(text, lexicon);
  const hits = found.filter((item) => !item.negated).map((item) => item.hit);
  const negated = found.filter((item) => item.negated).map((item) => item.hit);

  const severityOf = new Map<LexiconKind, Severity>();
  let severity: Severity | null = null;
  for (const hit of hits) {
    severityOf.set(hit.kind, maxSeverity(severityOf.get(hit.kind) ?? null, hit.severity));
    severity = maxSeverity(severity, hit.severity);
  }

  const contextKinds: LexiconKind[] = [];
  const repeatCount = Math.max(0, Math.floor(context.repeatCount ?? 0));
  if (context.channel === 'regulator_12315') contextKinds.push('regulator');
  if (repeatCount >= REPEAT_FROM) contextKinds.push('repeat');
  for (const kind of contextKinds) {
    severityOf.set(kind, maxSeverity(severityOf.get(kind) ?? null, 'serious'));
    severity = maxSeverity(severity, 'serious');
  }

  const kinds = [...severityOf.keys()].sort(
    (a, b) => SEVERITY_RANK[severityOf.get(b)!] - SEVERITY_RANK[severityOf.get(a)!] || KIND_PRIORITY[b] - KIND_PRIORITY[a],
  );
  const level: EmotionLevel = kinds.some((kind) => ESCALATING_KINDS.has(kind)) ? 'escalating' : kinds.length > 0 ? 'negative' : 'calm';
  return { text, level, severity, hits, negated, kinds, contextKinds, repeatCount };
}
