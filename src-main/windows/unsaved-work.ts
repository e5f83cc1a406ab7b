import { dialog, type BrowserWindow } from 'electron';
import type { MainMessages } from '../core/messages';
import { revealWindow } from './main-window';

/** How long a window may take to close before it is taken down (its page hung, its beforeunload never answers). */
export const CLOSE_TIMEOUT_MS = 5000;
/** The dialog's buttons: staying is first and the default, so Enter and Esc never throw work away. */
const STAY = 0;
const LEAVE = 1;

export interface UnsavedWorkGuard {
  /**
   * Closes the window before the app quits, asking first (as below) when the page holds unsaved
   * work; `then` runs once it closed. Staying keeps the window, and `then` never runs.
   */
  closeForQuit(then: () => void): void;
}

/**
 * The UI page refuses to unload while it holds unsaved work (a half-typed registration: its
 * `beforeunload`, ui/components/unsaved.tsx). Electron would then cancel the close or the quit
 * without a word; this asks instead, in the app's language, with the window shown. Once the store
 * host is gone (`mustClose`: the quit's flush already ran), nothing could be saved any more and the
 * page goes without asking.
 */
export function guardUnsavedWork(
  window: BrowserWindow,
  { messages, mustClose, onStay }: { messages(): MainMessages; mustClose(): boolean; onStay(): void },
): UnsavedWorkGuard {
  let afterClose: (() => void) | null = null;
  let hung: ReturnType<typeof setTimeout> | null = null;
  const settle = () => {
    if (hung) clearTimeout(hung);
    hung = null;
  };
  window.webContents.on('will-prevent-unload', (event) => {
    settle();
    if (mustClose()) {
      event.preventDefault();
      return;
    }
    revealWindow(window);
    const words = messages();
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      title: words.unsavedTitle,
      message: words.unsavedMessage,
      buttons: [words.unsavedStay, words.unsavedLeave],
      defaultId: STAY,
      cancelId: STAY,
      noLink: true,
    });
    if (choice === LEAVE) {
      // Ignores the page's refusal: it unloads, the window closes.
      event.preventDefault();
      return;
    }
    afterClose = null;
    onStay();
  });
  window.once('closed', () => {
    settle();
    const then = afterClose;
    afterClose = null;
    then?.();
  });
  return {
    closeForQuit(then) {
      if (window.isDestroyed()) {
        then();
        return;
      }
      afterClose = then;
      settle();
      hung = setTimeout(() => {
        if (!window.isDestroyed()) window.destroy();
      }, CLOSE_TIMEOUT_MS);
      window.close();
    },
  };
}
