import { describe, expect, it } from 'vitest';
import { DEMO_CHUNK, demoChunks } from '../../../../../src-renderer/domain/demo/chunks';
import { DEMO_TEXTS_MAX } from '../../../../../src-renderer/domain/demo/schema';

describe('demoChunks', () => {
  it('covers every case once, in chunks of 2,000', () => {
    const chunks = demoChunks(4001, 3);
    expect(chunks.map(({ count, startIndex }) => [startIndex, count])).toEqual([
      [0, DEMO_CHUNK],
      [2000, DEMO_CHUNK],
      [4000, 1],
    ]);
    expect(chunks.every((c) => c.textsFrom === 0 && c.textsTo === 3)).toBe(true);
    expect(demoChunks(0, 3)).toEqual([]);
  });

  it('sends full windows of at most 5,000 texts, moving through a large corpus', () => {
    const chunks = demoChunks(100_000, 12_345);
    for (const c of chunks) {
      expect(c.textsTo - c.textsFrom).toBe(DEMO_TEXTS_MAX);
      expect(c.textsFrom).toBeGreaterThanOrEqual(0);
      expect(c.textsTo).toBeLessThanOrEqual(12_345);
    }
    const covered = new Set<number>();
    for (const c of chunks) for (let i = c.textsFrom; i < c.textsTo; i += 1) covered.add(i);
    expect(covered.size).toBe(12_345);
  });
});
