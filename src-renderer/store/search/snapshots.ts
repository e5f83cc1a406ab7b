/**
 * The tracking index's answers kept as snapshots: scrolling further into a result, or an export
 * paging through it, reads a slice of the same answer instead of querying again.
 */
import type { Columns } from './columns';

const SNAPSHOTS_KEPT = 24;
/** A snapshot read within this time (an export paging through it) survives newer answers … */
const SNAPSHOT_IN_USE_MS = 60_000;
/** … up to this many snapshots in all (at 100k cases each is at most 400 kB). */
const SNAPSHOTS_MAX = 64;

export interface Snapshot {
  id: string;
  key: string;
  version: number;
  /** For time-dependent answers, the time grain they were computed in. */
  grain: number;
  ordinals: Int32Array;
  /** Archived cases a query among the cases not archived would also find (see `Tally`); 0 otherwise. */
  archivedMatches: number;
  /** The columns the ordinals point into (a rebuild makes new ones; old snapshots keep theirs). */
  columns: Columns;
  /** Host time of the last read. */
  usedAt: number;
}

export interface SnapshotCache {
  get(id: string): Snapshot | undefined;
  /** A kept answer to the same query, of the index's current version and time grain. */
  find(key: string, version: number, grain: number): Snapshot | undefined;
  /** Marks a snapshot as just used; evicts the least recently used ones, sparing those still being paged through. */
  keep(snapshot: Snapshot, now: number): Snapshot;
}

export function createSnapshotCache(): SnapshotCache {
  // In order of last use, oldest first.
  const snapshots = new Map<string, Snapshot>();
  return {
    get: (id) => snapshots.get(id),
    find(key, version, grain) {
      for (const snapshot of snapshots.values()) if (snapshot.key === key && snapshot.version === version && snapshot.grain === grain) return snapshot;
      return undefined;
    },
    keep(snapshot, now) {
      snapshot.usedAt = now;
      snapshots.delete(snapshot.id);
      snapshots.set(snapshot.id, snapshot);
      for (const [id, old] of snapshots) {
        if (snapshots.size <= SNAPSHOTS_KEPT) break;
        if (now - old.usedAt > SNAPSHOT_IN_USE_MS || snapshots.size > SNAPSHOTS_MAX) snapshots.delete(id);
      }
      return snapshot;
    },
  };
}
