/**
 * The storage of the similar-cases index: bigram → cases postings packed in
 * one Int32Array (an offset per bigram into one array of case ordinals), plus
 * an overflow for cases added since the last pack. Removing a case only marks
 * its ordinal dead; `pack` drops dead ordinals, renumbers the live ones and
 * recounts document frequencies. See similar-index.ts for how it is used.
 */
import { idf, isStopTerm } from '../../domain/assist/similar';
import { createTermTable } from './similar-terms';

/** The overflow is merged into the packed postings once it holds this share of them … */
const OVERFLOW_SHARE = 0.125;
/** … or this many entries, whichever is more; and dead cases are dropped once they are this share of the live ones. */
const OVERFLOW_MIN = 4_096;
const DEAD_SHARE = 0.25;
const DEAD_MIN = 1_024;

export interface Postings {
  /** Adds a case while building (cheapest per case; not searchable before `pack`). */
  stage(id: string, terms: readonly string[], hash: number): void;
  /** Adds a case to a packed index (searchable at once). */
  add(id: string, terms: readonly string[], hash: number): void;
  remove(id: string): void;
  /** Packs everything staged and added, dropping removed cases, and computes the norms. */
  pack(): void;
  /**
   * `pack` in resumable steps of about `ENTRIES_PER_STEP` entries (millions at 100k cases, ~100 ms
   * in one go): for a build or maintenance that lets calls run between steps. Nothing else may
   * touch the postings until it finishes.
   */
  packSteps(entriesPerStep?: number): Generator<void, void>;
  /**
   * Packs when the overflow or the removed cases grew large; recomputes norms once the case count
   * drifted by `drift`. In resumable steps, as `packSteps`: nothing else may touch the postings until it finishes.
   */
  maintainSteps(drift: number): Generator<void, void>;
  hashOf(id: string): number | undefined;
  termId(term: string): number | undefined;
  df(tid: number): number;
  /** True for a bigram found too common at the last pack: it has no postings and counts in no norm. */
  isStop(tid: number): boolean;
  /**
   * Adds `amount` to `sums[ordinal]` for every live case of the bigram except
   * `excluded`, listing in `touched` (from `count` on) each case seen for the
   * first time (its sum was 0); returns the new count. With `shared`, counts there how many of the
   * query's bigrams each case holds. The search's inner loop.
   */
  accumulate(tid: number, amount: number, sums: Float64Array, touched: Int32Array, count: number, excluded: number, shared?: Uint16Array): number;
  norm(ordinal: number): number;
  /** How many bigrams of the case count (not stop-bigrams): what its norm is made of. */
  length(ordinal: number): number;
  idOf(ordinal: number): string;
  /** -1 when the case is not indexed. */
  ordinalOf(id: string): number;
  /** Live cases. */
  size(): number;
  /** Ordinals in use, live or dead (the bound of an array indexed by ordinal). */
  capacity(): number;
  terms(): number;
  entries(): number;
}

/** Entries visited between two steps of a resumable pack (~5 ms). */
const ENTRIES_PER_STEP = 200_000;

/** Runs resumable steps to the end at once. */
function finish(steps: Generator<void, void>): void {
  while (!steps.next().done);
}

function grown<T extends Int32Array | Float64Array | Uint8Array>(array: T, needed: number, make: (size: number) => T): T {
  if (needed <= array.length) return array;
  const next = make(Math.max(needed, array.length * 2, 16));
  next.set(array);
  return next;
}

export function createPostings(): Postings {
  const termIds = createTermTable();
  let df = new Int32Array(0);
  let stop = new Uint8Array(0);
  // Packed postings: the cases of bigram t are data[offsets[t] .. offsets[t + 1]).
  let offsets = new Int32Array(1);
  let data = new Int32Array(0);
  const overflow = new Map<number, number[]>();
  let overflowEntries = 0;
  // Staged cases (while building): their bigram ids, one range per case.
  let staged = new Int32Array(0);
  let stagedLength = 0;
  let stagedRanges: Array<[ordinal: number, start: number, end: number]> = [];

  let ids: string[] = [];
  const ordinals = new Map<string, number>();
  let alive = new Uint8Array(0);
  let hashes = new Int32Array(0);
  let norms = new Float64Array(0);
  let lengths = new Int32Array(0);
  let live = 0;
  let dead = 0;
  let normsAt = 0;

  function termIdOf(term: string): number {
    const tid = termIds.idOf(term);
    if (tid >= df.length) {
      df = grown(df, tid + 1, (n) => new Int32Array(n));
      stop = grown(stop, tid + 1, (n) => new Uint8Array(n));
    }
    return tid;
  }

  function newOrdinal(id: string, hash: number): number {
    const ordinal = ids.length;
    ids.push(id);
    ordinals.set(id, ordinal);
    alive = grown(alive, ordinal + 1, (n) => new Uint8Array(n));
    hashes = grown(hashes, ordinal + 1, (n) => new Int32Array(n));
    norms = grown(norms, ordinal + 1, (n) => new Float64Array(n));
    lengths = grown(lengths, ordinal + 1, (n) => new Int32Array(n));
    alive[ordinal] = 1;
    hashes[ordinal] = hash;
    live += 1;
    return ordinal;
  }

  /**
   * Every live entry (bigram id, case ordinal): packed, overflow, staged. Plain
   * loops over the typed arrays: this runs over millions of entries per pack.
   */
  function* eachEntry(visit: (tid: number, ordinal: number) => void, perStep: number): Generator<void, void> {
    // Yields after about `perStep` entries: whole bigrams and cases, so the counter is checked per range.
    let since = 0;
    const packedTerms = offsets.length - 1;
    for (let tid = 0; tid < packedTerms; tid += 1) {
      const end = offsets[tid + 1]!;
      for (let i = offsets[tid]!; i < end; i += 1) {
        const ordinal = data[i]!;
        if (alive[ordinal] === 1) visit(tid, ordinal);
      }
      since += end - offsets[tid]!;
      if (since >= perStep) {
        since = 0;
        yield;
      }
    }
    for (const [tid, list] of overflow) for (const ordinal of list) if (alive[ordinal] === 1) visit(tid, ordinal);
    for (const [ordinal, start, end] of stagedRanges) {
      if (alive[ordinal] === 1) for (let i = start; i < end; i += 1) visit(staged[i]!, ordinal);
      since += end - start;
      if (since >= perStep) {
        since = 0;
        yield;
      }
    }
  }

  /** Every live case's norm and length over the bigrams that are not stop-bigrams, with the current IDFs. */
  function* normSteps(perStep = ENTRIES_PER_STEP): Generator<void, void> {
    const squared = new Float64Array(termIds.size());
    for (let tid = 0; tid < squared.length; tid += 1) squared[tid] = stop[tid] === 1 ? 0 : idf(df[tid]!, live) ** 2;
    const next = new Float64Array(ids.length);
    const nextLengths = new Int32Array(ids.length);
    yield* eachEntry((tid, ordinal) => {
      next[ordinal]! += squared[tid]!;
      if (stop[tid] === 0) nextLengths[ordinal]! += 1;
    }, perStep);
    for (let i = 0; i < next.length; i += 1) next[i] = Math.sqrt(next[i]!);
    norms = next;
    lengths = nextLengths;
    normsAt = live;
  }

  function* packSteps(perStep = ENTRIES_PER_STEP): Generator<void, void> {
    // Live cases renumbered densely, in their current order.
    const renumber = new Int32Array(ids.length).fill(-1);
    const nextIds: string[] = [];
    for (let ordinal = 0; ordinal < ids.length; ordinal += 1) {
      if (alive[ordinal] === 1) {
        renumber[ordinal] = nextIds.length;
        nextIds.push(ids[ordinal]!);
      }
    }
    const terms = termIds.size();
    const counts = new Int32Array(terms);
    yield* eachEntry((tid) => (counts[tid]! += 1), perStep);
    // Bigrams already found too common keep that mark (their postings are gone); the others are recounted exactly.
    for (let tid = 0; tid < terms; tid += 1) {
      if (stop[tid] === 1) continue;
      df[tid] = counts[tid]!;
      if (isStopTerm(counts[tid]!, nextIds.length)) stop[tid] = 1;
    }
    const nextOffsets = new Int32Array(terms + 1);
    for (let tid = 0; tid < terms; tid += 1) nextOffsets[tid + 1] = nextOffsets[tid]! + (stop[tid] === 1 ? 0 : counts[tid]!);
    const nextData = new Int32Array(nextOffsets[terms]!);
    const fill = nextOffsets.slice(0, terms);
    yield* eachEntry((tid, ordinal) => {
      if (stop[tid] === 0) nextData[fill[tid]!++] = renumber[ordinal]!;
    }, perStep);

    const nextHashes = new Int32Array(nextIds.length);
    renumber.forEach((to, from) => to >= 0 && (nextHashes[to] = hashes[from]!));
    ids = nextIds;
    ordinals.clear();
    ids.forEach((id, ordinal) => ordinals.set(id, ordinal));
    alive = new Uint8Array(ids.length).fill(1);
    hashes = nextHashes;
    live = ids.length;
    dead = 0;
    offsets = nextOffsets;
    data = nextData;
    overflow.clear();
    overflowEntries = 0;
    staged = new Int32Array(0);
    stagedLength = 0;
    stagedRanges = [];
    yield* normSteps(perStep);
  }

  return {
    stage(id, terms, hash) {
      const ordinal = newOrdinal(id, hash);
      staged = grown(staged, stagedLength + terms.length, (n) => new Int32Array(n));
      const start = stagedLength;
      for (const term of terms) {
        const tid = termIdOf(term);
        df[tid]! += 1;
        staged[stagedLength++] = tid;
      }
      stagedRanges.push([ordinal, start, stagedLength]);
    },

    add(id, terms, hash) {
      const ordinal = newOrdinal(id, hash);
      let normSquared = 0;
      let length = 0;
      for (const term of terms) {
        const tid = termIdOf(term);
        df[tid]! += 1;
        if (stop[tid] === 1) continue;
        const weight = idf(df[tid]!, live);
        normSquared += weight * weight;
        length += 1;
        const extra = overflow.get(tid);
        if (extra) extra.push(ordinal);
        else overflow.set(tid, [ordinal]);
        overflowEntries += 1;
      }
      norms[ordinal] = Math.sqrt(normSquared);
      lengths[ordinal] = length;
    },

    remove(id) {
      const ordinal = ordinals.get(id);
      if (ordinal === undefined) return;
      ordinals.delete(id);
      alive[ordinal] = 0;
      live -= 1;
      dead += 1;
    },

    pack: () => finish(packSteps()),
    packSteps,

    *maintainSteps(drift) {
      if (overflowEntries > Math.max(OVERFLOW_MIN, data.length * OVERFLOW_SHARE) || dead > Math.max(DEAD_MIN, live * DEAD_SHARE)) yield* packSteps();
      else if (Math.abs(live - normsAt) > drift * Math.max(normsAt, 1)) yield* normSteps();
    },

    hashOf: (id) => {
      const ordinal = ordinals.get(id);
      return ordinal === undefined ? undefined : hashes[ordinal];
    },
    termId: (term) => termIds.find(term),
    df: (tid) => df[tid] ?? 0,
    isStop: (tid) => stop[tid] === 1,
    accumulate(tid, amount, sums, touched, count, excluded, shared) {
      let n = count;
      const add = (ordinal: number) => {
        if (ordinal === excluded) return;
        if (sums[ordinal] === 0) touched[n++] = ordinal;
        sums[ordinal]! += amount;
        if (shared) shared[ordinal]! += 1;
      };
      if (tid + 1 < offsets.length) {
        for (let i = offsets[tid]!, end = offsets[tid + 1]!; i < end; i += 1) {
          const ordinal = data[i]!;
          if (alive[ordinal] === 1) add(ordinal);
        }
      }
      const extra = overflow.get(tid);
      if (extra) for (const ordinal of extra) if (alive[ordinal] === 1) add(ordinal);
      return n;
    },
    norm: (ordinal) => norms[ordinal] ?? 0,
    length: (ordinal) => lengths[ordinal] ?? 0,
    idOf: (ordinal) => ids[ordinal]!,
    ordinalOf: (id) => ordinals.get(id) ?? -1,
    size: () => live,
    capacity: () => ids.length,
    terms: () => termIds.size(),
    entries: () => data.length + overflowEntries,
  };
}
