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
   * work; `then` runs once it closed. Staying keeps the window, and `then` never runs. A request
   * while a question is up (a second 退出, or 退出 while a reload is asked about) or while a close
   * for the quit is under way changes nothing: false.
   */
  closeForQuit(then: () => void): boolean;
}

interface GuardOptions {
  messages(): MainMessages;
  /** The quit's flush already ran: nothing could be saved any more, the page goes without asking. */
  mustClose(): boolean;
  /** A quit is what unloads the page (the question names it), rather than a reload or a close. */
  quitting(): boolean;
  onStay(): void;
}

/**
 * The UI page refuses to unload while it holds unsaved work (a half-typed registration, evidence
 * still uploading: its `beforeunload`, ui/components/unsaved.tsx). Electron would then cancel the
 * close, the reload or the quit without a word; this asks instead, in the app's language, with the
 * window shown.
 */
export function guardUnsavedWork(window: BrowserWindow, { messages, mustClose, quitting, onStay }: GuardOptions): UnsavedWorkGuard {
  let afterClose: (() => void) | null = null;
  let hung: ReturnType<typeof setTimeout> | null = null;
  let asking = false;
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
    const quit = quitting();
    asking = true;
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      title: words.unsavedTitle,
      message: quit ? words.unsavedMessage : words.unsavedLeaveMessage,
      buttons: [words.unsavedStay, quit ? words.unsavedLeave : words.unsavedLeaveAnyway],
      defaultId: STAY,
      cancelId: STAY,
      noLink: true,
    });
    asking = false;
    if (choice === LEAVE) {
      // Ignores the page's refusal: it unloads, the window closes (or reloads).
      event.preventDefault();
      return;
    }
    // Whatever asked while the question was up is called off with it: no timer takes the window down later.
    settle();
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
        return true;
      }
      if (asking || afterClose) return false;
      afterClose = then;
      hung = setTimeout(() => {
        if (!window.isDestroyed()) window.destroy();
      }, CLOSE_TIMEOUT_MS);
      window.close();
      return true;
    },
  };
}
