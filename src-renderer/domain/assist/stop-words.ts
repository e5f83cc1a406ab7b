/**
 * Words that say nothing of what a complaint is about, shared by similar cases
 * (which never match on them) and hot-spots (which never raise one as a keyword):
 * what nearly every complaint says (投诉, 要求, 希望…), pronouns and function
 * words, and general sentiment (不满意, 差评, 失望, 垃圾, 生气…), which tells how
 * upset a customer is but not about what: "不满意，不满意，不满意。" is like no
 * other case, and a run of 要求 is no batch of complaints.
 */
import { bigramsOf } from './text';

/** Said by nearly every complaint whatever it is about (客户 of the agent's 客户来电反映…). */
const COMMON_COMPLAINT_WORDS = '投诉 问题 客服 客户 顾客 消费者 反映 处理 解决 希望 要求 请求 尽快 麻烦 情况 诉求';

/** Pronouns and function words (“你们” rising 19.9 × once tied five unrelated complaints together). */
const FUNCTION_WORDS =
  '你们 我们 他们 她们 它们 咱们 您们 这个 那个 一个 这些 那些 这样 那样 这种 那种 什么 怎么 为什么 就是 还是 但是 可是 因为 所以 如果 已经 可以 不是 没有 自己 现在 时候 然后 而且 不过 其实 的话 一下 一直 一次 真的 还有 这么 那么';

/**
 * General sentiment, strongest forms first (the alternation takes the first that matches): how
 * upset, not about what. Not the words that name what went wrong (态度, 敷衍, 骗, 假货, 太慢).
 */
const SENTIMENT_WORDS = [
  '非常不满意', '不满意', '不满', '满意', '差评', '好评', '中评', '失望透顶', '失望', '绝望', '生气', '气愤', '愤怒', '恼火', '火大', '无语',
  '恶心', '郁闷', '糟糕', '太差劲', '差劲', '太差', '很差', '极差', '最差', '超差', '真差', '坑人', '坑爹', '可恶', '无耻', '讨厌',
  '不爽', '难受', '气死', '崩溃', '心寒', '寒心', '后悔', '上当', '离谱', '过分', '忍无可忍', '无法忍受', '不可理喻', '莫名其妙', '不像话',
  // 垃圾 is the insult, not the bin or the bag (垃圾桶, 垃圾袋 say what the product is).
  '垃圾(?![桶袋箱篓站车处分])',
];
/** Words that only say how much: with a sentiment word (很不满意, 太失望了), nothing more. */
const INTENSIFIERS = '很|非常|太|特别|十分|极其|极度|超级|超|真的|真是|真|好|有点|有些|比较|挺|最|更|实在|相当|巨|贼|彻底|不是很|不太|感到|觉得|表示|令人|让人|对此|依然|仍然|还是|也|都|又';
const SENTIMENT = new RegExp(`(?:${INTENSIFIERS})*(?:${SENTIMENT_WORDS.join('|')})(?:死了|透了|透顶|至极|极了|了|啊|呀|的)?`, 'gu');

/**
 * The text with its general sentiment taken out (a line break in its place, so the characters
 * either side make no bigram: 客户很不满意 leaves 客户, not 户很). What is left says what it is about.
 */
export function withoutSentiment(text: string): string {
  return text.replace(SENTIMENT, '\n');
}

const gramsOfWords = (words: string) => words.split(' ').flatMap((word) => bigramsOf(word));
/**
 * The two-character sentiment words as bigrams (a hot-spot keyword is a bigram grown into a phrase); not
 * the bigrams inside the longer ones, which may say something elsewhere (不像 of 不像话 in 实物不像图片).
 */
const sentimentGrams = SENTIMENT_WORDS.map((word) => word.replace(/\(.*\)$/u, '')).filter((word) => word.length === 2);

/**
 * Bigrams that make no two complaints alike and no batch of them: never indexed or queried by
 * similar cases, never a hot-spot keyword of their own (a phrase may still grow across one).
 */
export const STOP_GRAMS: ReadonlySet<string> = new Set([...gramsOfWords(COMMON_COMPLAINT_WORDS), ...gramsOfWords(FUNCTION_WORDS), ...sentimentGrams]);
