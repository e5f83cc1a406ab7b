import type { KeyboardEvent } from 'react';

/** Ctrl+Enter (⌘+Enter on a Mac), not while an IME is still composing. */
function isCtrlEnter(event: KeyboardEvent<HTMLFormElement>): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && !event.nativeEvent.isComposing;
}

/** Fields Enter would send the form from (the browser's implicit submission): one-line text boxes, not buttons or file pickers. */
function isOneLineField(target: EventTarget): target is HTMLInputElement {
  return target instanceof HTMLInputElement && !['button', 'submit', 'reset', 'file', 'image'].includes(target.type);
}

export interface SubmitShortcutOptions {
  /**
   * Whether Enter alone in a one-line field sends the form (the browser's way; true). A long form
   * (the registration) says false: an agent pressing Enter after a field, or a barcode scanner
   * ending an order number with one, registered a half-filled complaint. Ctrl+Enter then sends it
   * from any field.
   */
  plainEnter?: boolean;
}

/**
 * A form's `onKeyDown`: Ctrl/⌘+Enter in a multi-line field sends it, once (not while `busy`
 * sending), as Enter does in a single-line one; Enter alone still breaks the line.
 */
export function submitOnCtrlEnter(busy: boolean, { plainEnter = true }: SubmitShortcutOptions = {}) {
  return (event: KeyboardEvent<HTMLFormElement>) => {
    const field = event.target;
    if (isCtrlEnter(event) && (field instanceof HTMLTextAreaElement || (!plainEnter && isOneLineField(field)))) {
      event.preventDefault();
      if (!busy) event.currentTarget.requestSubmit();
      return;
    }
    // Not while an input method composes: that Enter commits the pinyin, and was never a submission.
    if (!plainEnter && event.key === 'Enter' && !event.nativeEvent.isComposing && isOneLineField(field)) event.preventDefault();
  };
}
