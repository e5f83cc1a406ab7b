/**
 * Text → sparse binary features for the on-device classifiers: the distinct
 * character 1-, 2- and 3-grams of every whitespace-separated chunk, hashed into
 * a fixed space of 2^bits ids. Hashing bounds the model's memory whatever the
 * desk's vocabulary grows to. Features are binary (present or not) so that
 * counts stay integers and `forget` undoes `learn` exactly.
 */
import { textChunks } from '../text';

/**
 * Hash space of the shipped models: 262,144 ids. Validated on the review
 * corpora: 2^16 loses ~0.15 point at half the memory, 2^20 gains ~0.1 point
 * on categories (none on sentiment) at 2.8× the memory.
 */
export const DEFAULT_BITS = 18;
/** Longest character n-gram used (4-grams lowered validation accuracy). */
export const MAX_GRAM = 3;

/** Distinguishes n-grams of different length that could otherwise hash alike. */
const GRAM_SEED = [0, 0x9e3779b1, 0x85ebca77, 0xc2b2ae3d, 0x27d4eb2f];

/** Murmur3's finaliser: spreads the FNV state over all bits before masking. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// Scratch buffers reused across calls: extraction runs for every learned and
// predicted text, and allocating per call doubled its cost.
let codes = new Int32Array(256);
let scratch = new Uint32Array(1024);

/** The distinct hashed n-gram ids of a text, ascending. Empty text → empty array. */
export function featureIds(text: string, bits: number = DEFAULT_BITS, maxGram: number = MAX_GRAM): Uint32Array {
  return chunkFeatureIds(textChunks(text), bits, maxGram);
}

/** `featureIds` of a text already split by `textChunks` (learn needs the chunks too). */
export function chunkFeatureIds(chunks: readonly string[], bits: number = DEFAULT_BITS, maxGram: number = MAX_GRAM): Uint32Array {
  const mask = (1 << bits) - 1;
  let count = 0;
  for (const run of chunks) {
    if (codes.length < run.length) codes = new Int32Array(run.length * 2);
    let length = 0;
    for (let i = 0; i < run.length; i++) {
      const code = run.codePointAt(i)!;
      if (code > 0xffff) i++;
      codes[length++] = code;
    }
    if (scratch.length < count + length * maxGram) {
      const grown = new Uint32Array((count + length * maxGram) * 2);
      grown.set(scratch.subarray(0, count));
      scratch = grown;
    }
    for (let i = 0; i < length; i++) {
      let h = 0x811c9dc5;
      for (let n = 1; n <= maxGram && i + n <= length; n++) {
        h = Math.imul(h ^ codes[i + n - 1]!, 0x01000193);
        scratch[count++] = mix(h ^ GRAM_SEED[n]!) & mask;
      }
    }
  }
  const sorted = scratch.subarray(0, count).sort();
  let kept = 0;
  for (let i = 0; i < count; i++) {
    if (kept === 0 || sorted[i] !== sorted[kept - 1]) sorted[kept++] = sorted[i]!;
  }
  return sorted.slice(0, kept);
}
