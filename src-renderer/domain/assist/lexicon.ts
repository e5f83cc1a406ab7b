/**
 * 情绪与升级词库: words and phrases that mark an angry or escalating customer
 * (going to the media, the regulator or court, safety, threats), each with the
 * severity it argues for. The administrator edits the list (settings key `assist`);
 * the store host matches it against a description and explains its suggestion.
 */
import { z } from 'zod';
import { SEVERITIES, type Severity } from '../cases/vocabulary';

export const LEXICON_KINDS = ['media', 'regulator', 'legal', 'safety', 'threat', 'anger', 'repeat'] as const;
export type LexiconKind = (typeof LEXICON_KINDS)[number];

export interface LexiconEntry {
  /** The phrase as typed by the admin (matched after NFKC + case folding). */
  term: string;
  kind: LexiconKind;
  /** The severity a description containing this phrase should at least have. */
  severity: Severity;
}

export const LEXICON_MAX = 500;
export const TERM_MAX = 30;

export const LexiconEntrySchema = z.object({
  term: z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(TERM_MAX, { error: 'validation.tooLong' }),
  kind: z.enum(LEXICON_KINDS, { error: 'validation.chooseOne' }),
  severity: z.enum(SEVERITIES, { error: 'validation.chooseOne' }),
});

export const LexiconSchema = z
  .array(LexiconEntrySchema)
  .max(LEXICON_MAX, { error: 'validation.tooMany' })
  .refine((list) => new Set(list.map((entry) => entry.term.normalize('NFKC').toLowerCase())).size === list.length, {
    error: 'validation.duplicate',
  });

const entries = (kind: LexiconKind, severity: Severity, terms: string[]): LexiconEntry[] => terms.map((term) => ({ term, kind, severity }));

/** The built-in list a new desk starts with (cold start: it works before any case is graded). */
export const DEFAULT_LEXICON: LexiconEntry[] = [
  ...entries('media', 'major', ['曝光', '媒体', '记者', '电视台', '上热搜', '发微博', '发抖音', '网上曝光']),
  ...entries('regulator', 'serious', ['12315', '消协', '消费者协会', '市场监管', '工商局', '投诉到监管', '12345']),
  ...entries('legal', 'major', ['起诉', '律师', '法院', '打官司', '诉讼', '律师函', '报警']),
  ...entries('safety', 'major', ['爆炸', '起火', '着火', '触电', '漏电', '中毒', '受伤', '烫伤', '住院', '过敏', '食物中毒', '异物', '安全隐患']),
  ...entries('threat', 'serious', ['最后一次', '不解决就', '没完', '讨个说法', '给个说法', '走着瞧']),
  ...entries('anger', 'general', ['欺骗', '骗子', '垃圾', '恶心', '太差', '气死', '无语', '坑人', '忽悠']),
  ...entries('repeat', 'serious', ['多次投诉', '再次投诉', '又一次', '第三次', '一直没人管', '没人处理']),
];
