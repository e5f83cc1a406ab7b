/**
 * Marks a database a restore is writing, so the start-up sweep (sweep.ts) leaves it alone. A Web Lock
 * per database name, held across the origin's contexts: a second tab's worker or a store host not yet
 * gone sees it too, and the lock is let go when its holder dies (a killed worker, a crashed store
 * window), so what a crash leaves behind is swept at the next start. Contexts without Web Locks (the
 * unit tests' Node) only see the restores of their own context.
 */
const LOCK_PREFIX = 'complaint-desk:restore-writing:';

const heldHere = new Set<string>();

function lockManager(): LockManager | null {
  return (globalThis.navigator as Navigator | undefined)?.locks ?? null;
}

/** Runs `work` (a restore creating, writing and activating `name`) with `name` marked as being written. */
export async function whileWriting<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = lockManager();
  if (locks) return locks.request(LOCK_PREFIX + name, { mode: 'exclusive' }, work);
  heldHere.add(name);
  try {
    return await work();
  } finally {
    heldHere.delete(name);
  }
}

/**
 * Runs `work` on `name` unless a restore is writing it now (then `undefined`, at once). No restore can
 * start writing `name` while `work` runs.
 */
export async function unlessWriting<T>(name: string, work: () => Promise<T>): Promise<T | undefined> {
  const locks = lockManager();
  if (locks) return locks.request(LOCK_PREFIX + name, { mode: 'exclusive', ifAvailable: true }, (lock) => (lock ? work() : undefined));
  if (heldHere.has(name)) return undefined;
  heldHere.add(name);
  try {
    return await work();
  } finally {
    heldHere.delete(name);
  }
}
