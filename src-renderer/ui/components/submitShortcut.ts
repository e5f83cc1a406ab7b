import type { KeyboardEvent } from 'react';

/**
 * Ctrl+Enter (⌘+Enter on a Mac) in a multi-line field sends the form, as Enter does in a
 * single-line one; Enter alone still breaks the line, and an IME still composing keeps it.
 */
function submitsFromTextarea(event: KeyboardEvent<HTMLFormElement>): boolean {
  return (
    event.key === 'Enter' &&
    (event.ctrlKey || event.metaKey) &&
    !event.altKey &&
    !event.shiftKey &&
    !event.nativeEvent.isComposing &&
    event.target instanceof HTMLTextAreaElement
  );
}

/** A form's `onKeyDown`: Ctrl/⌘+Enter in a text box sends it, once (not while `busy` sending). */
export function submitOnCtrlEnter(busy: boolean) {
  return (event: KeyboardEvent<HTMLFormElement>) => {
    if (!submitsFromTextarea(event)) return;
    event.preventDefault();
    if (!busy) event.currentTarget.requestSubmit();
  };
}
