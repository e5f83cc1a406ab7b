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
  department: 110,
  owner: 90,
  responseDueAt: 140,
  resolutionDueAt: 140,
  timeLeft: 120,
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
 * The visible columns in order, whatever a stored layout holds: unknown and
 * repeated ids are dropped, columns added since are appended, and the case
 * number is always shown so a row can be told apart.
 */
export function visibleColumns(layout: TableLayout): ColumnId[] {
  const seen = new Set<ColumnId>();
  const order = [...layout.order, ...COLUMN_IDS].filter((id) => (seen.has(id) ? false : (seen.add(id), true)));
  return order.filter((id) => id === 'no' || !layout.hidden.includes(id));
}

/** The width a column is drawn at: the user's own, else the default (for the language shown, see ui/features/tracking/labelWidths). */
export function columnWidth(layout: TableLayout, id: ColumnId, defaults: Readonly<Record<ColumnId, number>> = DEFAULT_WIDTHS): number {
  return layout.widths[id] ?? defaults[id];
}
