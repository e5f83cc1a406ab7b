import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
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
  loading: boolean;
  reload(): void;
}

/**
 * Runs a store query and runs it again after every committed change and after
 * a store restart, so what the user sees is never stale. `key` must change
 * whenever `args` does.
 */
export function useStoreQuery<K extends StoreMethod>(name: K, args: StoreArgs<K>, key: string): QueryState<StoreResult<K>> {
  const store = useStore();
  const [state, setState] = useState<{ data?: StoreResult<K>; error: StoreError | null; loading: boolean }>({
    error: null,
    loading: true,
  });
  const argsRef = useRef(args);
  argsRef.current = args;
  const generation = useRef(0);

  const run = useCallback(() => {
    const current = ++generation.current;
    setState((s) => ({ ...s, loading: true }));
    store.send(name, argsRef.current).then(
      (data) => current === generation.current && setState({ data, error: null, loading: false }),
      (error: unknown) =>
        current === generation.current &&
        setState((s) => ({ ...s, error: error instanceof StoreError ? error : new StoreError({ code: 'store.internal' }), loading: false })),
    );
  }, [store, name]);

  useEffect(() => {
    run();
    return store.subscribe(() => run());
  }, [run, store, key]);

  return { data: state.data, error: state.error, loading: state.loading, reload: run };
}
