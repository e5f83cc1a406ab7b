import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { asContents, FakeWebContents, ipcMain, resetFakeElectron } from '../fake-electron';
import { registerFeedIpc } from '../../../../src-main/alerts/feed-ipc';
import { HostSend } from '../../../../src-main/core/contract';
import type { FeedMessage } from '../../../../src-main/core/alert-feed';
import { AGENT, contextFor, entry, harness, T0, type Harness } from '../core/alert-fixtures';

vi.mock('electron', () => import('../fake-electron'));

let host: FakeWebContents;
let h: Harness;
let log: Mock<(message: string, detail?: unknown) => void>;
let unregister: () => void;

beforeEach(() => {
  resetFakeElectron();
  host = new FakeWebContents();
  h = harness(T0);
  log = vi.fn();
  unregister = registerFeedIpc({ isHost: (contents) => contents === asContents(host), apply: (message) => h.scheduler.apply(message), log });
});

const send = (payload: unknown, sender: FakeWebContents = host) => ipcMain.emit(HostSend.deadlineFeed, { sender }, payload);
const reset = (entries = [entry(1), entry(2), entry(3)]): FeedMessage => ({ type: 'reset', context: contextFor(AGENT), entries });

describe('deadline feed ipc', () => {
  it('applies a valid reset, then a valid delta', () => {
    send(reset());
    expect(h.scheduler.size()).toBe(3);
    expect(h.scheduler.context()?.recipient?.id).toBe(AGENT.id);
    send({ type: 'delta', upserts: [entry(4)], removals: ['case-1:resolution', 'case-2:resolution'] });
    expect(h.scheduler.size()).toBe(2);
    expect(log).not.toHaveBeenCalled();
  });

  it('ignores the feed from any window but the store host', () => {
    const ui = new FakeWebContents();
    send(reset(), ui);
    expect(h.scheduler.size()).toBe(0);
    expect(h.scheduler.context()).toBeNull();
    expect(log).toHaveBeenCalledWith('deadline feed refused: not from the store host', { senderId: ui.id });
  });

  it.each([
    ['not an object', 'reset'],
    ['an unknown type', { type: 'replace', entries: [] }],
    ['a reset without context', { type: 'reset', entries: [] }],
    ['a negative deadline', { type: 'delta', upserts: [{ ...entry(9), dueAt: -1 }], removals: [] }],
    ['a removal that is not a key', { type: 'delta', upserts: [], removals: [42] }],
  ])('refuses %s without touching the scheduler', (_what, payload) => {
    send(reset());
    const armed = h.armedAt();
    send(payload);
    expect(h.scheduler.size()).toBe(3);
    expect(h.armedAt()).toBe(armed);
    expect(log).toHaveBeenCalledWith('deadline feed refused: invalid message', expect.any(String));
  });

  it('never applies part of a message: one bad entry refuses the whole reset', () => {
    send(reset());
    send({ type: 'reset', context: contextFor(AGENT), entries: [entry(5), entry(6), { ...entry(7), severity: 'catastrophic' }] });
    expect(h.scheduler.size()).toBe(3);
    expect(h.notifications).toEqual([]);
  });

  it('accepts a 100,000-entry reset', () => {
    const entries = Array.from({ length: 100_000 }, (_, i) => entry(i + 1, { dueAt: T0 + (i + 1) * 60_000 }));
    send({ type: 'reset', context: contextFor(AGENT), entries });
    expect(h.scheduler.size()).toBe(100_000);
  });

  it('logs instead of throwing when applying fails', () => {
    unregister();
    const failing = registerFeedIpc({
      isHost: () => true,
      apply: () => {
        throw new Error('boom');
      },
      log,
    });
    expect(() => send(reset())).not.toThrow();
    expect(log).toHaveBeenCalledWith('deadline feed could not be applied', expect.any(Error));
    failing();
    expect(ipcMain.listenerCount(HostSend.deadlineFeed)).toBe(0);
  });
});
