import { useEffect } from 'react';

/**
 * Enter in a list field (Select, MultiSelect, TagsInput: Mantine marks their input
 * `aria-haspopup="listbox"`) chooses from its list or opens it, never sends the form the field is
 * in. With no option highlighted Mantine left Enter to the browser, whose implicit submission sent
 * the form: a plan went for approval without its 协办部门, settings were saved, when the user only
 * meant to pick from the list. Ctrl+Enter still sends (see submitShortcut.ts).
 */
export function keepListEnter(event: KeyboardEvent): void {
  if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey || event.isComposing) return;
  const field = event.target;
  if (field instanceof HTMLInputElement && field.form !== null && field.getAttribute('aria-haspopup') === 'listbox') event.preventDefault();
}

/** Applies `keepListEnter` to every form of the page (after the fields' own handlers: they still see the Enter). */
export function useListEnterGuard(): void {
  useEffect(() => {
    document.addEventListener('keydown', keepListEnter);
    return () => document.removeEventListener('keydown', keepListEnter);
  }, []);
}
