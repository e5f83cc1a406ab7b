/**
 * The printed 投诉处理进度跟踪表 of the current view, or of the rows selected in
 * it (打印所选): its query, visible columns and the selected ids travel in the
 * print route (the print window has no storage), as base64url JSON checked
 * again on arrival.
 */
import { z } from 'zod';
import { COLUMN_IDS, type ColumnId } from '../../../../domain/tracking/columns';
import { TrackingQuerySchema, type TrackingQuery } from '../../../../domain/tracking/query';

/** More rows than this are not printed (about 70 pages); the sheet says so and points to the export. */
export const MAX_PRINT_ROWS = 2_000;

const PayloadSchema = z.object({
  query: TrackingQuerySchema,
  columns: z.array(z.enum(COLUMN_IDS)).min(1).max(COLUMN_IDS.length),
  /** 打印所选: these cases of the view only, listed in its order. */
  ids: z.array(z.string().min(1).max(100)).min(1).max(MAX_PRINT_ROWS).optional(),
});
export type ListPayload = z.output<typeof PayloadSchema>;

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** The print route of a view, or of the cases selected in it (at most MAX_PRINT_ROWS; see `printsSelection`). */
export function listPrintRoute(query: TrackingQuery, columns: readonly ColumnId[], ids?: readonly string[]): string {
  return `/print/tracking/${toBase64Url(JSON.stringify(ids ? { query, columns, ids } : { query, columns }))}`;
}

/** A selection this large is exported, not printed. */
export const printsSelection = (count: number): boolean => count > 0 && count <= MAX_PRINT_ROWS;

/** The view a print route names, or null for one that is damaged or was not made by `listPrintRoute`. */
export function readListRoute(encoded: string): ListPayload | null {
  try {
    const parsed = PayloadSchema.safeParse(JSON.parse(fromBase64Url(encoded)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
