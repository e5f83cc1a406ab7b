/**
 * What the tracking table (投诉处理进度跟踪表) asks for: filters, a search text
 * and a sort. The store host validates it with these schemas; `reference.ts`
 * states what each filter means, record by record.
 */
import { z } from 'zod';
import { CASE_STATUSES } from '../lifecycle/machine';
import { CATEGORIES, CHANNELS, SEVERITIES } from '../cases/vocabulary';
import { CLOCK_OUTCOMES, RATED_CLOCKS } from '../dashboard/facts';
import { REFERRAL_FILTERS } from '../cases/referral-standing';

export const SORT_KEYS = [
  'receivedAt',
  'updatedAt',
  'responseDueAt',
  'resolutionDueAt',
  'nextDueAt',
  'closedAt',
  'severity',
  'status',
  'satisfaction',
  'chases',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const CLOCK_FILTERS = ['overdue', 'dueSoon', 'paused'] as const;
export type ClockFilter = (typeof CLOCK_FILTERS)[number];

export const ARCHIVE_FILTERS = ['active', 'archived', 'all'] as const;

export const MAX_SEARCH_LENGTH = 100;
const HOUR = 3_600_000;
const instant = z.number().int().min(0).max(8.64e15);

/** A clock that completed in [from, to) with one of these outcomes (what an on-time figure of the dashboard counts). */
export const ClockCompletedSchema = z
  .object({
    clock: z.enum(RATED_CLOCKS),
    from: instant,
    to: instant,
    outcomes: z.array(z.enum(CLOCK_OUTCOMES)).min(1).max(CLOCK_OUTCOMES.length).default([...CLOCK_OUTCOMES]),
  })
  .refine((value) => value.from < value.to, { path: ['to'], message: 'validation.rangeOrder' });
export type ClockCompleted = z.output<typeof ClockCompletedSchema>;

export const TrackingFilterSchema = z
  .object({
    statuses: z.array(z.enum(CASE_STATUSES)).max(CASE_STATUSES.length).default([]),
    /** Only cases still pending: not ended, or ended still owing the referring body its reply (a running clock). */
    open: z.boolean().default(false),
    severities: z.array(z.enum(SEVERITIES)).max(SEVERITIES.length).default([]),
    categories: z.array(z.enum(CATEGORIES)).max(CATEGORIES.length).default([]),
    /** Not graded yet (no category). */
    uncategorized: z.boolean().default(false),
    /** Exact sub-categories ('' is "none given"). */
    subCategories: z.array(z.string().max(60)).max(100).default([]),
    channels: z.array(z.enum(CHANNELS)).max(CHANNELS.length).default([]),
    /** Exact departments ('' is "no department yet"). */
    departments: z.array(z.string().max(60)).max(100).default([]),
    ownerIds: z.array(z.string().min(1).max(100)).max(200).default([]),
    /** Owned by whoever asks (the 我的待办 view). */
    mine: z.boolean().default(false),
    /** Any of these clock states (a running clock overdue, due within `dueSoonHours`, a paused clock). */
    clock: z.array(z.enum(CLOCK_FILTERS)).max(CLOCK_FILTERS.length).default([]),
    dueSoonHours: z.number().min(0.25, 'validation.range').max(720, 'validation.range').default(4),
    /** 转办反馈: a 12315 referral owing its final reply (待回复), or owing it past the deadline (已逾期); any of these. */
    referral: z.array(z.enum(REFERRAL_FILTERS)).max(REFERRAL_FILTERS.length).default([]),
    /** Received at or after (epoch ms). */
    receivedFrom: instant.nullable().default(null),
    /** Received before (epoch ms, exclusive). */
    receivedTo: instant.nullable().default(null),
    /** Reopened at least once (not satisfied at the callback, or returned by quality review). */
    reopened: z.boolean().default(false),
    /** Called back without reaching the customer, no survey taken yet. */
    unreached: z.boolean().default(false),
    /** 客户催办过: the customer chased the case at least once. */
    chased: z.boolean().default(false),
    /** 法律保留中: a legal hold stands on the case (litigation, a regulator, a claim). */
    held: z.boolean().default(false),
    /**
     * A repeat complaint (重复投诉): the customer (same phone or e-mail) had another case received
     * within the repeat window (`assist.repeatWindowDays`) before this one — the dashboard's figure.
     */
    repeated: z.boolean().default(false),
    clockCompleted: ClockCompletedSchema.nullable().default(null),
    /** Satisfaction survey taken at or after / before (epoch ms). */
    surveyedFrom: instant.nullable().default(null),
    surveyedTo: instant.nullable().default(null),
    /** Average survey score, 1–5; cases without a survey never match a satisfaction range. */
    satisfactionMin: z.number().min(1, 'validation.range').max(5, 'validation.range').nullable().default(null),
    satisfactionMax: z.number().min(1, 'validation.range').max(5, 'validation.range').nullable().default(null),
    archived: z.enum(ARCHIVE_FILTERS).default('active'),
    /** Waiting for an approval the asking user's role gives (the 待审批 view). */
    awaitingMyApproval: z.boolean().default(false),
    /** Words to find in number, customer, contact, order number and description; all must occur. */
    text: z.string().max(MAX_SEARCH_LENGTH, 'validation.tooLong').default(''),
  })
  .superRefine((filter, ctx) => {
    if (filter.receivedFrom !== null && filter.receivedTo !== null && filter.receivedTo <= filter.receivedFrom) {
      ctx.addIssue({ code: 'custom', path: ['receivedTo'], message: 'validation.rangeOrder' });
    }
    if (filter.surveyedFrom !== null && filter.surveyedTo !== null && filter.surveyedTo <= filter.surveyedFrom) {
      ctx.addIssue({ code: 'custom', path: ['surveyedTo'], message: 'validation.rangeOrder' });
    }
    if (filter.satisfactionMin !== null && filter.satisfactionMax !== null && filter.satisfactionMax < filter.satisfactionMin) {
      ctx.addIssue({ code: 'custom', path: ['satisfactionMax'], message: 'validation.rangeOrder' });
    }
  });
export type TrackingFilter = z.output<typeof TrackingFilterSchema>;
export type TrackingFilterInput = z.input<typeof TrackingFilterSchema>;

export const TrackingSortSchema = z.object({
  key: z.enum(SORT_KEYS).default('receivedAt'),
  dir: z.enum(['asc', 'desc']).default('desc'),
});
export type TrackingSort = z.output<typeof TrackingSortSchema>;

export const TrackingQuerySchema = z.object({
  filter: TrackingFilterSchema.default(TrackingFilterSchema.parse({})),
  sort: TrackingSortSchema.default({ key: 'receivedAt', dir: 'desc' }),
});
export type TrackingQuery = z.output<typeof TrackingQuerySchema>;
export type TrackingQueryInput = z.input<typeof TrackingQuerySchema>;

export function dueSoonWindowMs(filter: Pick<TrackingFilter, 'dueSoonHours'>): number {
  return filter.dueSoonHours * HOUR;
}

/** Whether the answer depends on the current time (so a cached answer ages). */
export function dependsOnTime(filter: TrackingFilter): boolean {
  return filter.clock.length > 0 || filter.referral.includes('overdue');
}
