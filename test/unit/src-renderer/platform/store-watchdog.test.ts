import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchStore } from '../../../../src-renderer/platform/store-watchdog';

/** A store host whose answers the test controls. */
function fakeHost() {
  const calls: Array<{ answer(): void; fail(): void }> = [];
  const ping = vi.fn(
    () =>
      new Promise<string>((resolve, reject) => {
        calls.push({ answer: () => resolve('pong'), fail: () => reject(new Error('port closed')) });
      }),
  );
  return { ping, calls };
}

/** A watched host that answered its first ping; its second is in flight. */
async function answeredOnce(timeoutMs = 3_000) {
  const host = fakeHost();
  const onDead = vi.fn();
  const stop = watchStore({ ping: host.ping, onDead, intervalMs: 1_000, timeoutMs });
  host.calls[0]!.answer();
  await vi.advanceTimersByTimeAsync(1_000);
  expect(host.ping).toHaveBeenCalledTimes(2);
  return { host, onDead, stop };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('watchStore', () => {
  it('keeps pinging a host that answers, and never reports it dead', async () => {
    const host = fakeHost();
    const onDead = vi.fn();
    watchStore({ ping: host.ping, onDead, intervalMs: 1_000, timeoutMs: 3_000 });
    for (let i = 0; i < 5; i += 1) {
      host.calls.at(-1)!.answer();
      await vi.advanceTimersByTimeAsync(1_000);
    }
    expect(host.ping).toHaveBeenCalledTimes(6);
    expect(onDead).not.toHaveBeenCalled();
  });

  it('reports a host that stopped answering once, after the timeout, and stops pinging', async () => {
    const { host, onDead } = await answeredOnce();
    await vi.advanceTimersByTimeAsync(2_999);
    expect(onDead).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(onDead).toHaveBeenCalledOnce();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(host.ping).toHaveBeenCalledTimes(2);
    expect(onDead).toHaveBeenCalledOnce();
  });

  it('gives a host that has never answered all the time it needs to start (a long upgrade is not killed)', async () => {
    const host = fakeHost();
    const onDead = vi.fn();
    watchStore({ ping: host.ping, onDead, intervalMs: 1_000, timeoutMs: 3_000 });
    await vi.advanceTimersByTimeAsync(120_000);
    expect(onDead).not.toHaveBeenCalled();
    host.calls[0]!.answer();
    await vi.advanceTimersByTimeAsync(1_000 + 3_000);
    expect(onDead).toHaveBeenCalledOnce();
  });

  it('is not fooled by a clock that jumps (a wake from sleep, a fake clock): a timer fired once is not a whole timeout', async () => {
    const { host, onDead } = await answeredOnce();
    // The jump: every due timer fires, once. The ping in flight is answered after it.
    await vi.advanceTimersToNextTimerAsync();
    expect(onDead).not.toHaveBeenCalled();
    host.calls[1]!.answer();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(host.ping).toHaveBeenCalledTimes(3);
    expect(onDead).not.toHaveBeenCalled();
    // A host that stays silent is still reported, after the whole timeout.
    await vi.advanceTimersByTimeAsync(3_000);
    expect(onDead).toHaveBeenCalledOnce();
  });

  it('holds a host to the timeout as given, whole seconds or not (2.5 s), and to none at all (0)', async () => {
    for (const timeoutMs of [2_500, 0]) {
      const { onDead, stop } = await answeredOnce(timeoutMs);
      if (timeoutMs > 0) {
        await vi.advanceTimersByTimeAsync(timeoutMs - 1);
        expect(onDead).not.toHaveBeenCalled();
      }
      await vi.advanceTimersByTimeAsync(1);
      expect(onDead).toHaveBeenCalledOnce();
      stop();
    }
  });

  it('reports a failed ping at once', async () => {
    const host = fakeHost();
    const onDead = vi.fn();
    watchStore({ ping: host.ping, onDead, intervalMs: 1_000, timeoutMs: 3_000 });
    host.calls[0]!.fail();
    await vi.advanceTimersByTimeAsync(0);
    expect(onDead).toHaveBeenCalledOnce();
  });

  it('reports nothing once stopped', async () => {
    const host = fakeHost();
    const onDead = vi.fn();
    const stop = watchStore({ ping: host.ping, onDead, intervalMs: 1_000, timeoutMs: 3_000 });
    host.calls[0]!.answer();
    await vi.advanceTimersByTimeAsync(1_000);
    stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(onDead).not.toHaveBeenCalled();
    expect(host.ping).toHaveBeenCalledTimes(2);
  });
});
