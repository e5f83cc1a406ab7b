import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnId } from '../../../domain/tracking/columns';
import type { TrackingSort } from '../../../domain/tracking/query';
import type { TrackingRow } from '../../../domain/tracking/row';
import { GridHeader, type GridHeaderProps } from './GridHeader';
import { GridRow, HEADER_HEIGHT, ROW_HEIGHT, SELECT_WIDTH } from './GridRow';
import classes from './TrackingGrid.module.css';
import type { TablePlace } from './trackingQuery';
import type { WindowCache } from './windowCache';

export interface TrackingGridProps {
  cache: WindowCache;
  /** Changes with the query: the grid goes back to the top. */
  queryKey: string;
  /** Where the table of this query was left (opening a case and coming back): scrolled back there once the rows are counted. */
  place?: TablePlace | null;
  /** Where the table is now (scrolled, or a row made active or opened), to come back to. */
  onPlace?(queryKey: string, place: TablePlace): void;
  columns: readonly ColumnId[];
  widths: Readonly<Record<ColumnId, number>>;
  sort: TrackingSort;
  now: number;
  /** Ids of the selected cases. */
  selected: ReadonlySet<string>;
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
  const [active, setActive] = useState<{ key: string; index: number }>(() => ({ key: queryKey, index: props.place?.active ?? -1 }));
  const activeIndex = active.key === queryKey && active.index < count ? active.index : -1;
  // Until the rows are counted the grid has no height to scroll in: the place waits, and is not overwritten meanwhile.
  const restoring = useRef<TablePlace | null>(props.place ?? null);
  // Read by the scroll handler, which may run before the render that follows a move.
  const activeRef = useRef(active.index);
  const shownKey = useRef(queryKey);
  const { onPlace, onOpen } = props;

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

  const record = useCallback(() => {
    if (restoring.current) return;
    onPlace?.(queryKey, { top: scrollRef.current?.scrollTop ?? 0, active: activeRef.current });
  }, [onPlace, queryKey, scrollRef]);

  // A new query starts at its first row, with no active one; the first render keeps the place it came back to.
  useEffect(() => {
    if (shownKey.current === queryKey) return;
    shownKey.current = queryKey;
    restoring.current = null;
    activeRef.current = -1;
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
    record();
  }, [queryKey, scrollRef, record]);

  // Back at the place left: scrolled there (the virtualizer then asks for the windows at that offset), and
  // the keyboard goes on from the active row unless the user already went somewhere else.
  useEffect(() => {
    const place = restoring.current;
    const grid = scrollRef.current;
    if (!place || !grid || count === 0) return;
    restoring.current = null;
    grid.scrollTop = place.top;
    // Focus left on the navigation or the page itself is taken; a field of the page the user went to is not.
    const focus = document.activeElement;
    const elsewhere = focus !== null && focus !== document.body && (grid.closest('main') ?? document.body).contains(focus) && !focus.contains(grid);
    if (place.active >= 0 && place.active < count && !elsewhere) grid.focus({ preventScroll: true });
  }, [count, scrollRef]);

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
    activeRef.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
    record();
  }

  // The row opened becomes the active one: coming back, the user sees where they were and goes on from there.
  const opening = useCallback(
    (index: number) => {
      setActive({ key: queryKey, index });
      activeRef.current = index;
      record();
    },
    [queryKey, record],
  );
  const open = useCallback(
    (row: TrackingRow, index: number) => {
      opening(index);
      onOpen(row);
    },
    [opening, onOpen],
  );

  // The case number is a plain link that keeps its click to itself (a new window, a copied address): seen on the way down.
  function onClickCapture(event: MouseEvent<HTMLDivElement>) {
    const row = event.target instanceof Element ? event.target.closest('a[href]')?.closest('[role="row"][aria-rowindex]') : null;
    const index = Number(row?.getAttribute('aria-rowindex')) - 2;
    if (index >= 0) opening(index);
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
      Enter: () => row && open(row, activeIndex),
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
      onScroll={record}
      onClickCapture={onClickCapture}
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
              onOpen={open}
              onToggle={props.onToggle}
            />
          );
        })}
      </div>
    </div>
  );
}
