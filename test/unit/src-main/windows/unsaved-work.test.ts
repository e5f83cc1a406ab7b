import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, asWindow, dialog, fakeEvent, resetFakeElectron } from '../fake-electron';
import { mainMessages } from '../../../../src-main/core/messages';
import { CLOSE_TIMEOUT_MS, guardUnsavedWork } from '../../../../src-main/windows/unsaved-work';

vi.mock('electron', () => import('../fake-electron'));

beforeEach(() => resetFakeElectron());
afterEach(() => vi.useRealTimers());

function guarded(mustClose = false, quitting = true) {
  const window = new FakeBrowserWindow();
  const onStay = vi.fn();
  const guard = guardUnsavedWork(asWindow(window), { messages: () => mainMessages('zh-CN'), mustClose: () => mustClose, quitting: () => quitting, onStay });
  return { window, guard, onStay };
}

describe('guardUnsavedWork', () => {
  it('asks when the page refuses to unload: leaving lets it go, staying keeps it and says so', () => {
    const { window, onStay } = guarded();
    dialog.showMessageBoxSync.mockReturnValueOnce(1);
    const leave = fakeEvent();
    window.webContents.emit('will-prevent-unload', leave);
    expect(leave.defaultPrevented).toBe(true);
    expect(onStay).not.toHaveBeenCalled();

    dialog.showMessageBoxSync.mockReturnValueOnce(0);
    const stay = fakeEvent();
    window.webContents.emit('will-prevent-unload', stay);
    expect(stay.defaultPrevented).toBe(false);
    expect(onStay).toHaveBeenCalledTimes(1);
    expect(dialog.showMessageBoxSync.mock.lastCall![0]).toBe(window);
    expect(dialog.showMessageBoxSync.mock.lastCall![1]).toMatchObject({ type: 'warning', message: expect.stringContaining('尚未提交的投诉登记') });
  });

  it('speaks of leaving, not quitting, when a reload or a close unloads the page', () => {
    const { window } = guarded(false, false);
    window.webContents.emit('will-prevent-unload', fakeEvent());
    expect(dialog.showMessageBoxSync.mock.lastCall![1]).toMatchObject({ message: expect.stringContaining('关闭或重新加载窗口后将丢失'), buttons: ['继续编辑', '仍要离开'] });
  });

  it('ignores a second quit while the question is up, and no timer takes down the window the user kept', () => {
    vi.useFakeTimers();
    const { window, guard } = guarded();
    const then = vi.fn();
    window.close = vi.fn(() => {
      // The question is up: another 退出 arrives from the tray meanwhile (Windows runs its messages under a modal box).
      dialog.showMessageBoxSync.mockImplementationOnce(() => {
        guard.closeForQuit(then);
        return 0;
      });
      window.webContents.emit('will-prevent-unload', fakeEvent());
    });
    guard.closeForQuit(then);
    expect(window.close).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(CLOSE_TIMEOUT_MS * 2);
    expect(window.isDestroyed()).toBe(false);
    expect(then).not.toHaveBeenCalled();
  });

  it('takes no quit while it asks about a reload: nothing closes, nothing is armed, and it says so', () => {
    vi.useFakeTimers();
    const { window, guard } = guarded(false, false);
    window.close = vi.fn();
    const then = vi.fn();
    let taken: boolean | undefined;
    dialog.showMessageBoxSync.mockImplementationOnce(() => {
      taken = guard.closeForQuit(then);
      return 1;
    });
    // A reload (the page's 重新加载): the question is up when 退出 arrives.
    window.webContents.emit('will-prevent-unload', fakeEvent());
    expect(taken).toBe(false);
    expect(window.close).not.toHaveBeenCalled();
    vi.advanceTimersByTime(CLOSE_TIMEOUT_MS * 2);
    expect(window.isDestroyed()).toBe(false);
    expect(then).not.toHaveBeenCalled();
  });

  it('lets the page go unasked once nothing could be saved any more', () => {
    const { window, onStay } = guarded(true);
    const event = fakeEvent();
    window.webContents.emit('will-prevent-unload', event);
    expect(event.defaultPrevented).toBe(true);
    expect(dialog.showMessageBoxSync).not.toHaveBeenCalled();
    expect(onStay).not.toHaveBeenCalled();
  });

  it('runs what follows the close once the window closed, and takes down a window whose page never answers', () => {
    vi.useFakeTimers();
    const { window, guard } = guarded();
    // A hung page: closing starts, nothing comes back.
    window.close = vi.fn();
    const then = vi.fn();
    guard.closeForQuit(then);
    expect(window.close).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(CLOSE_TIMEOUT_MS - 1);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(window.isDestroyed()).toBe(true);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('does not take down a window whose user chose to stay, and runs nothing after it', () => {
    vi.useFakeTimers();
    const { window, guard } = guarded();
    window.close = vi.fn(() => void window.webContents.emit('will-prevent-unload', fakeEvent()));
    const then = vi.fn();
    guard.closeForQuit(then);
    vi.advanceTimersByTime(CLOSE_TIMEOUT_MS * 2);
    expect(window.isDestroyed()).toBe(false);
    // Closed later for another reason, the quit does not follow.
    window.destroy();
    expect(then).not.toHaveBeenCalled();
  });
});
