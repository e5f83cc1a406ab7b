import { Alert } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrackingRow } from '../../../../domain/tracking/row';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { usePlatform, useStore, useStoreQuery } from '../../../data/hooks';
import { StoreError } from '../../../data/store-client';
import { MAX_PRINT_ROWS, readListRoute, type ListPayload } from './listRoute';
import { TrackingListSheet } from './TrackingListSheet';

const WINDOW = 1_000;

interface Loaded {
  rows: TrackingRow[];
  total: number;
  /** Archived cases the view's conditions match but leave out (归档 at its default); 0 for a selection. */
  archivedLeftOut: number;
  at: number;
}

type Store = ReturnType<typeof useStore>;

/** The view's rows in one consistent answer (pinned to its snapshot), up to MAX_PRINT_ROWS, and how many it holds. */
async function viewRows(store: Store, query: ListPayload['query']): Promise<Omit<Loaded, 'at'>> {
  const first = await store.send('tracking.rows', { query, start: 0, count: WINDOW });
  const rows = [...first.rows];
  while (rows.length < Math.min(first.total, MAX_PRINT_ROWS)) {
    const next = await store.send('tracking.rows', { query, start: rows.length, count: WINDOW, snapshot: first.snapshot });
    if (next.rows.length === 0) break;
    rows.push(...next.rows);
  }
  return { rows: rows.slice(0, MAX_PRINT_ROWS), total: first.total, archivedLeftOut: first.archivedMatches };
}

/** Selected cases as they are now, in the view's order; a case gone since (erased) is left out. */
async function selectedRows(store: Store, query: ListPayload['query'], ids: string[]): Promise<Omit<Loaded, 'at'>> {
  const ordered = await store.send('tracking.tableOrder', { query, ids });
  const rows: TrackingRow[] = [];
  for (let start = 0; start < ordered.length; start += WINDOW) rows.push(...(await store.send('tracking.rowsByIds', { ids: ordered.slice(start, start + WINDOW) })));
  return { rows, total: rows.length, archivedLeftOut: 0 };
}

/**
 * 投诉处理进度跟踪表 (list) of the view named in the route, or of the cases
 * selected in it: reads the rows window by window, then tells the platform it
 * is ready to print.
 */
export function PrintTrackingList({ encoded }: { encoded: string }) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const store = useStore();
  const settings = useStoreQuery('settings.get', {}, 'settings');
  // The owner filter names people by id; the sheet says who.
  const options = useStoreQuery('tracking.options', {}, 'tracking.options');
  const payload = readListRoute(encoded);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<StoreError | null>(null);

  useEffect(() => {
    if (!payload) return;
    let current = true;
    void (async () => {
      try {
        const read = payload.ids ? await selectedRows(store, payload.query, payload.ids) : await viewRows(store, payload.query);
        if (current) setLoaded({ ...read, at: Date.now() });
      } catch (failure) {
        if (current) setError(failure instanceof StoreError ? failure : new StoreError({ code: 'store.internal', params: { detail: String(failure) } }));
      }
    })();
    return () => {
      current = false;
    };
    // The route is the whole input; `payload` is parsed from it on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [encoded, store]);

  const failure = error ?? settings.error ?? options.error;
  const ready = (loaded !== null && settings.data !== undefined && options.data !== undefined) || failure !== null || payload === null;
  useEffect(() => {
    if (ready) platform.printReady();
  }, [ready, platform]);

  if (!payload) return <Alert color="red">{t('tracking.print.badRoute')}</Alert>;
  if (failure) return <ErrorAlert error={failure} />;
  if (!loaded || !settings.data || !options.data) return null;
  const owners = new Map(options.data.owners.map((owner) => [owner.id, owner.name]));
  return (
    <TrackingListSheet
      query={payload.query}
      ownerName={(id) => owners.get(id) ?? id}
      rows={loaded.rows}
      total={loaded.total}
      archivedLeftOut={loaded.archivedLeftOut}
      selection={payload.ids !== undefined}
      columns={payload.columns}
      centreName={settings.data.centreName}
      printedAt={loaded.at}
      title={t('tracking.print.title')}
      paper={settings.data.print}
    />
  );
}
