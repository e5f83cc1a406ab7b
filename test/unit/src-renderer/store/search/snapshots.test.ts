import { describe, expect, it } from 'vitest';
import { createColumns } from '../../../../../src-renderer/store/search/columns';
import { createSnapshotCache, type Snapshot } from '../../../../../src-renderer/store/search/snapshots';

const columns = createColumns();
const snapshot = (n: number, usedAt = 0): Snapshot => ({ id: `s${n}`, key: `k${n}`, version: 1, grain: 0, ordinals: new Int32Array(0), archivedMatches: 0, columns, usedAt });

describe('the tracking index’s snapshot cache', () => {
  it('finds an answer by its query, version and time grain only', () => {
    const cache = createSnapshotCache();
    cache.keep(snapshot(1), 0);
    expect(cache.find('k1', 1, 0)?.id).toBe('s1');
    expect(cache.find('k1', 2, 0)).toBeUndefined();
    expect(cache.find('k1', 1, 1)).toBeUndefined();
    expect(cache.find('k2', 1, 0)).toBeUndefined();
  });

  it('keeps 24 answers, evicting the least recently used that nobody read for a minute', () => {
    const cache = createSnapshotCache();
    for (let n = 1; n <= 24; n += 1) cache.keep(snapshot(n), 0);
    // s1 read again: the oldest unread is now s2.
    cache.keep(cache.get('s1')!, 30_000);
    cache.keep(snapshot(25), 61_000);
    expect(cache.get('s2')).toBeUndefined();
    expect(cache.get('s1')).toBeDefined();
    expect(cache.get('s3')).toBeDefined();
  });

  it('spares answers still being paged through, up to 64 in all', () => {
    const cache = createSnapshotCache();
    for (let n = 1; n <= 70; n += 1) cache.keep(snapshot(n), 1_000 + n);
    // All read within the minute: none is evicted until 64 are kept, then the oldest go.
    expect(cache.get('s6')).toBeUndefined();
    expect(cache.get('s7')).toBeDefined();
    expect(cache.get('s70')).toBeDefined();
  });
});
