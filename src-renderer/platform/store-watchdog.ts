/**
 * Liveness of the store host in the browser harness. A Worker that is killed
 * or hangs raises no event (`error` fires only for an exception), so the page
 * pings it over a port of its own, as main watches the store window on the
 * desktop, and reports it dead when a ping goes unanswered.
 */
export interface WatchdogOptions {
  /** Resolves when the store host answered. */
  ping(): Promise<unknown>;
  /** Called once, when an answered host stops answering. */
  onDead(): void;
  /** Pause between two answered pings. */
  intervalMs?: number;
  /** How long one ping may take before the host counts as dead. */
  timeoutMs?: number;
}

export const WATCHDOG_INTERVAL_MS = 2_000;
/** Generous: the host yields between chunks of work, so a busy host still answers well within this. */
export const WATCHDOG_TIMEOUT_MS = 5_000;
/**
 * The timeout is counted in steps of at most this: a clock that jumps (a computer waking from
 * sleep, a test's fake clock) fires a due timer once, and one firing must not count as a whole
 * timeout without an answer — that killed a busy, healthy host.
 */
export const WATCHDOG_STEP_MS = 1_000;

/**
 * Starts pinging; returns a function that stops. The first ping may wait as
 * long as it takes (opening or upgrading a large database); only a host that
 * has answered once is held to the timeout, so a slow start is never killed.
 */
export function watchStore({ ping, onDead, intervalMs = WATCHDOG_INTERVAL_MS, timeoutMs = WATCHDOG_TIMEOUT_MS }: WatchdogOptions): () => void {
  let stopped = false;
  let answered = false;
  let next: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;

  const dead = () => {
    if (stopped) return;
    stop();
    onDead();
  };

  const countDown = (leftMs: number) => {
    const step = Math.min(Math.max(0, leftMs), WATCHDOG_STEP_MS);
    deadline = setTimeout(() => (leftMs - step <= 0 ? dead() : countDown(leftMs - step)), step);
  };

  const round = () => {
    if (answered) countDown(timeoutMs);
    ping().then(
      () => {
        clearTimeout(deadline);
        answered = true;
        if (!stopped) next = setTimeout(round, intervalMs);
      },
      () => {
        clearTimeout(deadline);
        dead();
      },
    );
  };

  function stop(): void {
    stopped = true;
    clearTimeout(next);
    clearTimeout(deadline);
  }

  round();
  return stop;
}
