/**
 * What each column says about a row, in words: the grid and the export use
 * the same labels and the same texts, so a spreadsheet reads like the table.
 */
import type { TFunction } from 'i18next';
import { ownerNameText } from '../../components/ownerText';
import type { ColumnId } from '../../../domain/tracking/columns';
import type { TrackingRow } from '../../../domain/tracking/row';
import type { Cell, SheetColumn } from '../../export/sheet';
import { formatDuration } from '../cases/format';

export type ClockState =
  | { kind: 'none' }
  | { kind: 'paused' }
  | { kind: 'running'; remainingMs: number }
  | { kind: 'overdue'; lateMs: number };

/** Where the row's next deadline stands at `now`: what "time left" counts down to. */
export function clockState(row: Pick<TrackingRow, 'nextDueAt' | 'paused'>, now: number): ClockState {
  if (row.nextDueAt === null) return row.paused ? { kind: 'paused' } : { kind: 'none' };
  const remainingMs = row.nextDueAt - now;
  return remainingMs < 0 ? { kind: 'overdue', lateMs: -remainingMs } : { kind: 'running', remainingMs };
}

export function isOverdue(row: Pick<TrackingRow, 'nextDueAt'>, now: number): boolean {
  return row.nextDueAt !== null && row.nextDueAt < now;
}

export function timeLeftText(t: TFunction, state: ClockState): string {
  switch (state.kind) {
    case 'none':
      return '';
    case 'paused':
      return t('tracking.timeLeft.paused');
    case 'running':
      return t('tracking.timeLeft.left', { time: formatDuration(t, state.remainingMs) });
    case 'overdue':
      return t('tracking.timeLeft.overdueBy', { time: formatDuration(t, state.lateMs) });
  }
}

/**
 * The status; 定级被退回 / 方案被退回 where the grading or plan waits to be revised after a return;
 * 已并入 TS-… for a duplicate, whose matter the other case handles (not an ended complaint).
 */
export function statusText(t: TFunction, row: Pick<TrackingRow, 'status' | 'returned' | 'mergedInto'>): string {
  if (row.mergedInto) return t('tracking.mergedInto', { no: row.mergedInto });
  return row.returned && (row.status === 'grading' || row.status === 'planning') ? t(`tracking.returnedStatus.${row.status}`) : t(`status.${row.status}`);
}

/** The approval a case waits for, in words ('' for none). */
export function awaitingText(t: TFunction, row: Pick<TrackingRow, 'awaiting'>): string {
  return row.awaiting === null ? '' : t(`tracking.awaiting.${row.awaiting}`);
}

/** The owner's name, marked when they can no longer carry the case out (王丽娟（已停用）). */
export function ownerText(t: TFunction, row: Pick<TrackingRow, 'ownerName' | 'ownerStanding'>): string {
  return ownerNameText(t, row.ownerName, row.ownerStanding);
}

/** The severity, and the one a grading waiting for approval proposes where it differs: 一般（拟定为重大）. */
export function severityText(t: TFunction, row: Pick<TrackingRow, 'severity' | 'proposedSeverity'>): string {
  const severity = t(`severity.${row.severity}`);
  return row.proposedSeverity ? t('tracking.proposedSeverity', { severity, proposed: t(`severity.${row.proposedSeverity}`) }) : severity;
}

/** Average of the survey's answered scores, as people write it: 4, 4.5, 4.25; 不愿评分 when the customer declined them all. */
export function satisfactionText(t: TFunction, row: Pick<TrackingRow, 'satisfaction' | 'surveyDeclined'>): string {
  if (row.surveyDeclined) return t('tracking.surveyDeclined');
  return row.satisfaction === null ? '' : String(Math.round(row.satisfaction * 100) / 100);
}

const date = (instant: number | null): Cell => (instant === null ? null : new Date(instant));

/** Columns whose text may be cut in a narrow column (a long name, a department, 已并入 TS-…): the cell's title holds it whole. */
const TITLED: readonly ColumnId[] = ['no', 'channel', 'customer', 'category', 'status', 'awaiting', 'department', 'owner'];

/** A cell's whole text for its tooltip, as the export writes it (name and phone for the customer); undefined for short values. */
export function cellTitle(t: TFunction, id: ColumnId, row: TrackingRow): string | undefined {
  if (!TITLED.includes(id)) return undefined;
  const text = sheetRow(t, row, [id], 0)
    .filter((value): value is string => typeof value === 'string' && value !== '')
    .join(' ');
  return text === '' ? undefined : text;
}

/** Characters of a spreadsheet column for a grid column this many pixels wide. */
const pxToChars = (px: number) => Math.max(6, Math.round(px / 7));

/**
 * The spreadsheet columns for the visible grid columns, in their order. The
 * customer column becomes two, name and phone, so both can be sorted and filtered.
 */
export function sheetColumns(t: TFunction, columns: readonly ColumnId[], widthOf: (id: ColumnId) => number): SheetColumn[] {
  return columns.flatMap((id) => {
    const column = { header: t(`tracking.columns.${id}`), width: pxToChars(widthOf(id)) };
    return id === 'customer' ? [column, { header: t('tracking.phoneColumn'), width: 16 }] : [column];
  });
}

/** One row's cells for `sheetColumns`: dates as dates, scores as numbers, the rest as the grid's words. */
export function sheetRow(t: TFunction, row: TrackingRow, columns: readonly ColumnId[], now: number): Cell[] {
  return columns.flatMap((id): Cell[] => {
    switch (id) {
      case 'no':
        return [row.no];
      case 'receivedAt':
        return [date(row.receivedAt)];
      case 'channel':
        return [t(`channel.${row.channel}`)];
      case 'customer':
        return [row.customerName, row.phone];
      case 'category':
        return [row.category === null ? '' : t(`category.${row.category}`)];
      case 'severity':
        return [severityText(t, row)];
      case 'status':
        return [statusText(t, row)];
      case 'awaiting':
        return [awaitingText(t, row)];
      case 'department':
        return [row.department];
      case 'owner':
        return [ownerText(t, row)];
      case 'responseDueAt':
        return [date(row.responseDueAt)];
      case 'resolutionDueAt':
        return [date(row.resolutionDueAt)];
      case 'timeLeft':
        return [timeLeftText(t, clockState(row, now))];
      case 'chases':
        // A count the spreadsheet can add up; none is an empty cell, as on screen.
        return [row.chases === 0 ? null : row.chases];
      case 'satisfaction':
        // A number the spreadsheet can average, as the grid writes it (4.33, not 4.333333333333333);
        // a declined survey in words, which an average leaves out as it leaves out an empty cell.
        if (row.surveyDeclined) return [t('tracking.surveyDeclined')];
        return [row.satisfaction === null ? null : Math.round(row.satisfaction * 100) / 100];
      case 'updatedAt':
        return [date(row.updatedAt)];
    }
  });
}
