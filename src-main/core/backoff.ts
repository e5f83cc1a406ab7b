/** Restart delays after consecutive crashes; a crash-looping store host is retried ever more slowly. */
export const RESTART_DELAYS_MS = [250, 1000, 3000, 10_000, 30_000] as const;
const MAX_DELAY_MS = RESTART_DELAYS_MS[RESTART_DELAYS_MS.length - 1] as number;

/** Crashes older than this no longer count toward the delay. */
export const CRASH_WINDOW_MS = 60_000;

export function restartDelay(crashTimes: readonly number[], now: number): number {
  const recent = crashTimes.filter((t) => now - t < CRASH_WINDOW_MS).length;
  const index = Math.min(Math.max(recent - 1, 0), RESTART_DELAYS_MS.length - 1);
  return RESTART_DELAYS_MS[index] ?? MAX_DELAY_MS;
}
