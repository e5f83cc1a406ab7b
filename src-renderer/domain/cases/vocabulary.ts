/** The fixed vocabularies of the glossary (DESIGN.md §4). Labels live in i18n. */
export const CHANNELS = [
  'phone',
  'email',
  'online_chat',
  'app',
  'social_media',
  'letter',
  'walk_in',
  'regulator_12315',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * 账号平台: where a customer who complained online can be answered (社交/应用账号): the social
 * networks complaints come from, the company's own app, and any other platform.
 */
export const SOCIAL_PLATFORMS = ['wechat', 'weibo', 'douyin', 'xiaohongshu', 'company_app', 'other'] as const;
export type SocialPlatform = (typeof SOCIAL_PLATFORMS)[number];

export const SEVERITIES = ['general', 'serious', 'major'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Severity rank for sorting: higher is more severe. */
export const SEVERITY_RANK: Record<Severity, number> = { general: 1, serious: 2, major: 3 };

export { CASE_STATUSES, type CaseStatus } from '../lifecycle/machine';

export const CATEGORIES = [
  'product_quality',
  'service_attitude',
  'logistics',
  'after_sales',
  'billing',
  'policy',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const DEMANDS = ['refund', 'exchange', 'repair', 'apology', 'compensation', 'service_improvement', 'other'] as const;
export type Demand = (typeof DEMANDS)[number];

export const CUSTOMER_TYPES = ['individual', 'business'] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];

export const COMPENSATION_TYPES = ['none', 'refund', 'cash', 'voucher', 'goods', 'service', 'other'] as const;
export type CompensationType = (typeof COMPENSATION_TYPES)[number];

/** Why a callback did not reach the customer (客户未能联系上): 无人接听, 占线/客户正忙, 关机/停机, 号码错误, 拒接, 其他. */
export const UNREACHABLE_REASONS = ['no_answer', 'busy', 'switched_off', 'wrong_number', 'refused', 'other'] as const;
export type UnreachableReason = (typeof UNREACHABLE_REASONS)[number];

/** The five points of the satisfaction survey and its four dimensions (满意度调查). */
export const SURVEY_DIMENSIONS = ['efficiency', 'resolution', 'attitude', 'compensation'] as const;
export type SurveyDimension = (typeof SURVEY_DIMENSIONS)[number];
