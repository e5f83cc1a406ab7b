import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TrackingQuerySchema, type TrackingQuery } from '../../../../../../src-renderer/domain/tracking/query';
import type { TrackingWindow } from '../../../../../../src-renderer/store/services/tracking/rows';
import {
  createWindowCache,
  MAX_WINDOWS,
  WINDOW_SIZE,
  type WindowCache,
  type WindowRequest,
} from '../../../../../../src-renderer/ui/features/tracking/windowCache';
import { loadComplaintTexts } from '../../../../../fixtures/reviews';
import { openTestStore, register, type TestStore } from '../../../store/fixtures';

const CASES = 4_000;
let store: TestStore;
const requests: WindowRequest[] = [];

beforeAll(async () => {
  store = await openTestStore();
  const texts = loadComplaintTexts().slice(0, 2000);
  await store.run('demo.seed', { count: CASES, startIndex: 0, seed: 7, texts }, 'admin');
}, 120_000);
afterAll(() => store.close());

/** The cache against the real store host's `tracking.rows`, every request recorded. */
function cacheOnStore(): WindowCache {
  return createWindowCache(async (request) => {
    requests.push(request);
    return store.run<TrackingWindow>('tracking.rows', request, 'supervisor');
  });
}

/** Archived cases included: the demo data spans three years, most of it archived. */
const query = ({ filter = {}, ...rest }: { filter?: Record<string, unknown>; sort?: Record<string, unknown> } = {}): TrackingQuery =>
  TrackingQuerySchema.parse({ ...rest, filter: { archived: 'all', ...filter } });
/** The whole answer in one go, as a check (the cache never asks for more than a window). */
async function everything(q: TrackingQuery, snapshot?: string): Promise<TrackingWindow> {
  const parts: TrackingWindow[] = [];
  for (let start = 0; ; start += 1000) {
    const part = await store.run<TrackingWindow>('tracking.rows', { query: q, start, count: 1000, ...(snapshot ? { snapshot } : {}) }, 'supervisor');
    parts.push(part);
    if (start + 1000 >= part.total) break;
  }
  return { ...parts[0]!, rows: parts.flatMap((p) => p.rows) };
}

const settle = (cache: WindowCache, ready: () => boolean) => vi.waitFor(() => expect(ready()).toBe(true), { timeout: 20_000, interval: 5 });

describe('the tracking table window cache', { timeout: 120_000 }, () => {
  it('holds the windows on screen and around them, read from one snapshot, and at most MAX_WINDOWS of them', async () => {
    const cache = cacheOnStore();
    const q = query({ sort: { key: 'nextDueAt', dir: 'asc' } });
    requests.length = 0;
    cache.setQuery(q);
    await settle(cache, () => cache.getView().rowAt(0) !== undefined);
    const view = cache.getView();
    expect(view.total).toBe(CASES);
    const truth = await everything(q, view.snapshot!);
    expect(truth.snapshot).toBe(view.snapshot);

    // Scroll through the whole table, a screen (20 rows) at a time, as the grid reports it.
    for (let first = 0; first < CASES; first += 20) {
      cache.setRange(first, first + 19);
      await settle(cache, () => cache.getView().rowAt(first) !== undefined && cache.getView().rowAt(Math.min(CASES - 1, first + 19)) !== undefined);
      const shown = cache.getView();
      for (const n of [first, first + 19]) expect(shown.rowAt(n)?.id).toBe(truth.rows[n]?.id);
    }
    // Every window was asked for once, 100 rows at a time; after the first, pinned to its snapshot.
    expect(requests.map((r) => r.start)).toEqual(Array.from({ length: CASES / WINDOW_SIZE }, (_, w) => w * WINDOW_SIZE));
    expect(requests.every((r) => r.count === WINDOW_SIZE)).toBe(true);
    expect(requests.slice(1).every((r) => r.snapshot === view.snapshot)).toBe(true);
    // Far behind, the first windows were let go; the rows held stay bounded.
    const held = cache.getView().loadedRows();
    expect(held.length).toBeLessThanOrEqual(MAX_WINDOWS * WINDOW_SIZE);
    expect(cache.getView().rowAt(0)).toBeUndefined();
    expect(cache.getView().rowAt(CASES - 1)?.id).toBe(truth.rows.at(-1)?.id);
    cache.reset();
  });

  it('after a change, asks again for the count and the windows on screen and keeps showing the old rows meanwhile', async () => {
    const cache = cacheOnStore();
    cache.setQuery(query());
    cache.setRange(250, 269);
    await settle(cache, () => cache.getView().rowAt(250) !== undefined);
    const before = cache.getView();
    const added = await register(store, { receivedAt: store.now() - 1000, customerName: '刚登记' });
    cache.refresh();
    // The rows stay until their fresh copies arrive.
    expect(cache.getView().rowAt(250)?.id).toBe(before.rowAt(250)?.id);
    await settle(cache, () => cache.getView().total === CASES + 1 && cache.getView().snapshot !== before.snapshot);
    await settle(cache, () => cache.getView().rowAt(251)?.id === before.rowAt(250)?.id);
    // The new case is first (newest received); everything moved down by one.
    cache.setRange(0, 19);
    await settle(cache, () => cache.getView().rowAt(0)?.id === added.id);
    cache.reset();
  });

  it('starts again from the first window for another query and drops answers to the old one', async () => {
    const cache = cacheOnStore();
    cache.setQuery(query());
    cache.setQuery(query({ filter: { severities: ['major'] } }));
    await settle(cache, () => cache.getView().settled && cache.getView().rowAt(0) !== undefined);
    const majors = await everything(query({ filter: { severities: ['major'] } }));
    expect(cache.getView().total).toBe(majors.total);
    expect(cache.getView().rowAt(0)?.id).toBe(majors.rows[0]?.id);
    expect(cache.getView().loadedRows().every((row) => row.severity === 'major')).toBe(true);
    cache.reset();
  });

  it('reports a refused query once instead of asking again and again', async () => {
    const cache = cacheOnStore();
    requests.length = 0;
    cache.setQuery(query({ filter: { dueSoonHours: 2 } }));
    // A query the store refuses: the schema's own limits are checked again on the host.
    cache.setQuery({ ...query(), filter: { ...query().filter, dueSoonHours: 0 } });
    await settle(cache, () => cache.getView().error !== null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests.filter((r) => r.query.filter.dueSoonHours === 0)).toHaveLength(1);
    cache.reset();
  });
});
