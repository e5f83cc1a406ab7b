/**
 * Columns of the tracking table and the per-user layout (order, hidden,
 * widths) the store keeps for each user.
 */
import { z } from 'zod';
import type { SortKey } from './query';

export const COLUMN_IDS = [
  'no',
  'receivedAt',
  'channel',
  'customer',
  'category',
  'severity',
  'status',
  'awaiting',
  'chases',
  'department',
  'owner',
  'responseDueAt',
  'resolutionDueAt',
  'timeLeft',
  'satisfaction',
  'updatedAt',
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

/** The column a header click sorts by, where sorting makes sense. */
export const COLUMN_SORT: Partial<Record<ColumnId, SortKey>> = {
  receivedAt: 'receivedAt',
  severity: 'severity',
  status: 'status',
  responseDueAt: 'responseDueAt',
  resolutionDueAt: 'resolutionDueAt',
  timeLeft: 'nextDueAt',
  satisfaction: 'satisfaction',
  chases: 'chases',
  updatedAt: 'updatedAt',
};

export const DEFAULT_WIDTHS: Record<ColumnId, number> = {
  no: 170,
  receivedAt: 140,
  channel: 100,
  customer: 170,
  category: 100,
  severity: 80,
  status: 100,
  awaiting: 120,
  chases: 64,
  department: 110,
  owner: 90,
  responseDueAt: 140,
  resolutionDueAt: 140,
  // 已超时 and a long overdue time (63天19小时) in full at the default width.
  timeLeft: 156,
  satisfaction: 80,
  updatedAt: 140,
};

export const MIN_WIDTH = 60;
export const MAX_WIDTH = 600;

export const TableLayoutSchema = z.object({
  order: z.array(z.enum(COLUMN_IDS)).max(COLUMN_IDS.length),
  hidden: z.array(z.enum(COLUMN_IDS)).max(COLUMN_IDS.length),
  widths: z.partialRecord(z.enum(COLUMN_IDS), z.number().int().min(MIN_WIDTH).max(MAX_WIDTH)),
});
export type TableLayout = z.output<typeof TableLayoutSchema>;

export const DEFAULT_LAYOUT: TableLayout = { order: [...COLUMN_IDS], hidden: ['channel', 'resolutionDueAt', 'updatedAt'], widths: {} };

/**
 * Columns shown only in one view, where they are the point: what approval a case waits for is
 * what 待审批 is about, and elsewhere the column would be empty for most rows.
 */
export const VIEW_COLUMNS: Partial<Record<ColumnId, 'approvals'>> = { awaiting: 'approvals' };

/**
 * Every column in order, hidden ones included, whatever a stored layout holds: unknown and
 * repeated ids are dropped, and a column added since the layout was stored goes after the
 * column it follows by default (not at the far end, away from the ones it belongs with).
 */
export function columnOrder(layout: TableLayout): ColumnId[] {
  const known = new Set<string>(COLUMN_IDS);
  const order = [...new Set(layout.order)].filter((id) => known.has(id));
  COLUMN_IDS.forEach((id, n) => {
    if (order.includes(id)) return;
    const before = n === 0 ? -1 : order.indexOf(COLUMN_IDS[n - 1]!);
    order.splice(before + 1, 0, id);
  });
  return order;
}

/**
 * The visible columns in order, whatever a stored layout holds (see `columnOrder`); the case
 * number is always shown so a row can be told apart, and a view's own column only in its view.
 */
export function visibleColumns(layout: TableLayout, view: { approvals?: boolean } = {}): ColumnId[] {
  const inView = (id: ColumnId) => VIEW_COLUMNS[id] === undefined || (VIEW_COLUMNS[id] === 'approvals' && view.approvals === true);
  return columnOrder(layout).filter((id) => id === 'no' || (!layout.hidden.includes(id) && inView(id)));
}

/** The width a column is drawn at: the user's own, else the default (for the language shown, see ui/features/tracking/labelWidths). */
export function columnWidth(layout: TableLayout, id: ColumnId, defaults: Readonly<Record<ColumnId, number>> = DEFAULT_WIDTHS): number {
  return layout.widths[id] ?? defaults[id];
}
