import { describe, expect, it } from 'vitest';
import { matchRules, scoresOf } from '../../../../../src-renderer/domain/assist/category-rules';
import { assessEmotion } from '../../../../../src-renderer/domain/assist/emotion';
import { DEFAULT_LEXICON } from '../../../../../src-renderer/domain/assist/lexicon';
import {
  blendWeight,
  isColdStart,
  modelWeight,
  ruleDistribution,
  suggestCategories,
  suggestSeverity,
  SuggestInput,
  unfamiliarPhrases,
  type ModelView,
} from '../../../../../src-renderer/domain/assist/suggestions';
import type { Category, Severity } from '../../../../../src-renderer/domain/cases/vocabulary';

/** A model that learned `examples` cases spread over `labels`, answering `predictions` for any text. */
function modelOf<L extends string>(examples: number, perLabel: Partial<Record<L, number>>, predictions: Array<[L, number]>): ModelView<L> {
  return { examples, perLabel, predictions: predictions.map(([label, probability]) => ({ label, probability })) };
}

/** A text the rules read as logistics only (快递, 配送). */
const LOGISTICS_TEXT = '快递配送太慢了';
/** The desk's own model reads it as after-sales, with 90 %. */
const deskModel = (examples: number) =>
  modelOf<Category>(examples, { after_sales: Math.ceil(examples / 2), logistics: Math.floor(examples / 2) }, [
    ['after_sales', 0.9],
    ['logistics', 0.1],
  ]);

describe('category suggestions: rules, model and the blend', () => {
  it('uses the rules alone before the model knows 50 cases (cold start)', () => {
    const suggestions = suggestCategories(matchRules(LOGISTICS_TEXT), deskModel(49));
    expect(suggestions).toEqual([{ category: 'logistics', probability: expect.closeTo(2.3 / 4.1, 6), source: 'rules' }]);
  });

  it('moves from the rules to the model as the desk’s graded cases grow', () => {
    const share = (examples: number) => {
      const suggestions = suggestCategories(matchRules(LOGISTICS_TEXT), deskModel(examples));
      return Object.fromEntries(suggestions.map((s) => [s.category, s.probability]));
    };
    // At 50 cases the rules still lead; at 100 the two weigh the same; from then on the model leads, more and more.
    expect(share(50).logistics).toBeGreaterThan(share(50).after_sales!);
    expect(share(300).after_sales).toBeGreaterThan(share(300).logistics!);
    expect(share(5_000).after_sales).toBeGreaterThan(share(300).after_sales!);
    expect(share(5_000).after_sales).toBeGreaterThan(0.85);
    expect(suggestCategories(matchRules(LOGISTICS_TEXT), deskModel(300)).map((s) => s.source)).toEqual(['blend', 'blend']);
    expect([modelWeight(49), modelWeight(100), modelWeight(900)]).toEqual([0, 0.5, 0.9]);
    // Categories neither a phrase named nor the model knows get no chip.
    expect(suggestCategories(matchRules(LOGISTICS_TEXT), deskModel(50)).map((s) => s.category).sort()).toEqual(['after_sales', 'logistics']);
  });

  it('trusts the model on a category only as far as the desk chose it 5 times, giving the rest to the rules', () => {
    const answer: Array<[Category, number]> = [
      ['logistics', 0.7],
      ['after_sales', 0.2],
      ['billing', 0.1],
    ];
    const text = '我想咨询一下售后'; // the rules: 售后 → after-sales
    const thin = suggestCategories(matchRules(text), modelOf<Category>(400, { after_sales: 300, billing: 96, logistics: 4 }, answer));
    const known = suggestCategories(matchRules(text), modelOf<Category>(400, { after_sales: 200, billing: 100, logistics: 100 }, answer));
    const share = (list: typeof thin, category: Category) => list.find((s) => s.category === category)?.probability ?? 0;
    const rule = { after_sales: 1.3 / 3.1, other: 0.3 / 3.1 };
    // 400 cases: the model weighs 0.8. Logistics was chosen 4 times of 5: the model's 70 % counts as 56 %,
    // and the 14 % it loses are spread as the rules say.
    expect(share(thin, 'logistics')).toBeCloseTo(0.8 * (0.56 + 0.14 * rule.other) + 0.2 * rule.other, 6);
    expect(share(known, 'logistics')).toBeCloseTo(0.8 * 0.7 + 0.2 * rule.other, 6);
    expect(share(thin, 'after_sales')).toBeCloseTo(0.8 * (0.2 + 0.14 * rule.after_sales) + 0.2 * rule.after_sales, 6);
  });

  it('stays in cold start while only one category has enough cases', () => {
    expect(isColdStart(200, { logistics: 200 })).toBe(true);
    expect(isColdStart(200, { logistics: 195, billing: 5 })).toBe(false);
    expect(isColdStart(49, { logistics: 25, billing: 24 })).toBe(true);
  });

  it('uses the model alone when no rule phrase is found, and keeps at most three chips above 5 %', () => {
    const model = modelOf<Category>(300, { policy: 100, billing: 100, other: 90, logistics: 10 }, [
      ['policy', 0.5],
      ['billing', 0.3],
      ['other', 0.16],
      ['logistics', 0.04],
    ]);
    expect(suggestCategories(matchRules('我想咨询一下'), model)).toEqual([
      { category: 'policy', probability: 0.5, source: 'model' },
      { category: 'billing', probability: 0.3, source: 'model' },
      { category: 'other', probability: 0.16, source: 'model' },
    ]);
  });

  it('lets the rules speak for a phrase the model learned from fewer than 5 cases, as far as that phrase weighs', () => {
    // A take-away desk: its model reads any text as logistics, and has never learned 漏电.
    const takeAway = (phraseExamples?: Record<string, number>) => ({
      ...modelOf<Category>(900, { logistics: 800, service_attitude: 100 }, [
        ['logistics', 0.9],
        ['service_attitude', 0.1],
      ]),
      ...(phraseExamples ? { phraseExamples } : {}),
    });
    const text = '热水器漏电，洗澡时被电了一下';
    const hits = matchRules(text);
    expect(hits.map((hit) => hit.term)).toEqual(['漏电']);
    // Without knowing what the model learned of the phrase, the model's 0.9 weight decides.
    expect(suggestCategories(hits, takeAway())[0]!.category).toBe('logistics');
    // Never learned: the rules alone.
    const unknown = suggestCategories(hits, takeAway({ 漏电: 0 }));
    expect(unknown[0]).toEqual({ category: 'product_quality', probability: expect.closeTo(1.3 / 3.1, 6), source: 'blend' });
    expect(blendWeight(hits, takeAway({ 漏电: 0 }))).toBe(0);
    // Learned from 2 cases: 2/5 of the model's weight; from 5 on, all of it.
    expect(blendWeight(hits, takeAway({ 漏电: 2 }))).toBeCloseTo(0.9 * 0.4, 10);
    expect(blendWeight(hits, takeAway({ 漏电: 5 }))).toBeCloseTo(0.9, 10);
    expect(suggestCategories(hits, takeAway({ 漏电: 40 }))).toEqual(suggestCategories(hits, takeAway()));
    // Several phrases: the unknown one takes its share by weight (漏电 1 of 快递 1 + 漏电 1).
    const mixed = matchRules('快递送来的热水器漏电');
    expect(blendWeight(mixed, takeAway({ 快递: 300, 漏电: 0 }))).toBeCloseTo(0.9 * 0.5, 10);
    expect(unfamiliarPhrases(mixed, takeAway({ 快递: 300, 漏电: 0 }))).toEqual(['漏电']);
    expect(unfamiliarPhrases(mixed, takeAway({ 快递: 300, 漏电: 5 }))).toEqual([]);
    // A phrase holding a familiar shorter one is familiar: a desk of 质量 complaints knows 质量差.
    const nested = matchRules('质量差，用两天就坏了');
    expect(nested.map((hit) => hit.term).sort()).toEqual(['坏了', '质量', '质量差'].sort());
    expect(unfamiliarPhrases(nested, takeAway({ 质量: 50, 质量差: 0, 坏了: 40 }))).toEqual([]);
    expect(blendWeight(nested, takeAway({ 质量: 50, 质量差: 0, 坏了: 40 }))).toBeCloseTo(0.9, 10);
    expect(unfamiliarPhrases(nested, takeAway({ 质量: 0, 质量差: 0, 坏了: 40 }))).toEqual(['质量', '质量差']);
    // In cold start the rules speak anyway: nothing to name.
    expect(unfamiliarPhrases(mixed, { ...modelOf<Category>(40, { logistics: 40 }, []), phraseExamples: { 快递: 0, 漏电: 0 } })).toEqual([]);
  });

  it('smooths the rules so that one phrase does not claim certainty', () => {
    const rules = ruleDistribution(scoresOf(matchRules('快递')))!;
    expect(rules.logistics).toBeCloseTo(1.3 / 3.1, 6);
    expect(Object.values(rules).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(ruleDistribution(scoresOf(matchRules('你好')))).toBeNull();
  });
});

describe('severity suggestion', () => {
  const THREAT = '再不处理我就去12315投诉，还要找媒体曝光';

  it('suggests the lexicon’s severity with each phrase found as a reason', () => {
    const suggestion = suggestSeverity(assessEmotion(THREAT, DEFAULT_LEXICON), null);
    expect(suggestion.suggested).toBe('major');
    expect(suggestion.reasons.map((r) => (r.source === 'lexicon' ? `${r.term}:${r.severity}` : r.source))).toEqual([
      '媒体:major',
      '曝光:major',
      '12315:serious',
    ]);
    const media = suggestion.reasons.find((r) => r.source === 'lexicon' && r.term === '媒体');
    expect(media && media.source === 'lexicon' && THREAT.slice(media.start, media.end)).toBe('媒体');
  });

  it('takes a confident model’s severity when it is higher than the lexicon’s', () => {
    const model = modelOf<Severity>(200, { general: 120, serious: 80 }, [
      ['serious', 0.8],
      ['general', 0.2],
    ]);
    const suggestion = suggestSeverity(assessEmotion('热水器用了一周就不加热了', DEFAULT_LEXICON), model);
    expect(suggestion).toEqual({ suggested: 'serious', reasons: [{ source: 'model', severity: 'serious', probability: 0.8 }] });
  });

  it('ignores an unsure or cold model, and keeps the lexicon’s higher severity over a confident lower one', () => {
    const unsure = modelOf<Severity>(200, { general: 120, serious: 80 }, [
      ['serious', 0.55],
      ['general', 0.45],
    ]);
    expect(suggestSeverity(assessEmotion('质量一般', DEFAULT_LEXICON), unsure)).toEqual({ suggested: null, reasons: [] });
    const cold = modelOf<Severity>(30, { general: 15, serious: 15 }, [['serious', 0.99]]);
    expect(suggestSeverity(assessEmotion('质量一般', DEFAULT_LEXICON), cold).suggested).toBeNull();
    const general = modelOf<Severity>(200, { general: 190, serious: 10 }, [['general', 0.95]]);
    const suggestion = suggestSeverity(assessEmotion(THREAT, DEFAULT_LEXICON), general);
    expect(suggestion.suggested).toBe('major');
    expect(suggestion.reasons.at(-1)).toEqual({ source: 'model', severity: 'general', probability: 0.95 });
  });

  it('names a repeat complainant and a 12315 referral as reasons from the context', () => {
    const suggestion = suggestSeverity(assessEmotion('还是没有收到退款', DEFAULT_LEXICON, { repeatCount: 3, channel: 'regulator_12315' }), null);
    expect(suggestion.suggested).toBe('serious');
    expect(suggestion.reasons).toEqual(
      expect.arrayContaining([
        { source: 'context', kind: 'repeat', severity: 'serious' },
        { source: 'context', kind: 'regulator', severity: 'serious' },
      ]),
    );
  });
});

describe('SuggestInput', () => {
  it('accepts a description up to 5,000 characters and refuses a longer one or an unknown channel', () => {
    expect(SuggestInput.safeParse({ text: '投'.repeat(5000) }).success).toBe(true);
    const long = SuggestInput.safeParse({ text: '投'.repeat(5001) });
    expect(long.success || long.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['text', 'validation.tooLong']]);
    const channel = SuggestInput.safeParse({ text: '快递', channel: 'pigeon' });
    expect(channel.success || channel.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['channel', 'validation.chooseOne']]);
    expect(SuggestInput.parse({})).toEqual({ text: '', phone: '', email: '', socialPlatform: '', socialAccount: '' });
  });
});
