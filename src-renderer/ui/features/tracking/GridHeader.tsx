import { Checkbox, UnstyledButton } from '@mantine/core';
import { useRef, useState, type DragEvent, type PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COLUMN_SORT, MAX_WIDTH, MIN_WIDTH, type ColumnId } from '../../../domain/tracking/columns';
import type { TrackingSort } from '../../../domain/tracking/query';
import { HEADER_HEIGHT, SELECT_WIDTH } from './GridRow';
import classes from './TrackingGrid.module.css';

const DRAG_TYPE = 'application/x-tracking-column';

export interface GridHeaderProps {
  columns: readonly ColumnId[];
  widths: Readonly<Record<ColumnId, number>>;
  headerIds: Readonly<Record<ColumnId, string>>;
  width: number;
  sort: TrackingSort;
  onSort(column: ColumnId): void;
  /** A new width while the edge is dragged (whole pixels, within the limits); null resets to the default. */
  onResize(column: ColumnId, width: number | null): void;
  /** Puts `column` just before `before` (dragged onto its header). */
  onMove(column: ColumnId, before: ColumnId): void;
  selection: 'none' | 'some' | 'all';
  onSelectAll(): void;
}

function ariaSort(sort: TrackingSort, column: ColumnId): 'ascending' | 'descending' | 'none' | undefined {
  const key = COLUMN_SORT[column];
  if (!key) return undefined;
  if (key !== sort.key) return 'none';
  return sort.dir === 'asc' ? 'ascending' : 'descending';
}

/** Drawn, not written: the header's text stays the column's name. */
function SortArrow({ up }: { up: boolean }) {
  return (
    <svg aria-hidden="true" width="10" height="10" viewBox="0 0 10 10" style={{ flexShrink: 0 }}>
      <path d={up ? 'M5 1 L9 8 H1 Z' : 'M5 9 L9 2 H1 Z'} fill="currentColor" />
    </svg>
  );
}

const clampWidth = (width: number) => Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width)));

/** The sticky header: click to sort, drag a header onto another to reorder, drag its right edge to resize. */
export function GridHeader({ columns, widths, headerIds, width, sort, onSort, onResize, onMove, selection, onSelectAll }: GridHeaderProps) {
  const { t } = useTranslation();
  const [resizing, setResizing] = useState<ColumnId | null>(null);
  const [dropTarget, setDropTarget] = useState<ColumnId | null>(null);
  const resizingNow = useRef(false);

  function startResize(event: ReactPointerEvent<HTMLDivElement>, column: ColumnId) {
    if (event.button !== 0) return;
    event.preventDefault();
    event.stopPropagation();
    const handle = event.currentTarget;
    const startX = event.clientX;
    const startWidth = widths[column];
    handle.setPointerCapture?.(event.pointerId);
    resizingNow.current = true;
    setResizing(column);
    const move = (moved: PointerEvent) => onResize(column, clampWidth(startWidth + moved.clientX - startX));
    const end = () => {
      resizingNow.current = false;
      setResizing(null);
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', end);
      handle.removeEventListener('pointercancel', end);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', end);
    handle.addEventListener('pointercancel', end);
  }

  function dragStart(event: DragEvent<HTMLDivElement>, column: ColumnId) {
    if (resizingNow.current) {
      event.preventDefault();
      return;
    }
    event.dataTransfer.setData(DRAG_TYPE, column);
    event.dataTransfer.effectAllowed = 'move';
  }

  function dragOver(event: DragEvent<HTMLDivElement>, column: ColumnId) {
    if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    if (dropTarget !== column) setDropTarget(column);
  }

  function drop(event: DragEvent<HTMLDivElement>, column: ColumnId) {
    setDropTarget(null);
    const dragged = event.dataTransfer.getData(DRAG_TYPE) as ColumnId;
    if (dragged && dragged !== column && columns.includes(dragged)) {
      event.preventDefault();
      onMove(dragged, column);
    }
  }

  return (
    <div role="row" aria-rowindex={1} className={classes.header} style={{ height: HEADER_HEIGHT, width }}>
      <div role="columnheader" className={classes.headerCell} style={{ width: SELECT_WIDTH }}>
        <Checkbox
          size="xs"
          tabIndex={-1}
          checked={selection === 'all'}
          indeterminate={selection === 'some'}
          onChange={onSelectAll}
          aria-label={t('tracking.grid.selectAll')}
        />
      </div>
      {columns.map((column) => {
        const label = t(`tracking.columns.${column}`);
        const sortable = COLUMN_SORT[column] !== undefined;
        const direction = ariaSort(sort, column);
        return (
          <div
            key={column}
            id={headerIds[column]}
            role="columnheader"
            aria-sort={direction}
            className={classes.headerCell}
            style={{ width: widths[column] }}
            draggable
            data-drop-target={dropTarget === column || undefined}
            onDragStart={(event) => dragStart(event, column)}
            onDragOver={(event) => dragOver(event, column)}
            onDragLeave={() => setDropTarget((current) => (current === column ? null : current))}
            onDrop={(event) => drop(event, column)}
            onDragEnd={() => setDropTarget(null)}
          >
            {sortable ? (
              <UnstyledButton className={classes.sortButton} tabIndex={-1} onClick={() => onSort(column)}>
                {label}
                {direction === 'ascending' || direction === 'descending' ? <SortArrow up={direction === 'ascending'} /> : null}
              </UnstyledButton>
            ) : (
              label
            )}
            <div
              aria-hidden="true"
              title={t('tracking.grid.resize', { column: label })}
              className={classes.resizer}
              data-active={resizing === column || undefined}
              onPointerDown={(event) => startResize(event, column)}
              onDoubleClick={() => onResize(column, null)}
              onClick={(event) => event.stopPropagation()}
            />
          </div>
        );
      })}
    </div>
  );
}
