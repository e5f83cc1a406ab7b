/**
 * Saved views of the tracking table: the built-in ones every user has and
 * the schema of the ones users save themselves.
 */
import { z } from 'zod';
import { requiredText } from '../common/fields';
import { withoutInvisible } from '../common/invisible';
import { TrackingFilterSchema, TrackingSortSchema, type TrackingFilterInput, type TrackingSort } from './query';

export const BUILT_IN_VIEW_IDS = ['all', 'mine', 'dueSoon', 'overdue', 'major', 'approvals'] as const;
export type BuiltInViewId = (typeof BUILT_IN_VIEW_IDS)[number];

export interface BuiltInView {
  id: BuiltInViewId;
  filter: TrackingFilterInput;
  sort: TrackingSort;
}

const byDue: TrackingSort = { key: 'nextDueAt', dir: 'asc' };
const newest: TrackingSort = { key: 'receivedAt', dir: 'desc' };

/** 全部 · 我的待办 · 即将超时 · 已超时 · 重大投诉 · 待审批 (names in i18n under `tracking.views.<id>`). */
export const BUILT_IN_VIEWS: readonly BuiltInView[] = [
  { id: 'all', filter: {}, sort: newest },
  { id: 'mine', filter: { mine: true, open: true }, sort: byDue },
  { id: 'dueSoon', filter: { open: true, clock: ['dueSoon'] }, sort: byDue },
  { id: 'overdue', filter: { open: true, clock: ['overdue'] }, sort: byDue },
  { id: 'major', filter: { severities: ['major'] }, sort: newest },
  { id: 'approvals', filter: { awaitingMyApproval: true }, sort: { key: 'updatedAt', dir: 'asc' } },
];

/**
 * The built-in views' names in each language of the UI (i18n `tracking.views.*`; a test keeps them in
 * step), for the store host, which cannot read the UI's translations: a saved view under one of them
 * would be a second 全部 beside the real one.
 */
export const BUILT_IN_VIEW_NAMES: Readonly<Record<BuiltInViewId, { 'zh-CN': string; en: string }>> = {
  all: { 'zh-CN': '全部', en: 'All' },
  mine: { 'zh-CN': '我的待办', en: 'My open cases' },
  dueSoon: { 'zh-CN': '即将超时', en: 'Due soon' },
  overdue: { 'zh-CN': '已超时', en: 'Overdue' },
  major: { 'zh-CN': '重大投诉', en: 'Major' },
  approvals: { 'zh-CN': '待审批', en: 'Awaiting approval' },
};

/** Names as a reader tells them apart: full-width letters, case, invisible characters and runs of spaces do not make another name. */
export const viewNameKey = (name: string) => withoutInvisible(name).normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
const RESERVED = new Set(Object.values(BUILT_IN_VIEW_NAMES).flatMap((names) => Object.values(names).map(viewNameKey)));

/** Whether a name would pass for a built-in view's, in either language. */
export const isBuiltInViewName = (name: string): boolean => RESERVED.has(viewNameKey(name));

export const MAX_SAVED_VIEWS = 30;

export const SavedViewSchema = z.object({
  id: z.string().min(1).max(60),
  name: requiredText(40),
  filter: TrackingFilterSchema,
  sort: TrackingSortSchema,
});
export type SavedView = z.output<typeof SavedViewSchema>;
export type SavedViewInput = z.input<typeof SavedViewSchema>;
