/**
 * The centre's settings, kept by the store host (key → value), with their
 * defaults and the schemas the admin's edits must pass.
 */
import { z } from 'zod';
import { typedString } from '../common/fields';
import { CATEGORIES, type Category } from '../cases/vocabulary';
import { CalendarSettingsSchema, DEFAULT_CALENDAR, DEFAULT_SLA, SlaSettingsSchema, type SlaSettings } from '../clocks/sla-settings';
import type { CalendarSettings } from '../clocks/calendar';
import { DEFAULT_LEXICON, LexiconSchema, type LexiconEntry } from '../assist/lexicon';
import { LEXICON_EDITION } from '../assist/lexicon-editions';
import { DEFAULT_ERASURE_REPLY_DAYS, MAX_ERASURE_REPLY_DAYS } from '../privacy/erasure';

export interface CategorySettings {
  subCategories: string[];
  /** The responsible department proposed at grading. */
  department: string;
}

export interface LifecycleSettings {
  /** Closed cases become read-only archive after this many days. */
  archiveAfterDays: number;
  /** A supervisor may send a closed case back for re-handling within this many days. */
  qualityReturnDays: number;
}

export interface AttachmentLimits {
  maxFileMB: number;
  maxCaseMB: number;
}

export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/**
 * The language of the printed forms: Chinese (the forms handed to and signed by customers, filed
 * and read by regulators), or the language each user works in.
 */
export const FORMS_LANGUAGES = ['zh-CN', 'ui'] as const;
export type FormsLanguage = (typeof FORMS_LANGUAGES)[number];

/** How the printed forms come out: the sheet and its margins (each form's header and page numbers sit inside them), and their language. */
export interface PrintSettings {
  paper: PaperSize;
  marginsMm: number;
  /** Absent in print settings saved before it existed: Chinese. */
  formsLanguage?: FormsLanguage;
}

/** Access: the screen locks after this long without use (the password unlocks it). */
export interface SecuritySettings {
  idleLockMinutes: number;
}

/** Personal data: how long closed cases keep it, and how long the alert log is kept. */
export interface PrivacySettings {
  /** A closed case may be anonymised once it has been closed this many days. */
  retentionDays: number;
  /** Alert log rows older than this are deleted by the housekeeping. */
  alertLogDays: number;
  /**
   * 个人信息删除请求: days from receipt to answer the customer. Absent in settings saved before it
   * existed: read as `DEFAULT_ERASURE_REPLY_DAYS` (`erasureReplyDaysOf`, domain/privacy/erasure.ts).
   */
  erasureReplyDays?: number;
}

/** On-device assistance: the emotion lexicon, the repeat-complainant window and the hot-spot detector. */
export interface AssistSettings {
  /** Earlier cases of the same customer within this many days make a complaint a repeat (重复投诉). */
  repeatWindowDays: number;
  lexicon: LexiconEntry[];
  /**
   * The edition of the built-in lexicon this lexicon was last saved against (set by the store host on
   * saving); absent in lists saved before editions were counted. The editor offers what came since.
   */
  lexiconEdition?: number;
  hotspots: {
    /** The recent window compared with the baseline (days). */
    recentDays: number;
    /** The baseline before it (days). */
    baselineDays: number;
    /** A rise counts only with at least this many cases in the recent window. */
    minCount: number;
    /** … and at least this many times the baseline's daily rate. */
    minRatio: number;
  };
}

export interface Settings {
  centreName: string;
  departments: string[];
  categories: Record<Category, CategorySettings>;
  sla: SlaSettings;
  calendar: CalendarSettings;
  lifecycle: LifecycleSettings;
  attachments: AttachmentLimits;
  print: PrintSettings;
  security: SecuritySettings;
  privacy: PrivacySettings;
  assist: AssistSettings;
}

export const DEFAULT_DEPARTMENTS = ['客服中心', '质量管理部', '物流配送部', '售后服务部', '财务部', '法务部', '运营部'];

export const DEFAULT_SETTINGS: Settings = {
  centreName: '客户服务中心',
  departments: DEFAULT_DEPARTMENTS,
  categories: {
    product_quality: { subCategories: ['破损', '质量缺陷', '与描述不符', '过期变质'], department: '质量管理部' },
    service_attitude: { subCategories: ['态度恶劣', '推诿拖延', '承诺未兑现'], department: '客服中心' },
    logistics: { subCategories: ['配送延误', '丢件', '送错', '包装破损'], department: '物流配送部' },
    after_sales: { subCategories: ['退换货', '维修', '响应慢'], department: '售后服务部' },
    billing: { subCategories: ['多收费', '退款未到账', '发票问题'], department: '财务部' },
    policy: { subCategories: ['活动规则', '退换政策'], department: '客服中心' },
    other: { subCategories: [], department: '客服中心' },
  },
  sla: DEFAULT_SLA,
  calendar: DEFAULT_CALENDAR,
  lifecycle: { archiveAfterDays: 30, qualityReturnDays: 15 },
  attachments: { maxFileMB: 20, maxCaseMB: 100 },
  print: { paper: 'A4', marginsMm: 15, formsLanguage: 'zh-CN' },
  security: { idleLockMinutes: 15 },
  // Three years after closing, unless a centre's rules say otherwise.
  privacy: { retentionDays: 1095, alertLogDays: 365, erasureReplyDays: DEFAULT_ERASURE_REPLY_DAYS },
  assist: { repeatWindowDays: 90, lexicon: DEFAULT_LEXICON, lexiconEdition: LEXICON_EDITION, hotspots: { recentDays: 3, baselineDays: 28, minCount: 5, minRatio: 2.5 } },
};

const Name = typedString('validation.required').min(1, { error: 'validation.required' }).max(60, { error: 'validation.tooLong' });

/**
 * A settings number with its allowed range. The forms read the bounds back
 * (see ranges.ts) to show them and to check before sending; the store host
 * reports a value outside them with the range.
 */
const Amount = (min: number, max: number) =>
  z.number({ error: 'validation.invalid' }).min(min, { error: 'validation.range' }).max(max, { error: 'validation.range' });
/** A whole number of days, minutes… with its allowed range. */
const Count = (min: number, max: number) => Amount(min, max).int({ error: 'validation.invalid' });

const CategorySettingsSchema = z.object({
  subCategories: z.array(Name).max(50).refine((list) => new Set(list).size === list.length, { error: 'validation.duplicate' }),
  department: Name,
});

/** One schema per settings key; an update names the key and passes its schema. */
export const SettingsSchemas = {
  centreName: Name,
  departments: z
    .array(Name)
    .min(1, { error: 'validation.required' })
    .max(100)
    .refine((list) => new Set(list).size === list.length, { error: 'validation.duplicate' }),
  categories: z.object(Object.fromEntries(CATEGORIES.map((c) => [c, CategorySettingsSchema])) as Record<Category, typeof CategorySettingsSchema>),
  sla: SlaSettingsSchema,
  calendar: CalendarSettingsSchema,
  lifecycle: z.object({
    archiveAfterDays: Count(1, 3650),
    qualityReturnDays: Count(0, 365),
  }),
  attachments: z
    .object({
      maxFileMB: Amount(1, 200),
      maxCaseMB: Amount(1, 2000),
    })
    .refine((a) => a.maxFileMB <= a.maxCaseMB, { error: 'validation.fileOverCase', path: ['maxFileMB'] }),
  print: z.object({
    paper: z.enum(PAPER_SIZES, { error: 'validation.chooseOne' }),
    // The print service accepts 0–40 mm; under 8 mm most printers cut the page numbers off.
    marginsMm: Amount(8, 40),
    formsLanguage: z.enum(FORMS_LANGUAGES, { error: 'validation.chooseOne' }).optional(),
  }),
  security: z.object({
    idleLockMinutes: Count(1, 240),
  }),
  privacy: z.object({
    retentionDays: Count(30, 36_500),
    alertLogDays: Count(30, 3650),
    erasureReplyDays: Count(1, MAX_ERASURE_REPLY_DAYS).default(DEFAULT_ERASURE_REPLY_DAYS),
  }),
  assist: z.object({
    repeatWindowDays: Count(1, 3650),
    lexicon: LexiconSchema,
    lexiconEdition: z.number().int().min(1).max(LEXICON_EDITION).optional(),
    hotspots: z
      .object({
        recentDays: Count(1, 30),
        baselineDays: Count(7, 365),
        minCount: Count(1, 1000),
        minRatio: Amount(1, 100),
      })
      .refine((h) => h.baselineDays > h.recentDays, { error: 'validation.baselineLonger', path: ['baselineDays'] }),
  }),
} satisfies { [K in keyof Settings]: z.ZodType<Settings[K]> };

export type SettingsKey = keyof Settings;
export const SETTINGS_KEYS = Object.keys(SettingsSchemas) as SettingsKey[];
