import { useEffect, useState, useSyncExternalStore } from 'react';
import { dependsOnTime, type TrackingQuery } from '../../../domain/tracking/query';
import { useStore } from '../../data/hooks';
import { createWindowCache, type WindowCache, type WindowSummary } from './windowCache';

/** Changes come in bursts (a bulk assignment, a seeding run): one refetch after the burst. */
const REFRESH_DEBOUNCE_MS = 150;
/** Overdue and due-soon answers age with the clock: asked again this often while such a filter is on. */
const TIME_REFRESH_MS = 30_000;

export interface TrackingWindows {
  /** Count and answer: re-renders the page only when they change, not for every window of rows. */
  summary: WindowSummary;
  /** The rows themselves: the grid subscribes to them. */
  cache: WindowCache;
}

/**
 * The windows of the tracking table for `query`, kept current: a committed
 * change to cases, or a reconnected store host, refetches the count and the
 * rows on screen without moving the scroll position.
 */
export function useTrackingWindows(query: TrackingQuery): TrackingWindows {
  const store = useStore();
  const [cache] = useState(() => createWindowCache((request) => store.send('tracking.rows', request)));
  const summary = useSyncExternalStore(cache.subscribe, cache.getSummary);

  useEffect(() => {
    cache.setQuery(query);
  }, [cache, query]);

  useEffect(() => () => cache.reset(), [cache]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe((events) => {
      // An empty list is the reconnect signal: anything may have changed. A user deactivated or given
      // another role changes how their cases' owner reads (王丽娟（已停用）).
      if (events.length > 0 && !events.some((event) => event.area === 'cases' || event.area === 'users')) return;
      clearTimeout(timer);
      timer = setTimeout(() => cache.refresh(), REFRESH_DEBOUNCE_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [store, cache]);

  const timeDependent = dependsOnTime(query.filter);
  useEffect(() => {
    if (!timeDependent) return;
    const timer = setInterval(() => cache.refresh(), TIME_REFRESH_MS);
    return () => clearInterval(timer);
  }, [cache, timeDependent]);

  return { summary, cache };
}
