import { useCallback, useEffect, useRef, useState } from 'react';
import type { StoreArgs, StoreResult } from '../../../store/api';
import { useStore } from '../../data/hooks';
import { asStoreError, type StoreError } from '../../data/store-client';

export type AlertLogArgs = Omit<StoreArgs<'alerts.log'>, 'cursor' | 'limit'>;
type LogPage = StoreResult<'alerts.log'>;
export type AlertLogRow = LogPage['rows'][number];
type Cursor = NonNullable<LogPage['next']>;

/** Changes come in bursts (a coalesced alert logs many rows at once): one refetch after the burst. */
const REFRESH_DEBOUNCE_MS = 150;

export interface AlertLog {
  rows: AlertLogRow[];
  /** Whether another page follows the rows loaded. */
  hasMore: boolean;
  /** True until the first answer for the current filter arrived. */
  loading: boolean;
  loadingMore: boolean;
  error: StoreError | null;
  loadMore(): void;
}

interface Loaded {
  key: string;
  rows: AlertLogRow[];
  next: Cursor | null;
  /** How many pages the rows are: a refresh reads as many again, so what the user scrolled to stays. */
  pages: number;
}

/**
 * The alert log for a filter, a page at a time by the store's keyset cursor,
 * kept current: a committed change of alerts (or a reconnected store host)
 * reads the pages loaded so far again.
 */
export function useAlertLog(args: AlertLogArgs, pageSize: number): AlertLog {
  const store = useStore();
  const key = JSON.stringify(args);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<{ key: string; error: StoreError } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  // Each read from scratch bumps the generation: a page still arriving for an older one is dropped.
  const generation = useRef(0);
  // What is on screen, for the change listener and "load more" (state would be stale in their closures).
  const current = useRef<Loaded | null>(null);
  const show = useCallback((next: Loaded) => {
    current.current = next;
    setLoaded(next);
  }, []);

  const page = useCallback(
    // `key` is the JSON of the arguments: they are read back from it, so a new args object each render changes nothing.
    (cursor: Cursor | null) => store.send('alerts.log', { ...(JSON.parse(key) as AlertLogArgs), ...(cursor === null ? {} : { cursor }), limit: pageSize }),
    [store, key, pageSize],
  );

  /** Reads the first `pages` pages again; undefined when a newer read started meanwhile. */
  const readPages = useCallback(
    async (pages: number, mine: number): Promise<Loaded | undefined> => {
      const rows: AlertLogRow[] = [];
      let next: Cursor | null = null;
      let read = 0;
      do {
        const answer: LogPage = await page(next);
        if (mine !== generation.current) return undefined;
        rows.push(...answer.rows);
        next = answer.next ?? null;
        read += 1;
      } while (next !== null && read < pages);
      return { key, rows, next, pages: read };
    },
    [page, key],
  );

  useEffect(() => {
    const reload = (pages: number) => {
      const mine = ++generation.current;
      readPages(pages, mine).then(
        (fresh) => {
          if (!fresh) return;
          show(fresh);
          setError(null);
        },
        (failure: unknown) => mine === generation.current && setError({ key, error: asStoreError(failure) }),
      );
    };
    reload(1);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe((events) => {
      // An empty list is the reconnect signal: anything may have changed.
      if (events.length > 0 && !events.some((event) => (event.area as string) === 'alerts')) return;
      clearTimeout(timer);
      timer = setTimeout(() => reload(current.current?.key === key ? current.current.pages : 1), REFRESH_DEBOUNCE_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
      generation.current += 1;
    };
  }, [store, readPages, show, key]);

  const loadMore = useCallback(() => {
    const from = current.current;
    if (!from || from.key !== key || from.next === null || loadingMore) return;
    const mine = generation.current;
    setLoadingMore(true);
    page(from.next).then(
      (answer) => {
        if (mine !== generation.current) return;
        show({ key: from.key, rows: [...from.rows, ...answer.rows], next: answer.next ?? null, pages: from.pages + 1 });
      },
      (failure: unknown) => mine === generation.current && setError({ key: from.key, error: asStoreError(failure) }),
    ).finally(() => setLoadingMore(false));
  }, [page, key, loadingMore, show]);

  const fresh = loaded?.key === key ? loaded : null;
  return {
    rows: fresh?.rows ?? [],
    hasMore: fresh?.next != null,
    loading: fresh === null && error?.key !== key,
    loadingMore,
    error: error?.key === key ? error.error : null,
    loadMore,
  };
}
