import { describe, expect, it } from 'vitest';
import { CALL_SLICE_MS, callStarted, createPacer, nextTask, runPaced } from '../../../../../src-renderer/store/core/pacing';

/** A clock the test moves by hand. */
function manualClock(start = 0) {
  let now = start;
  return { read: () => now, advance: (ms: number) => (now += ms) };
}

/** Queues a task (a message on its own channel) and reports whether it has run. */
function queuedTask(): { ran: () => boolean } {
  let ran = false;
  const { port1, port2 } = new MessageChannel();
  port1.onmessage = () => {
    ran = true;
    port1.close();
  };
  port2.postMessage(null);
  return { ran: () => ran };
}

describe('createPacer', () => {
  it('is due once the slice has used its time, and starts a new slice after yielding', async () => {
    const clock = manualClock();
    const pacer = createPacer(8, clock.read);
    clock.advance(7.9);
    expect(pacer.due()).toBe(false);
    expect(pacer.step()).toBeUndefined();
    clock.advance(0.1);
    expect(pacer.due()).toBe(true);
    const other = queuedTask();
    await pacer.step();
    expect(other.ran()).toBe(true);
    expect(pacer.due()).toBe(false);
    clock.advance(8);
    expect(pacer.due()).toBe(true);
  });

  it('keeps slices of a millisecond while a call is being served', () => {
    const clock = manualClock();
    const pacer = createPacer(8, clock.read);
    clock.advance(CALL_SLICE_MS);
    expect(pacer.due()).toBe(false);
    const first = callStarted();
    const second = callStarted();
    expect(pacer.due()).toBe(true);
    first();
    // Ending a call twice counts once: the second call is still being served.
    first();
    expect(pacer.due()).toBe(true);
    second();
    expect(pacer.due()).toBe(false);
  });
});

describe('nextTask', () => {
  it('resolves after the tasks already queued, not as a microtask', async () => {
    const before = queuedTask();
    let microtaskRan = false;
    queueMicrotask(() => (microtaskRan = true));
    await nextTask();
    expect(microtaskRan).toBe(true);
    expect(before.ran()).toBe(true);
  });
});

describe('runPaced', () => {
  it('runs the steps to their result, letting queued tasks run between slices', async () => {
    const clock = manualClock();
    const ranBetween: boolean[] = [];
    let other = queuedTask();
    function* steps(): Generator<void, string> {
      for (let step = 0; step < 4; step++) {
        ranBetween.push(other.ran());
        if (other.ran()) other = queuedTask();
        clock.advance(5);
        yield;
      }
      return 'fitted';
    }
    // Slices of 8 ms and 5 ms per step: a yield after every second step.
    expect(await runPaced(steps(), createPacer(8, clock.read))).toBe('fitted');
    expect(ranBetween).toEqual([false, false, true, false]);
  });
});
