import { Checkbox } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnId } from '../../../domain/tracking/columns';
import type { TrackingRow } from '../../../domain/tracking/row';
import { cellContent } from './cells';
import { cellTitle, isOverdue } from './columnValues';
import classes from './TrackingGrid.module.css';

export const ROW_HEIGHT = 40;
export const HEADER_HEIGHT = 40;
export const SELECT_WIDTH = 44;

export interface GridRowProps {
  /** Undefined while its window is being fetched. */
  row: TrackingRow | undefined;
  index: number;
  domId: string;
  top: number;
  width: number;
  columns: readonly ColumnId[];
  widths: Readonly<Record<ColumnId, number>>;
  /** Element id of each column header: cells are described by their header. */
  headerIds: Readonly<Record<ColumnId, string>>;
  now: number;
  selected: boolean;
  active: boolean;
  onOpen(row: TrackingRow, index: number): void;
  onToggle(row: TrackingRow): void;
}

/** One case of the tracking table; an overdue one is tinted and marked 已超时 in its time-left cell. */
export const GridRow = memo(function GridRow({
  row,
  index,
  domId,
  top,
  width,
  columns,
  widths,
  headerIds,
  now,
  selected,
  active,
  onOpen,
  onToggle,
}: GridRowProps) {
  const { t } = useTranslation();
  const style = { transform: `translateY(${top}px)`, height: ROW_HEIGHT, width };
  if (!row) {
    return (
      <div role="row" id={domId} aria-rowindex={index + 2} aria-busy="true" className={classes.row} style={style}>
        <div role="gridcell" className={classes.loading}>
          {t('tracking.loadingRow')}
        </div>
      </div>
    );
  }
  return (
    <div
      role="row"
      id={domId}
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-overdue={isOverdue(row, now) || undefined}
      data-active={active || undefined}
      className={classes.row}
      style={style}
      onClick={() => onOpen(row, index)}
    >
      <div role="gridcell" className={classes.cell} style={{ width: SELECT_WIDTH, display: 'flex', alignItems: 'center' }} onClick={(event) => event.stopPropagation()}>
        <Checkbox
          size="xs"
          tabIndex={-1}
          checked={selected}
          onChange={() => onToggle(row)}
          aria-label={t('tracking.grid.selectRow', { no: row.no })}
        />
      </div>
      {columns.map((id) => (
        <div key={id} role="gridcell" aria-describedby={headerIds[id]} className={classes.cell} style={{ width: widths[id] }} title={cellTitle(t, id, row)}>
          {cellContent(id, row, now, t)}
        </div>
      ))}
    </div>
  );
});
