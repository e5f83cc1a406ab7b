/**
 * The query the tracking table shows: what views set, what the filter panel
 * changes, and how it is kept while the user opens a case and comes back.
 */
import dayjs from 'dayjs';
import { COLUMN_SORT, type ColumnId } from '../../../domain/tracking/columns';
import {
  TrackingFilterSchema,
  TrackingQuerySchema,
  type SortKey,
  type TrackingFilter,
  type TrackingFilterInput,
  type TrackingQuery,
  type TrackingSort,
} from '../../../domain/tracking/query';
import type { SavedView } from '../../../domain/tracking/views';
import { BUILT_IN_VIEWS, type BuiltInView } from '../../../domain/tracking/views';

export const DEFAULT_FILTER: TrackingFilter = TrackingFilterSchema.parse({});
export const DEFAULT_QUERY: TrackingQuery = TrackingQuerySchema.parse({});

/** A view's filter and sort as a full query; the search text typed in the box stays. */
export function applyView(view: Pick<BuiltInView | SavedView, 'filter' | 'sort'>, text: string): TrackingQuery {
  return TrackingQuerySchema.parse({ filter: { ...view.filter, text }, sort: view.sort });
}

/** The built-in view a route names (`/tracking/overdue`), as the full query it shows; null for any other name. */
export function routeQuery(viewId: string | undefined): TrackingQuery | null {
  const view = BUILT_IN_VIEWS.find((item) => item.id === viewId);
  return view ? applyView(view, '') : null;
}

/** Canonical form, to compare queries whatever order their keys were written in. */
function canonical(query: TrackingQuery): string {
  return JSON.stringify(TrackingQuerySchema.parse({ filter: { ...query.filter, text: '' }, sort: query.sort }));
}

/**
 * The view (built-in id or saved id) the query shows, ignoring the search text; null for a query of one's own.
 * Two views may set the same filter and sort: the one the user chose (`chosen`) stays the one shown
 * as long as the query is still its query, otherwise the first that matches.
 */
export function matchingView(query: TrackingQuery, saved: readonly SavedView[], chosen: string | null = null): string | null {
  const own = canonical(query);
  const views = [...BUILT_IN_VIEWS, ...saved];
  const matches = views.filter((view) => canonical(applyView(view, '')) === own);
  return (matches.find((view) => view.id === chosen) ?? matches[0])?.id ?? null;
}

/** Filters that differ from the default (the search text is not a filter), for the badge on the panel toggle. */
export function activeFilterCount(filter: TrackingFilter): number {
  const keys = Object.keys(DEFAULT_FILTER) as (keyof TrackingFilter)[];
  return keys.filter((key) => {
    if (key === 'text' || key === 'dueSoonHours') return false;
    // The range is one filter.
    if (key === 'receivedTo' && filter.receivedFrom !== null) return false;
    if (key === 'satisfactionMax' && filter.satisfactionMin !== null) return false;
    if (key === 'surveyedTo' && filter.surveyedFrom !== null) return false;
    return JSON.stringify(filter[key]) !== JSON.stringify(DEFAULT_FILTER[key]);
  }).length;
}

export function isDefaultFilter(filter: TrackingFilter): boolean {
  return activeFilterCount(filter) === 0 && filter.text.trim() === '';
}

/** Due dates sort soonest first; dates of the past and ranks most recent or highest first. */
const ASCENDING_FIRST: readonly SortKey[] = ['responseDueAt', 'resolutionDueAt', 'nextDueAt'];

/** A click on a sortable header: the same key flips direction, another key starts in its natural one. */
export function sortByColumn(current: TrackingSort, column: ColumnId): TrackingSort {
  const key = COLUMN_SORT[column];
  if (!key) return current;
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: ASCENDING_FIRST.includes(key) ? 'asc' : 'desc' };
}

/** `YYYY-MM-DD` days of the date picker ↔ [start of the first day, start of the day after the last) in local time. */
export function daysToRange(days: [string | null, string | null]): Pick<TrackingFilter, 'receivedFrom' | 'receivedTo'> {
  const [first, last] = days;
  return {
    receivedFrom: first ? dayjs(first).startOf('day').valueOf() : null,
    receivedTo: last ? dayjs(last).startOf('day').add(1, 'day').valueOf() : null,
  };
}

export function rangeToDays(filter: Pick<TrackingFilter, 'receivedFrom' | 'receivedTo'>): [string | null, string | null] {
  return [
    filter.receivedFrom === null ? null : dayjs(filter.receivedFrom).format('YYYY-MM-DD'),
    filter.receivedTo === null ? null : dayjs(filter.receivedTo - 1).format('YYYY-MM-DD'),
  ];
}

const STORAGE_PREFIX = 'complaint-desk:tracking-query:';

/** The query this user last looked at in this window, so opening a case and coming back keeps it. */
export function restoreQuery(userId: string): TrackingQuery {
  try {
    const stored = globalThis.sessionStorage?.getItem(STORAGE_PREFIX + userId);
    const parsed = TrackingQuerySchema.safeParse(stored ? JSON.parse(stored) : undefined);
    return parsed.success ? parsed.data : DEFAULT_QUERY;
  } catch {
    return DEFAULT_QUERY;
  }
}

export function rememberQuery(userId: string, query: TrackingQuery): void {
  try {
    globalThis.sessionStorage?.setItem(STORAGE_PREFIX + userId, JSON.stringify(query));
  } catch {
    // Storage full or disabled: the table works without it.
  }
}

const PLACE_PREFIX = 'complaint-desk:tracking-place:';
const VIEW_PREFIX = 'complaint-desk:tracking-view:';

/** How far down the table was scrolled (px) and its active (arrow-key) row, -1 for none. */
export interface TablePlace {
  top: number;
  active: number;
}

/** The query as one string whatever order its keys were written in, with the search text: the place belongs to it. */
export function keyOfQuery(query: TrackingQuery): string {
  return JSON.stringify(TrackingQuerySchema.parse(query));
}

/**
 * Where this user was in the table of this query, kept with the query for the window's session: a supervisor opens
 * case after case and comes back each time to the same row. Another query has no place: it starts at the top.
 */
export function restorePlace(userId: string, key: string): TablePlace | null {
  try {
    const stored = globalThis.sessionStorage?.getItem(PLACE_PREFIX + userId);
    const parsed: unknown = stored ? JSON.parse(stored) : null;
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { key: storedKey, top, active } = parsed as Record<string, unknown>;
    if (storedKey !== key || typeof top !== 'number' || typeof active !== 'number') return null;
    return { top: Math.max(0, top), active: Math.max(-1, Math.trunc(active)) };
  } catch {
    return null;
  }
}

export function rememberPlace(userId: string, key: string, place: TablePlace): void {
  try {
    globalThis.sessionStorage?.setItem(PLACE_PREFIX + userId, JSON.stringify({ key, ...place }));
  } catch {
    // Storage full or disabled: the table starts at the top.
  }
}

/** The view the user last chose (two views may show the same query: the bar marks the chosen one). */
export function restoreChosenView(userId: string): string | null {
  try {
    return globalThis.sessionStorage?.getItem(VIEW_PREFIX + userId) ?? null;
  } catch {
    return null;
  }
}

export function rememberChosenView(userId: string, viewId: string | null): void {
  try {
    if (viewId === null) globalThis.sessionStorage?.removeItem(VIEW_PREFIX + userId);
    else globalThis.sessionStorage?.setItem(VIEW_PREFIX + userId, viewId);
  } catch {
    // As above.
  }
}

/** The table on exactly the cases of a dashboard figure: its filter, newest received first. */
export function drilledQuery(filter: TrackingFilterInput): TrackingQuery {
  return TrackingQuerySchema.parse({ filter, sort: { key: 'receivedAt', dir: 'desc' } });
}

/**
 * Conditions only a dashboard drill sets, which the filter panel has no field
 * for (or, for the department "none", no readable choice): each with the patch
 * that takes it off, so the page can show them as removable chips.
 */
export type DrillCondition =
  | { kind: 'clockCompleted'; value: NonNullable<TrackingFilter['clockCompleted']>; remove: Partial<TrackingFilter> }
  | { kind: 'surveyed'; from: number | null; to: number | null; remove: Partial<TrackingFilter> }
  | { kind: 'reopened' | 'unreached' | 'uncategorized' | 'noDepartment'; remove: Partial<TrackingFilter> }
  | { kind: 'subCategory'; value: string; remove: Partial<TrackingFilter> };

export function drillConditions(filter: TrackingFilter): DrillCondition[] {
  const conditions: DrillCondition[] = [];
  if (filter.clockCompleted !== null) conditions.push({ kind: 'clockCompleted', value: filter.clockCompleted, remove: { clockCompleted: null } });
  if (filter.surveyedFrom !== null || filter.surveyedTo !== null) {
    conditions.push({ kind: 'surveyed', from: filter.surveyedFrom, to: filter.surveyedTo, remove: { surveyedFrom: null, surveyedTo: null } });
  }
  if (filter.reopened) conditions.push({ kind: 'reopened', remove: { reopened: false } });
  if (filter.unreached) conditions.push({ kind: 'unreached', remove: { unreached: false } });
  if (filter.uncategorized) conditions.push({ kind: 'uncategorized', remove: { uncategorized: false } });
  for (const value of filter.subCategories) {
    conditions.push({ kind: 'subCategory', value, remove: { subCategories: filter.subCategories.filter((other) => other !== value) } });
  }
  if (filter.departments.includes('')) {
    conditions.push({ kind: 'noDepartment', remove: { departments: filter.departments.filter((department) => department !== '') } });
  }
  return conditions;
}
