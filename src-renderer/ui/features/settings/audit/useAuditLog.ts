import { useCallback, useEffect, useRef, useState } from 'react';
import type { StoreArgs } from '../../../../store/api';
import type { AuditCursor, AuditLogRow } from '../../../../store/services/audit/list';
import { useStore } from '../../../data/hooks';
import { asStoreError, type StoreError } from '../../../data/store-client';

export type AuditQuery = Omit<StoreArgs<'audit.list'>, 'limit'>;

export interface AuditLog {
  rows: AuditLogRow[];
  hasMore: boolean;
  /** True until the first page of the current query arrived, and while another page is read. */
  loading: boolean;
  error: StoreError | null;
  loadMore(): void;
}

interface Loaded {
  key: string;
  rows: AuditLogRow[];
  next: AuditCursor | null;
}

/**
 * The audit log for one query, a page at a time by the store's keyset cursor. The log only grows and
 * is read for an inquiry, so it is read when the query is set (查询), not again on every change.
 */
export function useAuditLog(query: AuditQuery, pageSize: number, version = 0): AuditLog {
  const store = useStore();
  // `version` reads the same query again (查询 pressed twice: events may have been added since).
  const key = JSON.stringify({ query, version });
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<{ key: string; error: StoreError } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  // A page still arriving for an older query is dropped.
  const generation = useRef(0);

  const page = useCallback(
    // `key` is the JSON of the query: read back from it, so a new query object each render changes nothing.
    (cursor: AuditCursor | undefined) => store.send('audit.list', { ...(JSON.parse(key) as { query: AuditQuery }).query, ...(cursor ? { cursor } : {}), limit: pageSize }),
    [store, key, pageSize],
  );

  useEffect(() => {
    const mine = ++generation.current;
    page(undefined).then(
      (answer) => mine === generation.current && setLoaded({ key, rows: answer.events, next: answer.next }),
      (failure: unknown) => mine === generation.current && setError({ key, error: asStoreError(failure) }),
    );
  }, [page, key]);

  const fresh = loaded?.key === key ? loaded : null;
  const loadMore = useCallback(() => {
    if (!fresh?.next || loadingMore) return;
    const mine = generation.current;
    setLoadingMore(true);
    page(fresh.next)
      .then(
        (answer) => mine === generation.current && setLoaded({ key: fresh.key, rows: [...fresh.rows, ...answer.events], next: answer.next }),
        (failure: unknown) => mine === generation.current && setError({ key: fresh.key, error: asStoreError(failure) }),
      )
      .finally(() => setLoadingMore(false));
  }, [fresh, loadingMore, page]);

  const failed = error?.key === key ? error.error : null;
  return {
    rows: fresh?.rows ?? [],
    hasMore: fresh?.next != null,
    loading: loadingMore || (fresh === null && failed === null),
    error: failed,
    loadMore,
  };
}
