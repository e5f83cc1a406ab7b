import { DEMO_TEXTS_MAX } from './schema';

/** Cases per `demo.seed` call: one Dexie transaction each, large enough to amortise it, small enough to stay responsive. */
export const DEMO_CHUNK = 2000;

export interface DemoChunk {
  count: number;
  startIndex: number;
  /** The slice of the texts sent with this chunk (a call takes at most DEMO_TEXTS_MAX). */
  textsFrom: number;
  textsTo: number;
}

/**
 * The `demo.seed` calls that write `count` cases. Each sends a different
 * window of the texts, so a large corpus is used throughout the run.
 */
export function demoChunks(count: number, textCount: number, size = DEMO_CHUNK): DemoChunk[] {
  const chunks: DemoChunk[] = [];
  for (let startIndex = 0, k = 0; startIndex < count; startIndex += size, k += 1) {
    // Full windows only: the last one of a pass ends at the last text instead of holding a few.
    const textsFrom = textCount <= DEMO_TEXTS_MAX ? 0 : Math.min((k * DEMO_TEXTS_MAX) % textCount, textCount - DEMO_TEXTS_MAX);
    chunks.push({ count: Math.min(size, count - startIndex), startIndex, textsFrom, textsTo: Math.min(textCount, textsFrom + DEMO_TEXTS_MAX) });
  }
  return chunks;
}
