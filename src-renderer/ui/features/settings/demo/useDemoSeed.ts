import { useRef, useState } from 'react';
import { demoChunks } from '../../../../domain/demo/chunks';
import { useStore } from '../../../data/hooks';
import { asStoreError, type StoreError } from '../../../data/store-client';

export interface SeedProgress {
  state: 'idle' | 'running' | 'done' | 'cancelled' | 'failed';
  /** Cases written so far in this run. */
  created: number;
  /** Cases asked for. */
  count: number;
  /** Cases in the store after the last chunk. */
  total: number;
  ms: number;
  error: StoreError | null;
}

const IDLE: SeedProgress = { state: 'idle', created: 0, count: 0, total: 0, ms: 0, error: null };

/**
 * Runs `demo.seed` chunk after chunk (one transaction each) with progress.
 * Cancelling stops before the next chunk; what was written stays.
 */
export function useDemoSeed() {
  const store = useStore();
  const [progress, setProgress] = useState<SeedProgress>(IDLE);
  const cancelled = useRef(false);

  async function start(texts: readonly string[], count: number): Promise<void> {
    cancelled.current = false;
    // A new seed per run: seeding again adds different cases.
    const seed = Math.floor(Math.random() * 2 ** 31);
    const started = performance.now();
    let current: SeedProgress = { ...IDLE, state: 'running', count };
    setProgress(current);
    try {
      for (const chunk of demoChunks(count, texts.length)) {
        if (cancelled.current) {
          current = { ...current, state: 'cancelled' };
          break;
        }
        const result = await store.send('demo.seed', {
          count: chunk.count,
          startIndex: chunk.startIndex,
          seed,
          texts: texts.slice(chunk.textsFrom, chunk.textsTo),
        });
        current = { ...current, created: current.created + result.created, total: result.total, ms: performance.now() - started };
        setProgress(current);
      }
      if (current.state === 'running') current = { ...current, state: 'done' };
    } catch (error) {
      const failure = asStoreError(error);
      current = { ...current, state: 'failed', error: failure };
    }
    setProgress({ ...current, ms: performance.now() - started });
  }

  return {
    progress,
    start,
    cancel: () => void (cancelled.current = true),
  };
}
