/**
 * The alert scheduler's queue: every pending instant (a warning, a deadline,
 * a reminder), earliest first. A binary heap of the caller's own items, each
 * carrying its instant and its place in the heap, so one timer at
 * `peek().at` serves 100,000 entries; adding, moving or removing one item
 * costs O(log n), a full feed O(n) — never a timer per entry, and no second
 * map from keys to places beside the caller's own.
 */

/** What the queue holds: the caller's item, whose `at` and `slot` the queue keeps. */
export interface Queued {
  /** Orders items due at the same instant. */
  readonly key: string;
  /** The instant the item is due (set by `upsert`; by the caller before `replaceAll`). */
  at: number;
  /** The item's index in the heap, -1 when it is not queued. Only the queue writes it. */
  slot: number;
}

export const NOT_QUEUED = -1;

export interface DeadlineQueue<T extends Queued> {
  readonly size: number;
  /** Queues the item at `at`, or moves it there if it is queued already. */
  upsert(item: T, at: number): void;
  /** Takes the item out of the queue; false when it was not in it. */
  remove(item: T): boolean;
  /** The earliest item (ties: the smaller key), without removing it. */
  peek(): T | undefined;
  /** Removes and returns every item due at `now` or before, earliest first. */
  takeDue(now: number): T[];
  /**
   * Replaces everything at once (a full feed), in O(n), each item at its `at`.
   * The queue keeps `items` as its heap: the caller hands the array over.
   * An item given twice is queued once.
   */
  replaceAll(items: T[]): void;
}

function finite(item: Queued, at: number): void {
  if (!Number.isFinite(at)) throw new RangeError(`deadline queue: instant of ${item.key} is not finite`);
}

export function createDeadlineQueue<T extends Queued>(): DeadlineQueue<T> {
  let heap: T[] = [];

  const before = (a: T, b: T) => a.at < b.at || (a.at === b.at && a.key < b.key);

  function place(item: T, i: number): void {
    heap[i] = item;
    item.slot = i;
  }

  function up(i: number): void {
    const item = heap[i]!;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(item, heap[parent]!)) break;
      place(heap[parent]!, i);
      i = parent;
    }
    place(item, i);
  }

  function down(i: number): void {
    const item = heap[i]!;
    const n = heap.length;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && before(heap[right]!, heap[left]!) ? right : left;
      if (!before(heap[child]!, item)) break;
      place(heap[child]!, i);
      i = child;
    }
    place(item, i);
  }

  function removeAt(i: number): T {
    const item = heap[i]!;
    item.slot = NOT_QUEUED;
    const last = heap.pop()!;
    if (i < heap.length) {
      place(last, i);
      up(i);
      down(last.slot);
    }
    return item;
  }

  const queued = (item: T) => item.slot >= 0 && heap[item.slot] === item;

  return {
    get size() {
      return heap.length;
    },
    upsert(item, at) {
      finite(item, at);
      if (!queued(item)) {
        item.at = at;
        heap.push(item);
        up(heap.length - 1);
        return;
      }
      const earlier = at < item.at;
      item.at = at;
      if (earlier) up(item.slot);
      else down(item.slot);
    },
    remove(item) {
      if (!queued(item)) return false;
      removeAt(item.slot);
      return true;
    },
    peek: () => heap[0],
    takeDue(now) {
      const due: T[] = [];
      while (heap.length > 0 && heap[0]!.at <= now) due.push(removeAt(0));
      return due;
    },
    replaceAll(items) {
      for (const item of items) finite(item, item.at);
      for (const item of heap) item.slot = NOT_QUEUED;
      // Slots mark what is in the new heap, so an item given twice is kept once.
      let n = 0;
      for (const item of items) {
        if (item.slot !== NOT_QUEUED && items[item.slot] === item) continue;
        items[n] = item;
        item.slot = n;
        n += 1;
      }
      items.length = n;
      heap = items;
      // Floyd's construction: sift every parent down, from the last one to the root.
      for (let i = (n >> 1) - 1; i >= 0; i -= 1) down(i);
    },
  };
}
