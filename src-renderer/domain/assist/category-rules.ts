/**
 * Cold start of the category suggestion: before a desk has graded enough cases
 * for its own model, words that name each category's typical trouble give a
 * first guess. Phrases are matched as runs of characters in the normalised
 * description (no word segmentation, see text.ts), so 快递员 counts for 快递.
 */
import { CATEGORIES, type Category } from '../cases/vocabulary';
import { normaliseText } from './text';

/**
 * The built-in phrases per category. `other` has none: it is what remains when
 * nothing specific is said, which rules cannot recognise.
 */
export const CATEGORY_RULES: Readonly<Record<Category, readonly string[]>> = {
  product_quality: [
    '质量', '坏了', '坏掉', '破损', '假货', '假的', '不是正品', '变质', '漏水', '故障', '瑕疵', '次品', '残次', '不能用', '用不了',
    '开裂', '掉色', '褪色', '起球', '异味', '发霉', '过期', '死机', '失灵', '做工', '划痕', '缺陷', '不制冷', '不加热', '噪音',
    '质量差', '三无', '劣质', '少配件', '漏电',
    // A product that endangers: a battery or appliance about to burn, food that made someone ill, something in it that should not be.
    // 外卖 and 送餐 name the channel, not the trouble: 吃了外卖上吐下泻 is the food.
    '鼓包', '冒烟', '起火', '着火', '自燃', '爆炸', '触电', '短路', '烧坏', '食物中毒', '上吐下泻', '拉肚子', '腹泻', '呕吐', '异物', '吃出',
    '发臭', '不新鲜',
  ],
  service_attitude: [
    '态度', '客服', '不理', '骂', '敷衍', '推诿', '不耐烦', '冷漠', '挂电话', '挂断', '辱骂', '嘲讽', '没礼貌', '不礼貌', '恶劣',
    '爱答不理', '踢皮球', '甩锅', '傲慢', '服务差', '店员', '工作人员', '营业员', '凶', '语气',
  ],
  logistics: [
    '快递', '物流', '送货', '配送', '迟到', '发货', '签收', '包裹', '丢件', '没收到', '未收到', '送达', '派送', '运单', '骑手',
    '送错', '到货', '没到', '还没到', '揽收', '中转', '外卖', '送餐', '运输', '延误', '平邮',
  ],
  after_sales: [
    '退货', '维修', '售后', '换货', '保修', '三包', '上门', '报修', '返修', '维修点', '师傅', '安装', '退换', '没人回复', '不给退',
    '不给换', '拒绝退', '质保', '检测', '寄回', '修好',
  ],
  billing: [
    '扣费', '多收', '发票', '退款未到账', '收费', '乱收费', '扣款', '多扣', '扣钱', '账单', '差价', '费用', '话费', '自动续费',
    '会员费', '重复扣', '退款', '到账', '付款', '多付', '押金', '价格', '退钱', '返现', '计费',
  ],
  policy: [
    '规则', '活动', '优惠', '不符合政策', '政策', '条款', '规定', '保价', '满减', '优惠券', '积分', '七天无理由', '无理由', '促销',
    '宣传', '承诺', '赠品', '误导', '协议', '合同', '不符合条件', '解释权', '说明书',
  ],
  other: [],
};

export interface RuleHit {
  category: Category;
  term: string;
  weight: number;
}

/** A longer phrase says more: two characters weigh 1, three 1.5, four or more 2 (one character 0.5). */
export function termWeight(term: string): number {
  const length = [...term].length;
  return Math.min(2, Math.max(0.5, (length - 1) * 0.5 + 0.5));
}

// Normalised once: the rules are fixed, descriptions are matched many times while an agent types.
const NORMALISED: ReadonlyArray<{ category: Category; term: string; needle: string; weight: number }> = CATEGORIES.flatMap((category) =>
  CATEGORY_RULES[category].map((term) => ({ category, term, needle: normaliseText(term), weight: termWeight(term) })),
);

/** The built-in phrases found in `text`, each once, with its category and weight. */
export function matchRules(text: string): RuleHit[] {
  const haystack = normaliseText(text);
  return NORMALISED.filter(({ needle }) => haystack.includes(needle)).map(({ category, term, weight }) => ({ category, term, weight }));
}

/** The built-in phrases found in `text`, each once. */
export function rulePhrasesIn(text: string): string[] {
  return matchRules(text).map((hit) => hit.term);
}

/** The sum of the weights of the phrases found, per category (0 where none was found). */
export function scoresOf(hits: readonly RuleHit[]): Record<Category, number> {
  const scores = Object.fromEntries(CATEGORIES.map((category) => [category, 0])) as Record<Category, number>;
  for (const hit of hits) scores[hit.category] += hit.weight;
  return scores;
}
