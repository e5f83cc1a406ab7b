/**
 * 情绪与升级词库: words and phrases that mark an angry or escalating customer
 * (going to the media, the regulator or court, safety, threats), each with the
 * severity it argues for. The administrator edits the list (settings key `assist`);
 * the store host matches it against a description and explains its suggestion.
 */
import { z } from 'zod';
import { typedString } from '../common/fields';
import { SEVERITIES, type Severity } from '../cases/vocabulary';
import { editionOf, termsAddedAfter } from './lexicon-editions';
import { termKey } from './match';

export const LEXICON_KINDS = ['media', 'regulator', 'legal', 'safety', 'threat', 'anger', 'repeat'] as const;
export type LexiconKind = (typeof LEXICON_KINDS)[number];

export interface LexiconEntry {
  /** The phrase as typed by the admin (matched after NFKC + case folding, so `１２３１５` and `12315` are one term). */
  term: string;
  kind: LexiconKind;
  /** The severity a description containing this phrase should at least have. */
  severity: Severity;
}

export const LEXICON_MAX = 500;
export const TERM_MAX = 30;

export const LexiconEntrySchema = z.object({
  term: typedString('validation.required')
    .min(1, { error: 'validation.required' })
    .max(TERM_MAX, { error: 'validation.tooLong' })
    // A single character (的, 火) or a mark lights up ordinary descriptions: a phrase says something.
    .superRefine((term, ctx) => {
      if (term === '') return;
      if (!/[\p{L}\p{N}]/u.test(term)) ctx.addIssue({ code: 'custom', message: 'validation.termNoWords' });
      else if ([...termKey(term)].length < 2) ctx.addIssue({ code: 'custom', message: 'validation.termTooShort' });
    }),
  kind: z.enum(LEXICON_KINDS, { error: 'validation.chooseOne' }),
  severity: z.enum(SEVERITIES, { error: 'validation.chooseOne' }),
});

export const LexiconSchema = z
  .array(LexiconEntrySchema)
  .max(LEXICON_MAX, { error: 'validation.tooMany' })
  .superRefine((list, ctx) => {
    // Reported on the later row's term, so the editor marks the row the admin just typed.
    const seen = new Set<string>();
    list.forEach((entry, index) => {
      const key = termKey(entry.term);
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: 'validation.termTaken', path: [index, 'term'], params: { term: entry.term } });
      seen.add(key);
    });
  });

/** The severity a phrase of each kind usually argues for: the built-in list uses it, and a new entry starts with it. */
export const KIND_SEVERITY: Record<LexiconKind, Severity> = {
  media: 'major',
  regulator: 'serious',
  legal: 'major',
  safety: 'major',
  threat: 'serious',
  anger: 'general',
  repeat: 'serious',
};

const entries = (kind: LexiconKind, terms: string[]): LexiconEntry[] => terms.map((term) => ({ term, kind, severity: KIND_SEVERITY[kind] }));

/**
 * The built-in list a new desk starts with (cold start: it works before any case
 * is graded). Phrases, not single characters, so that ordinary descriptions do
 * not light up; the longer phrase wins where two overlap (网上曝光 over 曝光),
 * and a phrase inside a neutral compound (媒体 in 多媒体) does not count
 * (lexicon-neutral.ts).
 */
export const DEFAULT_LEXICON: LexiconEntry[] = [
  ...entries('media', [
    '曝光', '媒体', '记者', '电视台', '报社', '上热搜', '发微博', '发抖音', '网上曝光', '发帖', '自媒体',
    // Social media as a threat: posting there, not reading an advert there (朋友圈 alone is where a customer saw the offer).
    '发朋友圈', '发到朋友圈', '发到抖音', '发小红书', '发到小红书', '发到微博', '发到网上',
    // National media and the public complaint sites by name; 央视 as a threat is gone to (找央视, 和央视), not watched (央视的广告, 央视财经).
    '人民日报', '新华社', '找央视', '上央视', '向央视', '给央视', '联系央视', '告到央视', '投诉到央视', '和央视', '或央视', '央视曝光', '央视记者', '焦点访谈', '315晚会', '新闻热线', '爆料', '黑猫投诉',
  ]),
  ...entries('regulator', [
    '12315', '消协', '消费者协会', '市场监管', '工商局', '投诉到监管', '12345', '质监局', '物价局', '信访', '市长热线', '监管部门',
    // The regulator by its full and short names (市场监督管理局, 市监局), the 工商 of old (not 工商 alone: 工商银行).
    '市场监督管理', '市场监督局', '市监局', '工商部门', '工商所', '工商管理部门', '消保委', '消委会', '315热线', '投诉315', '投诉到315',
  ]),
  // The threat, not the profession or the building: 律师事务所的快递, 我是一名律师, 法院旁边的门店 say nothing.
  ...entries('legal', [
    '起诉', '打官司', '诉讼', '律师函', '报警', '仲裁', '法律途径', '追究责任', '告你们', '告你', '找律师', '请律师', '委托律师', '联系律师',
    '咨询律师', '上法院', '告到法院', '告上法庭', '法院见', '法庭见',
  ]),
  ...entries('safety', [
    '爆炸', '起火', '着火', '冒烟', '自燃', '触电', '漏电', '中毒', '受伤', '烫伤', '割伤', '住院', '过敏', '食物中毒', '异物', '安全隐患', '呕吐', '腹泻',
    // 划伤 alone is mostly goods scratched in transit (冰箱门划伤了): a person cut is said with the hand or the child.
    // (Not 手划伤 or 把手划伤: a door's 把手 is scratched too; not 划伤手: 划伤手机屏幕.)
    '划伤了手', '手被划伤', '划破了手', '手被划破', '孩子被划伤', '划伤手指', '手指被划伤', '划破手指', '手指划破',
    // Sparks, a plug too hot to touch, wiring that burns, a swollen battery; a rash after eating.
    // (Not 焦味 or 焦糊味 alone: 米饭有焦糊味 is the rice.)
    '冒火花', '打火花', '电火花', '插头发烫', '插座发烫', '插头烧焦', '插座烧焦', '电线烧焦', '烧焦的塑料味', '塑料烧焦', '电池起鼓', '起红疹', '起疹子', '红疹',
    // A battery about to catch fire: swollen or leaking (not 漏液 alone: a bottle of detergent leaks in a parcel; not 烧焦: burnt food is no hazard).
    '鼓包', '电池漏液',
    '拉肚子', '上吐下泻', '煤气味', '燃气味', '煤气泄漏', '燃气泄漏', '误吞', '误食',
    // Violence against a person (not 被打 alone: 包装被打开; not 打人工客服, see lexicon-neutral.ts).
    '动手打人', '打人', '殴打', '打伤', '打肿', '挨打', '被打了', '推搡',
    // Something hard in the food, and the mouth or throat it hurt; … is a word or two between (吃出了一根铁丝, 嘴巴被划破).
    '吃出…铁丝', '吃出…钢丝', '吃出…玻璃', '吃出…钉子', '吃出…刀片', '吃出…别针', '吃出…铁片',
    '嘴…划破', '划破…嘴', '嘴…割破', '割破…嘴', '扎破…嘴', '硌…牙', '崩…牙', '卡…喉咙',
    // Food poisoning as customers say it (拉了三次肚子, 吃坏了肚子), and what the hospital did.
    '拉了…肚子', '闹肚子', '拉稀', '肚子疼', '肚子痛', '吃坏…肚子', '肠胃炎', '胃肠炎', '洗胃', '送医院', '送医', '急诊', '打点滴',
  ]),
  // 最后一次 alone is also "the last time I buy here" (a lost customer, not an escalation).
  ...entries('threat', ['最后一次机会', '最后一次警告', '不解决就', '没完', '讨个说法', '给个说法', '走着瞧', '后果自负', '绝不罢休', '闹大']),
  ...entries('anger', ['欺骗', '骗子', '垃圾', '恶心', '太差', '气死', '无语', '坑人', '忽悠', '太过分', '忍无可忍', '黑心', '奸商', '失望透顶']),
  // Said of the complaint itself: 没人处理 (slow handling) or 又一次坏了 (a product failing again) is no repeat complaint.
  ...entries('repeat', [
    '多次投诉', '再次投诉', '二次投诉', '第二次投诉', '第三次投诉', '投诉过好几次', '投诉了好几次', '投诉过多次', '反复投诉', '重复投诉', '上次投诉',
    '三番五次', '反复联系', '复诉', '上次反映', '反映过多次',
    // The customer calling again about it, as an agent writes it (not 多次打电话催: a late delivery chased; not 致电: the desk calls too).
    '第二次来电', '第三次来电', '第四次来电', '第五次来电', '第2次来电', '第3次来电', '第4次来电', '多次来电', '再次来电', '反复来电', '屡次来电',
    '又一次来电', '第三次打电话', '第四次打电话', '第3次打电话',
  ]),
  // English, for a desk whose customers write it: whole words (see match.ts), inflections included (lawyers, sued).
  ...entries('media', ['the media', 'the press', 'newspaper', 'journalist', 'reporter', 'tv station', 'go public']),
  ...entries('regulator', ['regulator', 'consumer association', 'consumer council', 'consumer protection', 'trading standards', 'ombudsman']),
  ...entries('legal', ['lawyer', 'attorney', 'solicitor', 'sue', 'suing', 'lawsuit', 'legal action', 'to court', 'in court', 'call the police']),
  ...entries('safety', [
    'hurt', 'injured', 'injury', 'injuries', 'caught fire', 'on fire', 'burn', 'burnt', 'scalded', 'electric shock', 'electrocuted',
    'leaked electricity', 'leaking electricity', 'leaks electricity', 'explode', 'exploding', 'explosion', 'poisoning', 'poisoned', 'choking',
  ]),
  ...entries('anger', ['scam', 'rip-off', 'disgusting', 'unacceptable']),
];

/**
 * Phrases an earlier built-in list had and today's has not: they flagged ordinary descriptions
 * (slow handling, a product failing again, a lawyer's parcel, a shop by the court). A desk that
 * saved its lexicon before still holds them, and the editor offers to remove them.
 */
const RETIRED_DEFAULTS: readonly LexiconEntry[] = [
  // Mostly goods scratched (屏幕有划伤, 地板划伤了): a person cut is said with the hand or the child (edition 3).
  ...entries('safety', ['划伤']),
  ...entries('repeat', ['又一次', '第三次', '好几次', '一直没人管', '没人处理']),
  // The profession and the building, not a threat: 律师事务所的快递寄错了, 我是一名律师, 法院旁边的门店.
  ...entries('legal', ['律师', '法院']),
  // Also "the last time I buy here": a lost customer, not an escalation.
  ...entries('threat', ['最后一次']),
];

/**
 * The retired built-in phrases still in the admin's list as they were built in (same kind and
 * severity): the editor offers to remove them. One the admin changed is their own and stays.
 */
export function retiredDefaultsIn(list: readonly LexiconEntry[]): LexiconEntry[] {
  const retired = new Map(RETIRED_DEFAULTS.map((entry) => [termKey(entry.term), entry]));
  return list.filter((entry) => {
    const builtIn = retired.get(termKey(entry.term));
    return builtIn !== undefined && builtIn.kind === entry.kind && builtIn.severity === entry.severity;
  });
}

/**
 * The admin's list with every built-in phrase it lacks appended ("restore the
 * built-in list"): the admin's own entries and their edits stay as they are.
 */
export function withMissingDefaults(list: readonly LexiconEntry[]): LexiconEntry[] {
  const known = new Set(list.map((entry) => termKey(entry.term)));
  return [...list, ...DEFAULT_LEXICON.filter((entry) => !known.has(termKey(entry.term)))];
}

/**
 * The built-in phrases added after the edition a saved list was saved against that it lacks (see
 * lexicon-editions.ts): the editor offers to add them. None for a list saved against this edition.
 */
export function newDefaultsFor(list: readonly LexiconEntry[], savedEdition: number | undefined): LexiconEntry[] {
  const added = termsAddedAfter(editionOf(savedEdition));
  if (added.size === 0) return [];
  const known = new Set(list.map((entry) => termKey(entry.term)));
  return DEFAULT_LEXICON.filter((entry) => added.has(termKey(entry.term)) && !known.has(termKey(entry.term)));
}
