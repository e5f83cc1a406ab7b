import { createContext, useContext, useEffect, useState } from 'react';
import type { Platform } from '../../platform';
import type { StoreArgs, StoreMethod, StoreResult } from '../../store/api';
import { StoreError, type StoreClient } from './store-client';

export const StoreContext = createContext<StoreClient | null>(null);
export const PlatformContext = createContext<Platform | null>(null);

export function useStore(): StoreClient {
  const client = useContext(StoreContext);
  if (!client) throw new Error('useStore outside StoreContext');
  return client;
}

export function usePlatform(): Platform {
  const platform = useContext(PlatformContext);
  if (!platform) throw new Error('usePlatform outside PlatformContext');
  return platform;
}

export interface QueryState<T> {
  data: T | undefined;
  error: StoreError | null;
  /** True until the first answer for the current key arrived. */
  loading: boolean;
  reload(): void;
}

interface Answer<T> {
  key: string;
  data?: T;
  error: StoreError | null;
}

/**
 * Runs a store query and runs it again after every committed change and after
 * a store restart, so what the user sees is never stale. `key` identifies
 * `args`: the query re-runs when it changes.
 */
export function useStoreQuery<K extends StoreMethod>(name: K, args: StoreArgs<K>, key: string): QueryState<StoreResult<K>> {
  const store = useStore();
  const [answer, setAnswer] = useState<Answer<StoreResult<K>> | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    let latest = 0;
    // At most one call in flight and one queued: a burst of changes costs two queries, not one per change.
    let inFlight = false;
    let queued = false;
    const run = () => {
      if (inFlight) {
        queued = true;
        return;
      }
      inFlight = true;
      const call = ++latest;
      store.send(name, args).then(
        (data) => current && call === latest && setAnswer({ key, data, error: null }),
        (error: unknown) =>
          current &&
          call === latest &&
          setAnswer((previous) => ({
            key,
            ...(previous?.key === key && previous.data !== undefined ? { data: previous.data } : {}),
            error: error instanceof StoreError ? error : new StoreError({ code: 'store.internal' }),
          })),
      ).finally(() => {
        inFlight = false;
        if (queued && current) {
          queued = false;
          run();
        }
      });
    };
    run();
    const unsubscribe = store.subscribe(run);
    return () => {
      current = false;
      unsubscribe();
    };
    // `key` stands for `args`, which is a new object on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, name, key, version]);

  const fresh = answer?.key === key ? answer : null;
  return {
    data: fresh?.data,
    error: fresh?.error ?? null,
    loading: fresh === null,
    reload: () => setVersion((v) => v + 1),
  };
}

/** The current time, refreshed every `intervalMs`, so time-dependent marks change without reload. */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
