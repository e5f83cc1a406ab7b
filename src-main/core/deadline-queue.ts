/**
 * The alert scheduler's queue: every pending instant (a warning, a deadline,
 * a reminder) keyed by what it is for, earliest first. An indexed binary heap,
 * so one timer at `peek().at` serves 100,000 entries and adding, moving or
 * removing one entry costs O(log n) — never a timer per entry.
 */
export interface QueueEntry<T> {
  key: string;
  at: number;
  value: T;
}

export interface DeadlineQueue<T> {
  readonly size: number;
  /** Adds the entry for `key`, or moves it to its new instant and value. */
  upsert(key: string, at: number, value: T): void;
  /** Removes the entry for `key`; false when there was none. */
  remove(key: string): boolean;
  get(key: string): QueueEntry<T> | undefined;
  /** The earliest entry (ties: the smaller key), without removing it. */
  peek(): QueueEntry<T> | undefined;
  /** Removes and returns every entry due at `now` or before, earliest first. */
  takeDue(now: number): QueueEntry<T>[];
  /** Replaces everything at once (a full feed), in O(n). */
  replaceAll(entries: readonly QueueEntry<T>[]): void;
}

export function createDeadlineQueue<T>(): DeadlineQueue<T> {
  let heap: QueueEntry<T>[] = [];
  let position = new Map<string, number>();

  const before = (a: QueueEntry<T>, b: QueueEntry<T>) => a.at < b.at || (a.at === b.at && a.key < b.key);

  function place(entry: QueueEntry<T>, i: number): void {
    heap[i] = entry;
    position.set(entry.key, i);
  }

  function up(i: number): void {
    const entry = heap[i]!;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(entry, heap[parent]!)) break;
      place(heap[parent]!, i);
      i = parent;
    }
    place(entry, i);
  }

  /** `put` records where an entry lands: with its position, or (while heapifying) in the array alone. */
  function down(i: number, put: (entry: QueueEntry<T>, at: number) => void = place): void {
    const entry = heap[i]!;
    const n = heap.length;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && before(heap[right]!, heap[left]!) ? right : left;
      if (!before(heap[child]!, entry)) break;
      put(heap[child]!, i);
      i = child;
    }
    put(entry, i);
  }

  function removeAt(i: number): QueueEntry<T> {
    const entry = heap[i]!;
    position.delete(entry.key);
    const last = heap.pop()!;
    if (i < heap.length) {
      place(last, i);
      up(i);
      down(position.get(last.key)!);
    }
    return entry;
  }

  /** Floyd's heap construction on the bare array, positions recorded afterwards in one pass: O(n). */
  function heapify(): void {
    const putBare = (entry: QueueEntry<T>, at: number) => {
      heap[at] = entry;
    };
    for (let i = (heap.length >> 1) - 1; i >= 0; i -= 1) down(i, putBare);
  }

  /** A feed naming a key twice (never the scheduler's): the last one wins, as upserting one by one would. */
  function replaceOneByOne(entries: readonly QueueEntry<T>[]): void {
    heap = [];
    position = new Map();
    for (const { key, at, value } of entries) queue.upsert(key, at, value);
  }

  const queue: DeadlineQueue<T> = {
    get size() {
      return heap.length;
    },
    upsert(key, at, value) {
      if (!Number.isFinite(at)) throw new RangeError(`deadline queue: instant of ${key} is not finite`);
      const i = position.get(key);
      if (i === undefined) {
        heap.push({ key, at, value });
        up(heap.length - 1);
        return;
      }
      const old = heap[i]!;
      place({ key, at, value }, i);
      if (before(heap[i]!, old)) up(i);
      else down(i);
    },
    remove(key) {
      const i = position.get(key);
      if (i === undefined) return false;
      removeAt(i);
      return true;
    },
    get(key) {
      const i = position.get(key);
      return i === undefined ? undefined : heap[i];
    },
    peek: () => heap[0],
    takeDue(now) {
      const due: QueueEntry<T>[] = [];
      while (heap.length > 0 && heap[0]!.at <= now) due.push(removeAt(0));
      return due;
    },
    replaceAll(entries) {
      const next: QueueEntry<T>[] = new Array<QueueEntry<T>>(entries.length);
      for (let i = 0; i < entries.length; i += 1) {
        const { key, at, value } = entries[i]!;
        if (!Number.isFinite(at)) throw new RangeError(`deadline queue: instant of ${key} is not finite`);
        next[i] = { key, at, value };
      }
      heap = next;
      heapify();
      position = new Map();
      for (let i = 0; i < heap.length; i += 1) {
        const { size } = position;
        position.set(heap[i]!.key, i);
        if (position.size === size) return replaceOneByOne(entries);
      }
    },
  };
  return queue;
}
