import { describe, expect, it } from 'vitest';
import { CATEGORY_RULES, matchRules, scoresOf, termWeight } from '../../../../../src-renderer/domain/assist/category-rules';
import { suggestCategories } from '../../../../../src-renderer/domain/assist/suggestions';
import { CATEGORIES, type Category } from '../../../../../src-renderer/domain/cases/vocabulary';

/** The best category the rules alone give (cold start), or null when no phrase was found. */
const best = (text: string): Category | null => suggestCategories(matchRules(text), null)[0]?.category ?? null;

describe('built-in category rules (cold start)', () => {
  // Complaints as customers write them; the first three from ../shared/data/reviews (online_shopping_10_cats.csv).
  it.each<[string, Category]>([
    ['请问5月27号的订单已付款为何现在还没收到呢你们的快递公司是怎么发货的啊？', 'logistics'],
    ['同一个订单中这本书没有收到，那为什么还会扣钱呢', 'billing'],
    ['标好的赠品不给，还说是别的活动的。陷阱!', 'policy'],
    ['买的电热水壶用了两次底部就开始漏水，质量太差了，怀疑是假货', 'product_quality'],
    ['客服态度极差，问了三遍都不耐烦，最后直接挂电话', 'service_attitude'],
    ['冰箱坏了报修一周，维修师傅一直不上门，售后电话也没人接', 'after_sales'],
    ['我的宽带套餐每个月都被多收了20元话费，要求退还', 'billing'],
    ['活动页写着满300减50，结算时却说不符合活动规则，这是误导消费者', 'policy'],
    ['外卖骑手送错了地址，餐送到已经凉了', 'logistics'],
    // A product that hurt or endangered someone, whatever channel it came by.
    ['吃了你们的外卖全家上吐下泻，医院诊断食物中毒。', 'product_quality'],
    ['手机充电时电池鼓包冒烟，差点起火', 'product_quality'],
    ['外卖里吃出异物，孩子吃完拉肚子', 'product_quality'],
  ])('%s → %s', (text, category) => {
    expect(best(text)).toBe(category);
  });

  it('offers both categories, with their confidence, for a complaint about two things', () => {
    const text = '我11月21日订的书，到今天为止11天了还没收到货！中途打电话到客服去问，客服态度冷漠：“那我也没办法”，都没说跟我查一下';
    const suggestions = suggestCategories(matchRules(text), null);
    expect(suggestions.map((s) => s.category).sort()).toEqual(['logistics', 'service_attitude']);
    expect(suggestions.every((s) => s.source === 'rules' && s.probability > 0.2 && s.probability < 0.6)).toBe(true);
  });

  it('finds nothing in a text that names no typical trouble, and then suggests nothing', () => {
    expect(matchRules('我想咨询一下你们周末几点开门')).toEqual([]);
    expect(suggestCategories(matchRules('我想咨询一下你们周末几点开门'), null)).toEqual([]);
  });

  it('matches full-width and upper-case spellings the same way (NFKC, case folding)', () => {
    expect(matchRules('ＡＰＰ里的优惠券用不了').map((hit) => hit.term)).toEqual(expect.arrayContaining(['用不了', '优惠', '优惠券']));
  });

  it('weighs longer phrases more and adds up every phrase found', () => {
    expect([termWeight('骂'), termWeight('快递'), termWeight('快递员'), termWeight('退款未到账')]).toEqual([0.5, 1, 1.5, 2]);
    const scores = scoresOf(matchRules('快递迟到了，物流信息也不更新'));
    expect(scores.logistics).toBe(3); // 快递, 迟到, 物流
    expect(scores.other).toBe(0);
  });

  it('has phrases for every category but 其他, none repeated within a category', () => {
    for (const category of CATEGORIES) {
      const terms = CATEGORY_RULES[category];
      expect(new Set(terms).size).toBe(terms.length);
      expect(terms.length > 0).toBe(category !== 'other');
    }
  });
});
