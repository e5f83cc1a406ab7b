import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnId } from '../../../domain/tracking/columns';
import type { TrackingSort } from '../../../domain/tracking/query';
import type { TrackingRow } from '../../../domain/tracking/row';
import { GridHeader, type GridHeaderProps } from './GridHeader';
import { GridRow, HEADER_HEIGHT, ROW_HEIGHT, SELECT_WIDTH } from './GridRow';
import classes from './TrackingGrid.module.css';
import type { WindowCache } from './windowCache';

export interface TrackingGridProps {
  cache: WindowCache;
  /** Changes with the query: the grid goes back to the top. */
  queryKey: string;
  columns: readonly ColumnId[];
  widths: Readonly<Record<ColumnId, number>>;
  sort: TrackingSort;
  now: number;
  selected: ReadonlyMap<string, TrackingRow>;
  onSort: GridHeaderProps['onSort'];
  onResize: GridHeaderProps['onResize'];
  onMove: GridHeaderProps['onMove'];
  onOpen(row: TrackingRow): void;
  onToggle(row: TrackingRow): void;
  onSelectAllLoaded(): void;
  onClearSelection(): void;
  /** The grid element, for the search box to hand the focus to. */
  gridRef?: React.RefObject<HTMLDivElement | null>;
}

/** Rows rendered beyond the visible ones, so a short scroll shows rows already laid out. */
const OVERSCAN = 8;

/**
 * The virtualized tracking table: only the rows in view are in the DOM, the
 * scroll height comes from the count, rows arrive window by window. One tab
 * stop (ARIA grid with an active descendant): ↑ ↓ PageUp PageDown Home End
 * move, Enter opens, Space selects, Esc clears the selection.
 */
export function TrackingGrid(props: TrackingGridProps) {
  const { cache, queryKey, columns, widths, now, selected } = props;
  const view = useSyncExternalStore(cache.subscribe, cache.getView);
  const { t } = useTranslation();
  const baseId = useId();
  const ownRef = useRef<HTMLDivElement | null>(null);
  const scrollRef = props.gridRef ?? ownRef;
  const count = view.total ?? 0;
  const [active, setActive] = useState<{ key: string; index: number }>({ key: queryKey, index: -1 });
  const activeIndex = active.key === queryKey && active.index < count ? active.index : -1;

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render only through its own re-render.
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;

  useEffect(() => {
    cache.setRange(first, last);
  }, [cache, first, last]);
  // A new query starts at its first row. (Braces: newer Chromium returns a promise from scrollTo, not a cleanup.)
  useEffect(() => {
    void scrollRef.current?.scrollTo?.({ top: 0 });
  }, [queryKey, scrollRef]);

  const headerIds = useMemo(
    () => Object.fromEntries(columns.map((id) => [id, `${baseId}-col-${id}`])) as Record<ColumnId, string>,
    [baseId, columns],
  );
  const width = SELECT_WIDTH + columns.reduce((sum, id) => sum + widths[id], 0);
  const selection = useMemo(() => {
    const loaded = view.loadedRows();
    const selectedLoaded = loaded.filter((row) => selected.has(row.id)).length;
    return selectedLoaded === 0 ? 'none' : selectedLoaded === loaded.length ? 'all' : 'some';
  }, [view, selected]);
  const rowDomId = (index: number) => `${baseId}-row-${index}`;

  function moveTo(index: number) {
    if (count === 0) return;
    const next = Math.min(count - 1, Math.max(0, index));
    setActive({ key: queryKey, index: next });
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  function firstVisible(): number {
    const top = scrollRef.current?.scrollTop ?? 0;
    return Math.min(count - 1, Math.ceil(top / ROW_HEIGHT));
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    // Keys pressed on a checkbox or link inside the grid act on that control.
    if (event.target !== event.currentTarget) return;
    const page = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 0) - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
    const from = activeIndex < 0 ? firstVisible() - 1 : activeIndex;
    const row = activeIndex < 0 ? undefined : view.rowAt(activeIndex);
    const moves: Record<string, () => void> = {
      ArrowDown: () => moveTo(from + 1),
      ArrowUp: () => moveTo(activeIndex < 0 ? firstVisible() : from - 1),
      PageDown: () => moveTo(from + page),
      PageUp: () => moveTo(from - page),
      Home: () => moveTo(0),
      End: () => moveTo(count - 1),
      Enter: () => row && props.onOpen(row),
      ' ': () => row && props.onToggle(row),
      Escape: () => props.onClearSelection(),
    };
    const action = moves[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  const activeRendered = activeIndex >= 0 && items.some((item) => item.index === activeIndex);

  return (
    <div
      ref={scrollRef}
      role="grid"
      aria-label={t('tracking.title')}
      aria-description={t('tracking.grid.hint')}
      aria-rowcount={count + 1}
      aria-colcount={columns.length + 1}
      aria-multiselectable="true"
      aria-activedescendant={activeRendered ? rowDomId(activeIndex) : undefined}
      tabIndex={0}
      className={classes.grid}
      onKeyDown={onKeyDown}
    >
      <div style={{ height: virtualizer.getTotalSize(), width, position: 'relative' }}>
        <GridHeader
          columns={columns}
          widths={widths}
          headerIds={headerIds}
          width={width}
          sort={props.sort}
          onSort={props.onSort}
          onResize={props.onResize}
          onMove={props.onMove}
          selection={selection}
          onSelectAll={selection === 'all' ? props.onClearSelection : props.onSelectAllLoaded}
        />
        {items.map((item) => {
          const row = view.rowAt(item.index);
          return (
            <GridRow
              key={item.index}
              row={row}
              index={item.index}
              domId={rowDomId(item.index)}
              top={item.start}
              width={width}
              columns={columns}
              widths={widths}
              headerIds={headerIds}
              now={now}
              selected={row !== undefined && selected.has(row.id)}
              active={item.index === activeIndex}
              onOpen={props.onOpen}
              onToggle={props.onToggle}
            />
          );
        })}
      </div>
    </div>
  );
}
