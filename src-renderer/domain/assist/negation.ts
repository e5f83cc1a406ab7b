/**
 * Negation of a lexicon phrase in the folded text (see match.ts): a phrase right after a negation
 * in the same clause (不会去曝光, 没有受伤, "will not sue") is reported, not counted; a conditional
 * threat (不解决就曝光) or a rhetorical question (难道不是要我去找媒体？) is no denial.
 */

/** A negation only reaches back within its clause. */
export const CLAUSE_BREAK = /[\n\r,.!?;:，。！？；：、…]/;
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
export function clauseStart(folded: string, at: number, reach: number): number {
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

export function isNegated(folded: string, at: number): boolean {
  const from = clauseStart(folded, at, NEGATION_REACH);
  const before = folded.slice(from, at).replace(/[\s'"“”‘’]+$/u, '');
  const conditionBefore = (negation: number) => folded.slice(clauseStart(folded, negation, CONDITION_REACH), negation).replace(/’/g, "'");
  const zh = NEGATED_ZH.exec(before);
  if (zh) return !isRhetorical(folded, from, at, from + zh.index) && !CONDITION_ON_COMPANY_ZH.test(conditionBefore(from + zh.index));
  const en = NEGATED_EN.exec(folded.slice(from, at).replace(/’/g, "'"));
  if (en) return !CONDITION_ON_COMPANY_EN.test(conditionBefore(from + en.index));
  return false;
}
