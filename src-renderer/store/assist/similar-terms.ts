/**
 * Bigram → id for the similar-cases index: an open-addressing hash table on
 * the bigram's two code points, in typed arrays. A Map of short strings costs
 * several times the memory and time at the few hundred thousand distinct
 * bigrams of 100k Chinese complaints.
 */

export interface TermTable {
  /** The id of a bigram (one or two code points), created if new. */
  idOf(term: string): number;
  /** The id of a known bigram, undefined otherwise. */
  find(term: string): number | undefined;
  size(): number;
}

const EMPTY = -1;
/** Second "code point" of a one-character term (no letter or digit is U+0000). */
const NONE = 0;

function codes(term: string): [number, number] {
  const first = term.codePointAt(0) ?? NONE;
  const width = first > 0xffff ? 2 : 1;
  return [first, term.length > width ? (term.codePointAt(width) ?? NONE) : NONE];
}

export function createTermTable(initialCapacity = 1 << 12): TermTable {
  let capacity = initialCapacity;
  let firsts = new Int32Array(capacity).fill(EMPTY);
  let seconds = new Int32Array(capacity);
  let ids = new Int32Array(capacity);
  let size = 0;

  function slotOf(first: number, second: number): number {
    const mask = capacity - 1;
    let slot = (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) & mask;
    while (firsts[slot] !== EMPTY && (firsts[slot] !== first || seconds[slot] !== second)) slot = (slot + 1) & mask;
    return slot;
  }

  function grow(): void {
    const [oldFirsts, oldSeconds, oldIds] = [firsts, seconds, ids];
    capacity *= 2;
    firsts = new Int32Array(capacity).fill(EMPTY);
    seconds = new Int32Array(capacity);
    ids = new Int32Array(capacity);
    for (let i = 0; i < oldFirsts.length; i += 1) {
      if (oldFirsts[i] === EMPTY) continue;
      const slot = slotOf(oldFirsts[i]!, oldSeconds[i]!);
      firsts[slot] = oldFirsts[i]!;
      seconds[slot] = oldSeconds[i]!;
      ids[slot] = oldIds[i]!;
    }
  }

  return {
    idOf(term) {
      const [first, second] = codes(term);
      const slot = slotOf(first, second);
      if (firsts[slot] !== EMPTY) return ids[slot]!;
      firsts[slot] = first;
      seconds[slot] = second;
      ids[slot] = size;
      size += 1;
      // At most half full, so probes stay short.
      if (size * 2 > capacity) grow();
      return size - 1;
    },
    find(term) {
      const [first, second] = codes(term);
      const slot = slotOf(first, second);
      return firsts[slot] === EMPTY ? undefined : ids[slot];
    },
    size: () => size,
  };
}
