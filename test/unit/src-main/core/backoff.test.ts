import { describe, expect, it } from 'vitest';
import { CRASH_WINDOW_MS, RESTART_DELAYS_MS, restartDelay } from '../../../../src-main/core/backoff';

describe('restartDelay', () => {
  const now = 1_000_000;

  it('restarts quickly after a first crash', () => {
    expect(restartDelay([now], now)).toBe(250);
    expect(restartDelay([], now)).toBe(250);
  });

  it('waits longer after every further crash within the window', () => {
    const crashes: number[] = [];
    const delays = [];
    for (let i = 0; i < RESTART_DELAYS_MS.length; i++) {
      crashes.push(now + i * 1000);
      delays.push(restartDelay(crashes, now + i * 1000));
    }
    expect(delays).toEqual([250, 1000, 3000, 10_000, 30_000]);
  });

  it('caps the delay for a crash loop', () => {
    const crashes = Array.from({ length: 50 }, (_, i) => now - i * 100);
    expect(restartDelay(crashes, now)).toBe(30_000);
  });

  it('forgets crashes older than the window', () => {
    const old = [now - CRASH_WINDOW_MS - 5000, now - CRASH_WINDOW_MS - 1000, now - CRASH_WINDOW_MS];
    expect(restartDelay([...old, now], now)).toBe(250);
    expect(restartDelay([now - CRASH_WINDOW_MS + 1, now], now)).toBe(1000);
  });
});
