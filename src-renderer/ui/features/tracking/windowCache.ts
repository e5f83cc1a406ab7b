/**
 * The rows of the tracking table the UI holds: windows of 100 rows around
 * what is on screen, never the whole result. Windows come from the store
 * host's `tracking.rows`; all windows of one answer are read from the same
 * snapshot, so scrolling never shows a row twice or skips one. After a change
 * the rows on screen stay until their fresh copies arrive, so nothing flickers.
 */
import type { TrackingQuery } from '../../../domain/tracking/query';
import type { TrackingRow } from '../../../domain/tracking/row';
import type { TrackingWindow } from '../../../store/services/tracking/rows';

export const WINDOW_SIZE = 100;
/** About 3,000 rows: enough to scroll back and forth without refetching, small enough to stay light. */
export const MAX_WINDOWS = 30;
/** Requests at once: while the user drags the scrollbar, positions passed in between are not fetched. */
const MAX_IN_FLIGHT = 3;

export interface WindowRequest {
  query: TrackingQuery;
  start: number;
  count: number;
  snapshot?: string;
}

export type FetchWindow = (request: WindowRequest) => Promise<TrackingWindow>;

export interface WindowView {
  /** Matching cases; null before the first answer ever. */
  total: number | null;
  /** Archived cases the search would also find, had the filter included the archive (see `TrackingWindow`). */
  archivedMatches: number;
  /** False until an answer for the current query arrived (the total may still be the previous query's). */
  settled: boolean;
  /** The answer the windows on screen belong to: an export reads further from it. */
  snapshot: string | null;
  error: unknown;
  rowAt(index: number): TrackingRow | undefined;
  /** The rows of every loaded window of the current answer, in table order. */
  loadedRows(): TrackingRow[];
}

/** What the page around the grid shows: it changes far less often than the rows. */
export type WindowSummary = Pick<WindowView, 'total' | 'archivedMatches' | 'settled' | 'snapshot' | 'error'>;

export interface WindowCache {
  subscribe(listener: () => void): () => void;
  getView(): WindowView;
  /** The same object until the count, the answer or the error changes (for useSyncExternalStore). */
  getSummary(): WindowSummary;
  /** Shows another query (a no-op for an equal one): the table starts again from its first window. */
  setQuery(query: TrackingQuery): void;
  /** The rows on screen (first and last index, inclusive). */
  setRange(first: number, last: number): void;
  /** Something changed in the store: ask again for the count and the windows on screen. */
  refresh(): void;
  /** Stops answers in flight from landing; a later setQuery starts again. */
  reset(): void;
}

interface Held {
  rows: TrackingRow[];
  snapshot: string;
}

export function createWindowCache(fetchWindow: FetchWindow): WindowCache {
  let query: TrackingQuery | null = null;
  let key = '';
  /** Bumped by a new query: answers to older ones are dropped. */
  let generation = 0;
  /** Bumped by a refresh: an answer asked for before it is no longer the current one. */
  let epoch = 0;
  let snapshot: string | null = null;
  let total: number | null = null;
  let archivedMatches = 0;
  let settled = false;
  let error: unknown = null;
  let blocked = false;
  let range = { first: 0, last: 0 };
  let windows = new Map<number, Held>();
  let inFlight = new Set<number>();
  const listeners = new Set<() => void>();
  let view = makeView();
  let summary: WindowSummary = { total, archivedMatches, settled, snapshot, error };

  function makeView(): WindowView {
    // A view is what one render saw: later windows do not change it (at most MAX_WINDOWS entries to copy).
    const held = new Map(windows);
    const current = snapshot;
    return {
      total,
      archivedMatches,
      settled,
      snapshot,
      error,
      rowAt: (index) => held.get(Math.floor(index / WINDOW_SIZE))?.rows[index % WINDOW_SIZE],
      loadedRows: () =>
        [...held.entries()]
          .filter(([, window]) => window.snapshot === current)
          .sort(([a], [b]) => a - b)
          .flatMap(([, window]) => window.rows),
    };
  }

  function emit(): void {
    view = makeView();
    const same = summary.total === total && summary.archivedMatches === archivedMatches && summary.settled === settled;
    if (!same || summary.snapshot !== snapshot || summary.error !== error) {
      summary = { total, archivedMatches, settled, snapshot, error };
    }
    for (const listener of listeners) listener();
  }

  /** Windows on screen first, then one either side, within the result. */
  function needed(): number[] {
    if (total === null || total === 0) return [0];
    const lastWindow = Math.ceil(total / WINDOW_SIZE) - 1;
    const first = Math.min(Math.floor(range.first / WINDOW_SIZE), lastWindow);
    const last = Math.min(Math.max(first, Math.floor(range.last / WINDOW_SIZE)), lastWindow);
    const out: number[] = [];
    for (let w = first; w <= last; w += 1) out.push(w);
    if (first > 0) out.push(first - 1);
    if (last < lastWindow) out.push(last + 1);
    return out;
  }

  function touch(wanted: readonly number[]): void {
    for (const w of wanted) {
      const held = windows.get(w);
      if (held) {
        windows.delete(w);
        windows.set(w, held);
      }
    }
    for (const w of windows.keys()) {
      if (windows.size <= MAX_WINDOWS) break;
      if (!wanted.includes(w)) windows.delete(w);
    }
  }

  function pump(): void {
    if (query === null || blocked) return;
    // Without a current answer one request asks for it; the others then read the same snapshot.
    if (snapshot === null && inFlight.size > 0) return;
    const wanted = needed();
    touch(wanted);
    for (const w of wanted) {
      if (inFlight.size >= MAX_IN_FLIGHT) break;
      if (inFlight.has(w)) continue;
      const held = windows.get(w);
      if (held && snapshot !== null && held.snapshot === snapshot) continue;
      load(w, query);
      if (snapshot === null) break;
    }
  }

  function load(w: number, asked: TrackingQuery): void {
    const askedGeneration = generation;
    const askedEpoch = epoch;
    const askedSnapshot = snapshot;
    const flight = inFlight;
    flight.add(w);
    const request: WindowRequest = { query: asked, start: w * WINDOW_SIZE, count: WINDOW_SIZE };
    if (askedSnapshot !== null) request.snapshot = askedSnapshot;
    fetchWindow(request).then(
      (answer) => {
        if (askedGeneration !== generation) return;
        if (askedEpoch === epoch && askedSnapshot === snapshot) {
          // The current answer, or a new one when the store no longer kept ours.
          snapshot = answer.snapshot;
          total = answer.total;
          archivedMatches = answer.archivedMatches;
          settled = true;
          error = null;
        }
        windows.delete(w);
        windows.set(w, { rows: answer.rows, snapshot: answer.snapshot });
        touch(needed());
        emit();
      },
      (failure: unknown) => {
        if (askedGeneration !== generation) return;
        // Not retried on its own (a refused query would loop); the next query or change asks again.
        blocked = true;
        error = failure;
        settled = true;
        emit();
      },
    ).finally(() => {
      flight.delete(w);
      if (askedGeneration === generation) pump();
    });
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getView: () => view,
    getSummary: () => summary,
    setQuery(next) {
      const nextKey = JSON.stringify(next);
      if (nextKey === key) return;
      key = nextKey;
      query = next;
      generation += 1;
      inFlight = new Set();
      windows = new Map();
      snapshot = null;
      settled = false;
      error = null;
      blocked = false;
      range = { first: 0, last: 0 };
      emit();
      pump();
    },
    setRange(first, last) {
      if (first === range.first && last === range.last) return;
      range = { first: Math.max(0, first), last: Math.max(0, last) };
      pump();
    },
    refresh() {
      epoch += 1;
      snapshot = null;
      blocked = false;
      pump();
    },
    reset() {
      generation += 1;
      key = '';
      inFlight = new Set();
    },
  };
}
