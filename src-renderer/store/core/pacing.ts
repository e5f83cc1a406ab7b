/**
 * Background work of the store host (building the similar-cases index and the suggestion models,
 * refitting them) shares one thread with every window's calls. A call that arrives while such work
 * runs waits until the work gives the thread back; measured on disk with 50,000 cases, the
 * tracking table's first page took 10–270 ms instead of 2–3 ms for the first seconds after a
 * start, because the builds handed the thread back only every 500–5,000 cases.
 *
 * A pacer gives it back after at most `SLICE_MS` of work: loops ask `due()` (a clock read) per
 * unit of work and `await yieldToCalls()` when it says so. The continuation is queued as a new task
 * (a message on a fresh channel: not clamped like nested `setTimeout`s), behind the calls that
 * arrived meanwhile.
 */

/** The longest a background task holds the host's thread before letting waiting calls run. */
export const SLICE_MS = 4;
/**
 * The same while a call is being served: its own steps (each read it awaits) then take turns with
 * about a millisecond of background work. Not every unit: a call waiting on the work itself (a
 * suggestion waiting for the models) would pay a turn per case.
 */
export const CALL_SLICE_MS = 1;

/** Calls being served on this thread (the dispatcher counts them); background work gives way while there are any. */
let callsInFlight = 0;

/** Counts a call as served from now until the returned function is called (once). */
export function callStarted(): () => void {
  callsInFlight += 1;
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    callsInFlight -= 1;
  };
}

export interface Pacer {
  /**
   * True once the current slice has used its time: `SLICE_MS`, or `CALL_SLICE_MS` while a call is
   * being served. (It never blocks the work: a call may itself be waiting on it.)
   */
  due(): boolean;
  /** Lets queued calls run, then starts a new slice. */
  yieldToCalls(): Promise<void>;
  /** `yieldToCalls()` when `due()`; otherwise nothing (no await turn). */
  step(): Promise<void> | undefined;
}

/** The next task of this thread's event loop, after the tasks already queued. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

export function createPacer(sliceMs = SLICE_MS, clock: () => number = () => performance.now()): Pacer {
  let sliceStart = clock();
  const pacer: Pacer = {
    due: () => clock() - sliceStart >= (callsInFlight > 0 ? Math.min(sliceMs, CALL_SLICE_MS) : sliceMs),
    async yieldToCalls() {
      await nextTask();
      sliceStart = clock();
    },
    step: () => (pacer.due() ? pacer.yieldToCalls() : undefined),
  };
  return pacer;
}

/** Runs a resumable computation (a generator that yields between small steps) to its end, paced. */
export async function runPaced<T>(steps: Generator<void, T>, pacer: Pacer = createPacer()): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await pacer.step();
  }
}
