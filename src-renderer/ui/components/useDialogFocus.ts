import { useEffect, useRef, useState, type SyntheticEvent } from 'react';

/** How long after a save a lost focus is still ours to place (the case is re-read within moments). */
const SETTLE_MS = 5_000;

interface Pending {
  /** The button that opened the dialog, and the section around it. */
  opener: HTMLElement | null;
  section: HTMLElement | null;
  /** `version` at the save: a later one is the re-read after it. */
  version: unknown;
  at: number;
  /** Where focus was put (null until then): put again only if that element went, not if the user clicked away. */
  placed: HTMLElement | null;
}

export interface DialogFocus {
  /** For the opening button's click: remembers it, and the section it is in. */
  opening(event: SyntheticEvent<HTMLElement>): void;
  /** Call when the dialog's command was saved, with the dialog closing. */
  saved(): void;
  /** For the Modal's `returnFocus`: Mantine gives focus back after a cancel; after a save, this hook does. */
  returnFocus: boolean;
}

const lost = (active: Element | null) => active === null || active === document.body || !active.isConnected;
/** An element focus cannot stay on: removed, or a button disabled by the re-read. */
const gone = (element: HTMLElement) => !element.isConnected || (element instanceof HTMLButtonElement && element.disabled);

/** Focus on the opener while it is there, else the section's first button, else the section itself; the element focused. */
function place({ opener, section }: Pick<Pending, 'opener' | 'section'>): HTMLElement | null {
  const target = opener?.isConnected ? opener : section?.isConnected ? (section.querySelector<HTMLElement>('button:not([disabled])') ?? section) : null;
  if (section && target === section && !section.hasAttribute('tabindex')) section.setAttribute('tabindex', '-1');
  target?.focus();
  return target;
}

/**
 * Keyboard focus after a section's dialog (the legal hold, 关联投诉, 并入此单, 记录告知结果) saved:
 * back to the button that opened it while it is there; when the save took it away (now, or with the
 * case re-read a moment later, or by unmounting the component), to the first button of its section,
 * or the section — never to the top of the page, where a keyboard user would start over.
 * `version` changes when the case is re-read (its `updatedAt`).
 */
export function useDialogFocus(version: unknown): DialogFocus {
  const [returnFocus, setReturnFocus] = useState(true);
  const opener = useRef<HTMLElement | null>(null);
  const pending = useRef<Pending | null>(null);

  // After every render while a save settles (only focus is moved here).
  useEffect(() => {
    const p = pending.current;
    if (!p) return;
    if (Date.now() - p.at > SETTLE_MS) {
      pending.current = null;
      return;
    }
    // First the dialog's close; then only when the element focused went with a re-read.
    if (!p.placed || (lost(document.activeElement) && gone(p.placed))) p.placed = place(p) ?? p.placed;
    if (version !== p.version) pending.current = null;
  });

  // The component itself went with the save (its button was all it showed).
  useEffect(
    () => () => {
      const p = pending.current;
      if (p && Date.now() - p.at <= SETTLE_MS && lost(document.activeElement)) place({ ...p, opener: null });
    },
    [],
  );

  return {
    opening(event) {
      opener.current = event.currentTarget;
      pending.current = null;
      setReturnFocus(true);
    },
    saved() {
      const from = opener.current;
      pending.current = { opener: from, section: from?.closest('section') ?? null, version, at: Date.now(), placed: null };
      setReturnFocus(false);
    },
    returnFocus,
  };
}
