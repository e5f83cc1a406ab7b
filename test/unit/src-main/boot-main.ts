/**
 * Boots the whole main process (src-main/index.ts) against the fake electron
 * module. The test file must `vi.mock('electron', () => import('./fake-electron'))`
 * and point USER_DATA_ENV at a temp directory.
 */
import { expect, vi } from 'vitest';

/**
 * Taken before any test fakes the timers. Booting waits on real I/O turns, not
 * with vi.waitFor, which advances fake timers and so would move the clock a test set.
 */
const realSetImmediate = globalThis.setImmediate;

/**
 * Waits, on real event-loop turns, until `done` holds (fake timers stay where the test put them).
 * Turns, not time: a loaded machine's file I/O took longer than 10,000 idle turns (CI, stop 25).
 */
export async function until(done: () => boolean | Promise<boolean>, turns = 200_000): Promise<void> {
  for (let turn = 0; turn < turns && !(await done()); turn += 1) await new Promise((resolve) => realSetImmediate(resolve));
  expect(await done(), 'waited in vain').toBe(true);
}
import type * as FakeElectron from './fake-electron';
import type { FakeBrowserWindow } from './fake-electron';

export type Fake = typeof FakeElectron;

/** Loads index.ts afresh; resolves once the host and main windows exist. */
export async function bootMain(configure: (electron: Fake) => void = () => undefined) {
  vi.resetModules();
  const electron = (await import('electron')) as unknown as Fake;
  electron.resetFakeElectron();
  configure(electron);
  await import('../../../src-main/index');
  const windows = electron.FakeBrowserWindow.instances;
  if (electron.app.requestSingleInstanceLock.mock.results[0]?.value) await until(() => windows.length === 2);
  const [host, main] = windows as [FakeBrowserWindow, FakeBrowserWindow];
  return { electron, host, main };
}

/** An ipc event from the main frame of `window`. */
export const from = (window: FakeBrowserWindow) => ({ sender: window.webContents, senderFrame: window.webContents.mainFrame });

/**
 * A quit asked from outside the app's 退出 (the macOS Dock, the system logging off): its first
 * before-quit closes the UI window (nothing unsaved in it here) and asks to quit again once it
 * closed, as Electron then runs before-quit again. Emits that second one with `event` and returns
 * it; the first request's app.quit call is forgotten, so a test counts the quit's own.
 */
export function quitFromSystem(electron: Fake, main: FakeBrowserWindow, event = electron.fakeEvent()) {
  const first = electron.fakeEvent();
  electron.app.emit('before-quit', first);
  expect(first.defaultPrevented).toBe(true);
  expect(main.isDestroyed()).toBe(true);
  expect(electron.app.quit).toHaveBeenCalledTimes(1);
  electron.app.quit.mockClear();
  electron.app.emit('before-quit', event);
  return event;
}
