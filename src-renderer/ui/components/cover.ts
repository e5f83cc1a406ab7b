import { useEffect } from 'react';

/**
 * How many covers hold each node of the page inert: the lock screen may come up inside a tab the desk
 * was taken from, and the first cover to go must not make the other's portals reachable again.
 */
const holders = new WeakMap<Element, number>();

function hold(node: HTMLElement): void {
  const count = holders.get(node) ?? 0;
  if (count === 0) {
    // Inert already, by someone else: left as it is, and not ours to release.
    if (node.hasAttribute('inert')) return;
    node.setAttribute('inert', '');
    node.setAttribute('aria-hidden', 'true');
  }
  holders.set(node, count + 1);
}

function release(node: HTMLElement): void {
  const count = holders.get(node) ?? 0;
  if (count === 0) return;
  if (count > 1) {
    holders.set(node, count - 1);
    return;
  }
  holders.delete(node);
  node.removeAttribute('inert');
  node.removeAttribute('aria-hidden');
}

/** Marks what lives inside the app's root but under its covers: the in-page alert notices (App.tsx). */
export const UNDER_COVERS = 'data-under-covers';

/**
 * While a full-window cover hides the app (the lock screen, the sign-in page, a tab the desk was
 * taken from), the app's portals — its open dialogs, menus and notices, rendered beside the app on
 * the page's body — and the alert notices in the page (`UNDER_COVERS`) are made inert and hidden from
 * screen readers too: the cover hides them, and the keyboard must not reach them behind it. The cover
 * (`coverSelector`) is inside the app's root, which stays live.
 */
export function useInertOutside(covered: boolean, coverSelector: string): void {
  useEffect(() => {
    if (!covered) return;
    const root = document.querySelector(coverSelector)?.closest('body > *');
    const made = new Set<HTMLElement>();
    const mark = () => {
      const under = Array.from(document.querySelectorAll<HTMLElement>(`[${UNDER_COVERS}]`));
      for (const node of [...Array.from(document.body.children), ...under]) {
        if (node === root || !(node instanceof HTMLElement) || made.has(node) || node.tagName === 'SCRIPT') continue;
        if (node.hasAttribute('inert') && !holders.has(node)) continue;
        hold(node);
        if (holders.has(node)) made.add(node);
      }
    };
    mark();
    // A portal opened while covered (a notice) is marked too.
    const observer = new MutationObserver(mark);
    observer.observe(document.body, { childList: true });
    return () => {
      observer.disconnect();
      for (const node of made) release(node);
    };
  }, [covered, coverSelector]);
}
