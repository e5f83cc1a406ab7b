import { useEffect } from 'react';

/**
 * While a full-window cover hides the app (the lock screen, the sign-in of an ended session, a
 * tab the desk was taken from), the app's portals — its open dialogs, menus and notices, rendered
 * beside the app on the page's body — are made inert and hidden from screen readers too: the cover
 * hides them, and the keyboard must not reach them behind it. The cover (`coverSelector`) is inside
 * the app's root, which stays live.
 */
export function useInertOutside(covered: boolean, coverSelector: string): void {
  useEffect(() => {
    if (!covered) return;
    const root = document.querySelector(coverSelector)?.closest('body > *');
    const made: HTMLElement[] = [];
    const mark = () => {
      for (const node of Array.from(document.body.children)) {
        if (node === root || !(node instanceof HTMLElement) || node.hasAttribute('inert') || node.tagName === 'SCRIPT') continue;
        node.setAttribute('inert', '');
        node.setAttribute('aria-hidden', 'true');
        made.push(node);
      }
    };
    mark();
    // A portal opened while covered (a notice) is marked too.
    const observer = new MutationObserver(mark);
    observer.observe(document.body, { childList: true });
    return () => {
      observer.disconnect();
      for (const node of made) {
        node.removeAttribute('inert');
        node.removeAttribute('aria-hidden');
      }
    };
  }, [covered, coverSelector]);
}
