import { Button, Collapse, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { visibleColumns } from '../../../domain/tracking/columns';
import type { TrackingFilter, TrackingQuery, TrackingSort } from '../../../domain/tracking/query';
import { searchesContacts, type TrackingRow } from '../../../domain/tracking/row';
import type { BuiltInView, SavedView } from '../../../domain/tracking/views';
import { may } from '../../../domain/users/roles';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PrintButtons } from '../../components/PrintButtons';
import { useNow, useStore, useStoreQuery } from '../../data/hooks';
import { asStoreError, type StoreError } from '../../data/store-client';
import { useAuth } from '../auth/AuthGate';
import { IndexProgress } from '../jobs/IndexProgress';
import { ArchivedHint } from './ArchivedHint';
import { AssignDialog } from './AssignDialog';
import { BulkBar, type SelectionScope } from './BulkBar';
import { ColumnsMenu } from './ColumnsMenu';
import { DepartmentRequests } from './DepartmentRequests';
import { DrillChips } from './DrillChips';
import { ExportMenu, ExportProgressModal } from './ExportMenu';
import { FilterPanel } from './FilterPanel';
import { defaultWidths, layoutWidths, useLabelMeasure } from './labelWidths';
import { listPrintRoute, printsSelection } from './print/listRoute';
import { moveBefore, setWidth } from './layout';
import { SaveViewModal } from './SaveViewModal';
import { SearchBox, SortControl } from './Toolbar';
import { TrackingGrid } from './TrackingGrid';
import {
  activeFilterCount,
  applyView,
  DEFAULT_FILTER,
  isDefaultFilter,
  keyOfQuery,
  matchingView,
  rememberChosenView,
  rememberPlace,
  rememberQuery,
  restoreChosenView,
  restorePlace,
  restoreQuery,
  routeQuery,
  sortByColumn,
  type TablePlace,
} from './trackingQuery';
import { useExport } from './useExport';
import { useTrackingPrefs } from './useTrackingPrefs';
import { useTrackingWindows } from './useTrackingWindows';
import { ViewsBar } from './ViewsBar';

/** Results follow the typing, once the user paused. */
const SEARCH_DEBOUNCE_MS = 250;
const NO_SELECTION: ReadonlySet<string> = new Set();

const failureOf = (error: unknown): StoreError | null => (error === null || error === undefined ? null : asStoreError(error));

/**
 * 投诉处理进度跟踪表: views, search, filters, the virtualized grid, bulk actions and export.
 * `view` comes from the route `/tracking/<view>` (an alert summary links there): it opens that built-in view.
 */
export function TrackingPage({ view }: { view?: string }) {
  const { t } = useTranslation();
  const { actor } = useAuth();
  const [, navigate] = useLocation();
  const now = useNow();
  const [query, setQuery] = useState<TrackingQuery>(() => routeQuery(view) ?? restoreQuery(actor.id));
  const [searchText, setSearchText] = useState(query.filter.text);
  // Of two views showing the same query, the one the user clicked is the one marked.
  const [chosenView, setChosenView] = useState<string | null>(() => (routeQuery(view) ? (view ?? null) : restoreChosenView(actor.id)));
  // A route naming a view while the page is open (a second notification click) switches to it, during render as React advises.
  const [routedView, setRoutedView] = useState(view);
  if (routedView !== view) {
    setRoutedView(view);
    const routed = routeQuery(view);
    if (routed) {
      setQuery(routed);
      setSearchText('');
      setChosenView(view ?? null);
    }
  }
  const searchTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [filtersOpen, setFiltersOpen] = useState(() => activeFilterCount(query.filter) > 0);
  const queryKey = useMemo(() => keyOfQuery(query), [query]);
  // Coming back from a case: the place and active row the table of this query was left at.
  const [place] = useState(() => restorePlace(actor.id, queryKey));
  const onPlace = useCallback((key: string, where: TablePlace) => rememberPlace(actor.id, key, where), [actor.id]);
  // The selection (case ids) belongs to the query it was made in; `scope` says how it was made.
  const [selection, setSelection] = useState<{ key: string; ids: ReadonlySet<string>; scope: SelectionScope }>({
    key: queryKey,
    ids: NO_SELECTION,
    scope: 'picked',
  });
  const selected = selection.key === queryKey ? selection.ids : NO_SELECTION;
  const [selectingAll, setSelectingAll] = useState(false);
  const [selectAllError, setSelectAllError] = useState<StoreError | null>(null);
  const store = useStore();
  const [dialog, setDialog] = useState<'saveView' | 'assign' | null>(null);
  const gridRef = useRef<HTMLDivElement | null>(null);

  const { summary, cache } = useTrackingWindows(query);
  const prefs = useTrackingPrefs();
  const options = useStoreQuery('tracking.options', {}, 'tracking.options');
  const approvals = query.filter.awaitingMyApproval;
  // 待审批 adds the column saying which approval each case waits for; the export and the print follow the grid.
  const columns = useMemo(() => visibleColumns(prefs.layout, { approvals }), [prefs.layout, approvals]);
  const measure = useLabelMeasure();
  const defaults = useMemo(() => defaultWidths(t, measure), [t, measure]);
  const widths = useMemo(() => layoutWidths(prefs.layout, defaults), [prefs.layout, defaults]);
  const exporter = useExport(columns, (id) => widths[id]);

  useEffect(() => {
    rememberQuery(actor.id, query);
  }, [actor.id, query]);
  useEffect(() => {
    rememberChosenView(actor.id, chosenView);
  }, [actor.id, chosenView]);
  // Once opened, the view is the page's own state: the address goes back to `/tracking`, so the next click on a summary routes again.
  useEffect(() => {
    if (view !== undefined) navigate('/tracking', { replace: true });
  }, [view, navigate]);
  useEffect(() => () => clearTimeout(searchTimer.current), []);

  const setFilter = (patch: Partial<TrackingFilter>) => setQuery((q) => ({ ...q, filter: { ...q.filter, ...patch } }));
  const setSort = (sort: TrackingSort) => setQuery((q) => ({ ...q, sort }));
  const selectView = (chosen: BuiltInView | SavedView) => {
    setChosenView(chosen.id);
    setQuery((q) => applyView(chosen, q.filter.text));
  };

  function search(text: string) {
    setSearchText(text);
    clearTimeout(searchTimer.current);
    searchTimer.current = setTimeout(() => setQuery((q) => ({ ...q, filter: { ...q.filter, text } })), SEARCH_DEBOUNCE_MS);
  }

  // 选择全部 under way: any other change of the selection meanwhile (取消选择, a row unticked) wins over its answer.
  const selectAllRequest = useRef(0);
  const openCase = useCallback((row: TrackingRow) => navigate(`/cases/${row.id}`), [navigate]);
  const toggle = useCallback(
    (row: TrackingRow) => {
      selectAllRequest.current += 1;
      setSelectAllError(null);
      setSelection((current) => {
        const same = current.key === queryKey;
        const ids = new Set(same ? current.ids : NO_SELECTION);
        if (ids.has(row.id)) ids.delete(row.id);
        else ids.add(row.id);
        // Unticking a row of the header checkbox's selection keeps its note; any other change is the user's own pick.
        return { key: queryKey, ids, scope: same && current.scope === 'loaded' && ids.size > 0 ? 'loaded' : 'picked' };
      });
    },
    [queryKey],
  );
  const clearSelection = useCallback(() => {
    selectAllRequest.current += 1;
    setSelectAllError(null);
    setSelection({ key: queryKey, ids: NO_SELECTION, scope: 'picked' });
  }, [queryKey]);
  const selectAllLoaded = useCallback(() => {
    selectAllRequest.current += 1;
    setSelectAllError(null);
    setSelection({ key: queryKey, ids: new Set(cache.getView().loadedRows().map((row) => row.id)), scope: 'loaded' });
  }, [queryKey, cache]);
  // 选择全部 N 宗: every case of the answer the user sees counted (its snapshot), not only the loaded rows.
  const selectAllMatching = useCallback(async () => {
    const request = (selectAllRequest.current += 1);
    setSelectingAll(true);
    setSelectAllError(null);
    try {
      const answer = await store.send('tracking.ids', { query, ...(summary.snapshot ? { snapshot: summary.snapshot } : {}) });
      if (request !== selectAllRequest.current) return;
      setSelection((current) => (current.key === queryKey ? { key: queryKey, ids: new Set(answer.ids), scope: 'all' } : current));
    } catch (error) {
      if (request === selectAllRequest.current) setSelectAllError(asStoreError(error));
    } finally {
      setSelectingAll(false);
    }
  }, [store, query, queryKey, summary.snapshot]);

  const selectionPrintRoute = useMemo(
    () => (printsSelection(selected.size) ? listPrintRoute(query, columns, [...selected]) : null),
    [query, columns, selected],
  );

  const filterCount = activeFilterCount(query.filter);
  const activeView = useMemo(() => matchingView(query, prefs.views, chosenView), [query, prefs.views, chosenView]);
  const empty = summary.settled && summary.total === 0 && isDefaultFilter(query.filter);
  const error = failureOf(summary.error) ?? prefs.error ?? options.error ?? (selection.key === queryKey ? selectAllError : null);
  // Under the rows, or under "no complaints match" when the search or filter found none outside the archive.
  const archivedHint =
    summary.settled && summary.archivedMatches > 0 ? <ArchivedHint count={summary.archivedMatches} onShow={() => setFilter({ archived: 'all' })} /> : null;

  return (
    <Stack
      gap="sm"
      h="calc(100dvh - var(--app-shell-header-offset, 56px) - 2 * var(--app-shell-padding, 16px))"
      style={{ minHeight: 480 }}
    >
      <Group justify="space-between" align="baseline">
        <Title order={2}>{t('tracking.title')}</Title>
        {summary.total !== null && (
          <Text c="dimmed" data-testid="case-count" aria-live="polite">
            {t('tracking.count', { count: summary.total })}
          </Text>
        )}
      </Group>
      <ViewsBar saved={prefs.views} active={activeView} onSelect={selectView} onSave={() => setDialog('saveView')} />
      {/* 待本部门核实: the 核实请求 the user's department is asked to answer, beside their own work. */}
      <DepartmentRequests />
      <Group gap="xs" wrap="wrap">
        <SearchBox value={searchText} contacts={searchesContacts(actor)} onChange={search} onLeave={() => gridRef.current?.focus()} />
        <Button variant={filterCount > 0 ? 'light' : 'default'} aria-expanded={filtersOpen} onClick={() => setFiltersOpen((open) => !open)}>
          {filterCount > 0 ? t('tracking.filters.toggleActive', { count: filterCount }) : t('tracking.filters.toggle')}
        </Button>
        <SortControl sort={query.sort} onChange={setSort} />
        <ColumnsMenu layout={prefs.layout} onChange={(layout) => prefs.updateLayout(() => layout)} />
        <ExportMenu
          label={t('tracking.export.label')}
          disabled={!summary.total}
          onExport={(format) => exporter.run(format, { kind: 'view', query, snapshot: summary.snapshot })}
        />
        <PrintButtons
          route={listPrintRoute(query, columns)}
          fileName={`${t('tracking.print.fileName')}.pdf`}
          printLabel={t('tracking.print.button')}
          pdfLabel={t('tracking.print.pdf')}
          disabled={!summary.total}
        />
      </Group>
      {/* Conditions a dashboard figure set that the filter panel has no field for. */}
      <DrillChips filter={query.filter} onChange={setFilter} />
      <Collapse expanded={filtersOpen}>
        <Paper withBorder p="sm">
          <FilterPanel
            filter={query.filter}
            onChange={setFilter}
            onClear={() => setQuery((q) => ({ ...q, filter: { ...DEFAULT_FILTER, text: q.filter.text } }))}
            options={options.data}
          />
        </Paper>
      </Collapse>
      <ErrorAlert error={error} />
      {/* After a start, the first answer waits for the store host to read every case. */}
      <IndexProgress waiting={summary.total === null && !error} />
      {selected.size > 0 && (
        <BulkBar
          count={selected.size}
          scope={selection.scope}
          matching={summary.total}
          selectingAll={selectingAll}
          printRoute={selectionPrintRoute}
          canAssign={may(actor.role, 'cases.assign')}
          onAssign={() => setDialog('assign')}
          onExport={(format) => exporter.run(format, { kind: 'rows', ids: [...selected], query, snapshot: summary.snapshot })}
          onSelectAll={() => void selectAllMatching()}
          onClear={clearSelection}
        />
      )}
      {empty ? (
        <Paper withBorder p="xl">
          <Stack align="center">
            <Text>{t('tracking.empty')}</Text>
            <Button component="a" href="#/intake">
              {t('tracking.emptyAction')}
            </Button>
          </Stack>
        </Paper>
      ) : (
        prefs.ready && (
          <>
            {summary.settled && summary.total === 0 && (
              <Text c="dimmed" ta="center">
                {t('tracking.noMatch')}
              </Text>
            )}
            {summary.total === 0 && archivedHint}
            <TrackingGrid
              gridRef={gridRef}
              cache={cache}
              queryKey={queryKey}
              place={place}
              onPlace={onPlace}
              columns={columns}
              widths={widths}
              sort={query.sort}
              now={now}
              selected={selected}
              onSort={(column) => setSort(sortByColumn(query.sort, column))}
              onResize={(column, width) => prefs.updateLayout((layout) => setWidth(layout, column, width))}
              onMove={(column, before) => prefs.updateLayout((layout) => moveBefore(layout, column, before))}
              onOpen={openCase}
              onToggle={toggle}
              onSelectAllLoaded={selectAllLoaded}
              onClearSelection={clearSelection}
            />
            {summary.total !== 0 && archivedHint}
          </>
        )
      )}
      {dialog === 'saveView' && (
        <SaveViewModal
          query={query}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            setDialog(null);
            selectView(saved);
          }}
        />
      )}
      {dialog === 'assign' && (
        <AssignDialog
          caseIds={[...selected]}
          options={options.data}
          onClose={(assigned) => {
            setDialog(null);
            if (assigned) clearSelection();
          }}
        />
      )}
      <ExportProgressModal progress={exporter.progress} onCancel={exporter.cancel} />
    </Stack>
  );
}
