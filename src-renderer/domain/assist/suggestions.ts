/**
 * What the desk suggests for a description: the likely categories (built-in
 * rules at first, the desk's own model as its graded cases grow) and a
 * severity (the lexicon's and a confident model's, whichever is higher), each
 * with its reasons. Pure: the store host feeds it the text's rule scores, the
 * models' predictions and the emotion assessment. The agent's choice always
 * wins; these only propose.
 */
import { z } from 'zod';
import { SOCIAL_ACCOUNT_MAX, socialPlatformField } from '../cases/account';
import { CATEGORIES, CHANNELS, SEVERITY_RANK, type Category, type Severity } from '../cases/vocabulary';
import { DESCRIPTION_MAX } from '../cases/registration';
import { id } from '../common/fields';
import { scoresOf, type RuleHit } from './category-rules';
import type { EmotionAssessment } from './emotion';
import type { LexiconKind } from './lexicon';

/** Below this many learned cases the model is not asked at all: the rules answer (cold start). */
export const MODEL_MIN_EXAMPLES = 50;
/** A label the desk chose fewer times than this is too thin for the model: the rules speak for it. */
export const MODEL_MIN_PER_LABEL = 5;
/** At this many learned cases the model and the rules weigh the same; beyond it the model dominates. */
export const MODEL_EVEN_AT = 100;
/** Pseudo-score of every category in the rule distribution, so one phrase found does not claim 100 %. */
export const RULE_SMOOTHING = 0.3;
/** Categories less likely than this are not worth a chip. */
export const SHOWN_MIN = 0.05;
export const SHOWN_MAX = 3;
/** A severity model's top answer counts as a reason only from this probability on. */
export const MODEL_CONFIDENT = 0.6;

export interface LabelProbability<L extends string> {
  label: L;
  probability: number;
}

/** What the store host knows of one model when it asks for a suggestion. */
export interface ModelView<L extends string> {
  /** Cases learned from. */
  examples: number;
  /** Cases learned from, per label. */
  perLabel: Readonly<Partial<Record<L, number>>>;
  /** The model's probabilities for this text, over every label it knows (empty when it was not asked). */
  predictions: readonly LabelProbability<L>[];
  /**
   * For the built-in phrases found in the text: about how many learned cases
   * contain each (see `examplesWith`). A phrase left out counts as well known.
   */
  phraseExamples?: Readonly<Record<string, number>>;
}

export type SuggestionSource = 'rules' | 'model' | 'blend';

export interface CategorySuggestion {
  category: Category;
  /** Confidence: the blended probability, 0–1. */
  probability: number;
  source: SuggestionSource;
}

/** True while a model knows too little to be asked: too few cases, or fewer than two labels with enough of them. */
export function isColdStart(examples: number, perLabel: Readonly<Partial<Record<string, number>>>): boolean {
  const usable = Object.values(perLabel).filter((count) => (count ?? 0) >= MODEL_MIN_PER_LABEL).length;
  return examples < MODEL_MIN_EXAMPLES || usable < 2;
}

/** The model's share of the blend: 0 in cold start, ½ at MODEL_EVEN_AT cases, towards 1 as data grows. */
export function modelWeight(examples: number): number {
  return examples < MODEL_MIN_EXAMPLES ? 0 : examples / (examples + MODEL_EVEN_AT);
}

/**
 * The phrases found that fewer than MODEL_MIN_PER_LABEL of the model's cases
 * contain, in the order found: for those the model's answer rests mostly on the
 * rest of the text, so the rules weigh more (see `blendWeight`).
 */
export function unfamiliarPhrases(hits: readonly RuleHit[], model: ModelView<Category> | null): string[] {
  if (!model || isColdStart(model.examples, model.perLabel)) return [];
  return [...new Set(hits.filter((hit) => familiarity(hit, hits, model) < 1).map((hit) => hit.term))];
}

/**
 * 0 for a phrase no learned case contains, 1 from MODEL_MIN_PER_LABEL cases on. A phrase holding
 * a shorter one found too (退款未到账 holds 退款) is as familiar as the more familiar of the two:
 * a desk of 退款 complaints knows what 退款未到账 is about.
 */
function familiarity(hit: RuleHit, hits: readonly RuleHit[], model: ModelView<Category>): number {
  const of = (term: string) => {
    const examples = model.phraseExamples?.[term];
    return examples === undefined ? 1 : Math.min(1, examples / MODEL_MIN_PER_LABEL);
  };
  return hits.reduce((best, other) => (other.term !== hit.term && hit.term.includes(other.term) ? Math.max(best, of(other.term)) : best), of(hit.term));
}

/**
 * The model's share of the blend for this text: `modelWeight`, less the part
 * of the rules' evidence (by phrase weight) in phrases the model barely knows —
 * all of a phrase's part when no learned case contains it, a fifth less for
 * each case that does, none from five cases on.
 * A desk of take-away complaints has learned nothing of 漏电: its model
 * answers a 热水器漏电 text from the rest of the words, which say 物流配送,
 * while the rule that names 漏电 says 产品质量. Phrases it knows leave the
 * weight as it was.
 */
export function blendWeight(hits: readonly RuleHit[], model: ModelView<Category>): number {
  const total = hits.reduce((sum, hit) => sum + hit.weight, 0);
  const known = hits.reduce((sum, hit) => sum + hit.weight * familiarity(hit, hits, model), 0);
  return modelWeight(model.examples) * (total > 0 ? known / total : 1);
}

/** Rule scores as probabilities (smoothed over every category); null when no phrase was found. */
export function ruleDistribution(scores: Readonly<Record<Category, number>>): Record<Category, number> | null {
  const total = CATEGORIES.reduce((sum, category) => sum + scores[category], 0);
  if (total <= 0) return null;
  const denominator = total + RULE_SMOOTHING * CATEGORIES.length;
  return Object.fromEntries(CATEGORIES.map((category) => [category, (scores[category] + RULE_SMOOTHING) / denominator])) as Record<Category, number>;
}

const byProbability = (a: CategorySuggestion, b: CategorySuggestion) =>
  b.probability - a.probability || CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category);

const top = (list: CategorySuggestion[]) => list.filter((s) => s.probability >= SHOWN_MIN).sort(byProbability).slice(0, SHOWN_MAX);

/**
 * Up to three likely categories, best first, from the built-in phrases found
 * in the text (`matchRules`) and the desk's model. Cold start: the rules alone, and
 * only categories one of their phrases named. Then the model's probabilities
 * mixed with the rules' by `blendWeight` (the model alone when no phrase was
 * found). The model is trusted on a category only as far as the desk chose it
 * MODEL_MIN_PER_LABEL times: below that its probability is scaled down and the
 * share it loses goes to the rules (or, without any phrase, to the categories
 * it is trusted on). Categories no phrase named and the model never learned get no chip.
 */
export function suggestCategories(hits: readonly RuleHit[], model: ModelView<Category> | null): CategorySuggestion[] {
  const scores = scoresOf(hits);
  const rules = ruleDistribution(scores);
  if (!model || isColdStart(model.examples, model.perLabel)) {
    if (!rules) return [];
    return top(CATEGORIES.filter((c) => scores[c] > 0).map((category) => ({ category, probability: rules[category], source: 'rules' as const })));
  }
  const learned = Object.fromEntries(model.predictions.map((p) => [p.label, p.probability])) as Partial<Record<Category, number>>;
  const trusted = Object.fromEntries(
    CATEGORIES.map((c) => [c, (learned[c] ?? 0) * Math.min(1, (model.perLabel[c] ?? 0) / MODEL_MIN_PER_LABEL)]),
  ) as Record<Category, number>;
  const kept = CATEGORIES.reduce((sum, c) => sum + trusted[c], 0);
  const candidates = CATEGORIES.filter((c) => scores[c] > 0 || learned[c] !== undefined);
  if (!rules) {
    return top(candidates.map((category) => ({ category, probability: kept > 0 ? trusted[category] / kept : 0, source: 'model' as const })));
  }
  const weight = blendWeight(hits, model);
  return top(
    candidates.map((category) => {
      const fromModel = trusted[category] + (1 - kept) * rules[category];
      return { category, probability: weight * fromModel + (1 - weight) * rules[category], source: 'blend' as const };
    }),
  );
}

export type SeverityReason =
  /** A lexicon phrase found in the text (offsets into the text, for highlighting). */
  | { source: 'lexicon'; term: string; kind: LexiconKind; severity: Severity; start: number; end: number }
  /** Something around the text: a 12315 referral (`regulator`) or a repeat complainant (`repeat`). */
  | { source: 'context'; kind: LexiconKind; severity: Severity }
  /** The desk's own severity model, confident enough. */
  | { source: 'model'; severity: Severity; probability: number };

export interface SeveritySuggestion {
  /** The highest severity the reasons argue for; null when there is no reason to suggest anything. */
  suggested: Severity | null;
  /** Why, most severe first. */
  reasons: SeverityReason[];
}

/** Context kinds raise the suggestion to at least this (see assessEmotion). */
const CONTEXT_SEVERITY: Severity = 'serious';

const higher = (a: Severity | null, b: Severity): Severity => (a === null || SEVERITY_RANK[b] > SEVERITY_RANK[a] ? b : a);

/**
 * The severity to suggest: the maximum of what the lexicon (and the context)
 * argues for and the severity model's answer when it is confident and knows
 * enough of that severity. Every lexicon hit is a reason, each phrase once.
 */
export function suggestSeverity(emotion: EmotionAssessment, model: ModelView<Severity> | null): SeveritySuggestion {
  const reasons: SeverityReason[] = [];
  const seen = new Set<string>();
  for (const hit of emotion.hits) {
    if (seen.has(hit.term)) continue;
    seen.add(hit.term);
    reasons.push({ source: 'lexicon', term: hit.term, kind: hit.kind, severity: hit.severity, start: hit.start, end: hit.end });
  }
  for (const kind of emotion.contextKinds) reasons.push({ source: 'context', kind, severity: CONTEXT_SEVERITY });
  let suggested = emotion.severity;
  const best = model && !isColdStart(model.examples, model.perLabel) ? model.predictions[0] : undefined;
  if (best && best.probability >= MODEL_CONFIDENT && (model!.perLabel[best.label] ?? 0) >= MODEL_MIN_PER_LABEL) {
    reasons.push({ source: 'model', severity: best.label, probability: best.probability });
    suggested = higher(suggested, best.label);
  }
  reasons.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  return { suggested, reasons };
}

/** `assist.suggest`: a description being typed (or a case's, by id) and what identifies the customer. */
export const SuggestInput = z.object({
  /** At intake, the description as typed; with `caseId` it may be left empty to mean the case's own description. */
  text: z.string({ error: 'validation.invalid' }).max(DESCRIPTION_MAX, { error: 'validation.tooLong' }).default(''),
  channel: z.enum(CHANNELS, { error: 'validation.chooseOne' }).optional(),
  phone: z.string({ error: 'validation.invalid' }).max(40, { error: 'validation.tooLong' }).default(''),
  email: z.string({ error: 'validation.invalid' }).max(254, { error: 'validation.tooLong' }).default(''),
  /** The account being typed: a customer known by it complains again as one known by the phone does. */
  socialPlatform: socialPlatformField().default(''),
  socialAccount: z.string({ error: 'validation.invalid' }).max(SOCIAL_ACCOUNT_MAX * 2, { error: 'validation.tooLong' }).default(''),
  /** A registered case (grading): its own contacts, channel and time are used, and it is not its own repeat or example. */
  caseId: id().optional(),
});
export type SuggestArgs = z.input<typeof SuggestInput>;

export interface Suggestions {
  categories: CategorySuggestion[];
  severity: SeveritySuggestion;
  emotion: EmotionAssessment;
  /** Complaints of this customer within the repeat window, this one included (1: the first). */
  repeatCount: number;
  /**
   * The category model behind the suggestion: rules only while `coldStart`,
   * else learned from `examples` cases; `unfamiliar`: the built-in phrases
   * found that it barely learned, for which the rules spoke (`unfamiliarPhrases`).
   */
  model: { coldStart: boolean; examples: number; unfamiliar: string[] };
}
