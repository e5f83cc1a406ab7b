/**
 * A lexicon phrase that the words around it show to mean something else, where no fixed compound
 * (lexicon-neutral.ts) can tell: the hotline's number as an amount or a code (订单金额12345元,
 * 商品编号12315), a computer or phone poisoned by a virus (电脑没几天就中毒了，杀毒软件也没用), and a
 * threat that is someone else's words the customer disowns (客户转述朋友的话“这种事就该找记者曝光”，
 * 但客户本人只想要个道歉). Such a hit is not counted, whoever added the phrase: built in, like the
 * neutral compounds, so the admin's saved lexicon behaves the same.
 */
import { CLAUSE_BREAK, clauseStart } from './negation';

/** Where the sentence around `at` starts and ends in the folded text (a full stop, a question, an exclamation, a line). */
function sentence(folded: string, at: number, end: number): [number, number] {
  const stop = /[。！？!?\n\r]/u;
  let from = at;
  while (from > 0 && !stop.test(folded[from - 1]!)) from -= 1;
  let to = end;
  while (to < folded.length && !stop.test(folded[to]!)) to += 1;
  return [from, to];
}

/** Words a number is an amount or a code after (the text is folded: half-width, lower case); not # (#12315# is a topic). */
const CODE_BEFORE =
  /(?:(?:金额|价格|价钱|售价|总价|总额|合计|共计|花了|付了|支付|收费|费用|订单号?|单号|编号|货号|型号|编码|批号|批次|工号|房号|卡号|尾号|序列号|条码|账号|no\.?|sku|[¥￥$])[\s:：#]*|[a-z0-9]-)$/u;
/**
 * Units and currencies an amount or a quantity is followed by, and the rest of a longer code or amount
 * (12,315.00, 12345-A). Not a letter alone: call12315now is the hotline.
 */
const CODE_AFTER = /^(?:\s*(?:元|块|圆|円|rmb|yuan|万|角|件|台|箱|米|克|斤|公斤|ml|毫升|kg|g\b|%)|[.,，]\d|-[a-z0-9])/u;

/** 12345 or 12315 as an amount or a code: not the hotline. */
function isAmountOrCode(folded: string, at: number, end: number): boolean {
  const before = folded.slice(Math.max(0, at - 6), at);
  return CODE_BEFORE.test(before) || CODE_AFTER.test(folded.slice(end, end + 6));
}

/** What a computer or a phone catches (病毒, 杀毒…), and what a person does (吃, 医院…): 中毒 is the device's only with the first and without the second. */
const DEVICE_POISON = /病毒|杀毒|木马|弹广告|弹窗|广告弹|流氓软件|恶意软件|刷机|重装系统|系统重装|中病毒/u;
const BODY = /吃|喝|食|饭|菜|呕|吐|医院|住院|头晕|腹泻|拉肚子|孩子|宝宝/u;

function isDevicePoisoned(folded: string, at: number, end: number): boolean {
  const [from, to] = sentence(folded, at, end);
  const around = folded.slice(from, to);
  return DEVICE_POISON.test(around) && !BODY.test(around);
}

/** Someone else whose words a description may quote or report (not the customer, not the company). */
const OTHERS = '朋友|别人|他人|家人|亲戚|同事|邻居|网友|有人|旁人|路人|其他人|其他客户|其他顾客|家属|老公|老婆|丈夫|妻子|父母|爸爸|妈妈';
/** Quotation marks as they fold (NFKC keeps the Chinese ones). */
const OPENING = /[“"「『‘']/u;
const CLOSING = /[”"」』’']/u;
/** A quotation reported from someone else: 转述朋友的话“…”, 朋友说：“…”. */
const QUOTED_FROM = new RegExp(`(?:转述|引用|(?:${OTHERS})[^，。！？,!?]{0,6}?(?:说|讲|称|的话|建议|劝|认为|觉得))[^，。！？,!?“"「『]{0,4}$`, 'u');
/** Someone else's words in a clause of their own: 朋友说应该找记者曝光, 家人劝他去起诉. */
const REPORTED_FROM = new RegExp(`(?:${OTHERS})(?:都|也|一直)?(?:说|讲|建议|劝|认为|觉得|让|叫)`, 'u');
/**
 * After it, in the same sentence, the customer says otherwise: 但客户本人只想要个道歉, 不过客户并不打算这么做
 * (not 但我不想等了: that is the customer's own impatience).
 */
const DISOWNED =
  /^[^。！？!?]{0,8}?(?:但是?|不过|可是|然而)[^。！？!?]{0,6}?(?:本人|自己|客户|顾客|他|她|我)[^。！？!?]{0,4}?(?:只想|只要|只希望|只是想|只求|仅想|仅要求|并不想|并不打算|并没有打算|不打算|没打算|没有(?:这个)?打算|无意|不想(?:这么做|这样做|闹大|把事情闹大|曝光|投诉|起诉|找)|不会(?:这么做|这样做|去))/u;

/** The phrase is someone else's words (quoted, or reported in their clause) and the customer disowns them. */
function isDisownedReport(folded: string, at: number, end: number): boolean {
  let open = -1;
  for (let i = at - 1; i >= Math.max(0, at - 40) && open < 0; i -= 1) {
    if (CLOSING.test(folded[i]!) && !OPENING.test(folded[i]!)) break;
    if (OPENING.test(folded[i]!)) open = i;
  }
  let close = -1;
  if (open >= 0) {
    for (let i = end; i < Math.min(folded.length, end + 40) && close < 0; i += 1) if (CLOSING.test(folded[i]!)) close = i;
  }
  if (open >= 0 && close >= 0 && QUOTED_FROM.test(folded.slice(Math.max(0, open - 16), open))) return DISOWNED.test(folded.slice(close + 1));
  // Unquoted: the clause begins with someone else saying it; the customer's answer follows the clause.
  const from = clauseStart(folded, at, 20);
  if (!REPORTED_FROM.test(folded.slice(from, at))) return false;
  let to = end;
  while (to < folded.length && !CLAUSE_BREAK.test(folded[to]!)) to += 1;
  return DISOWNED.test(folded.slice(to));
}

/** True when the words around the phrase at [at, end) of the folded text show it does not mean what the lexicon says. */
export function outOfContext(folded: string, at: number, end: number): boolean {
  const matched = folded.slice(at, end);
  if (/^\d+$/u.test(matched) && isAmountOrCode(folded, at, end)) return true;
  if (matched === '中毒' && isDevicePoisoned(folded, at, end)) return true;
  return isDisownedReport(folded, at, end);
}
