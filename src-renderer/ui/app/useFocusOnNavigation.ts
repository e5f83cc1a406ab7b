import { useEffect, useRef, type RefObject } from 'react';

/**
 * Moves focus to the main region when the user goes to another page from the navigation, or when
 * the control they used went away with the old page (a row opened from the tracking table). Left
 * on the link or on the body, a keyboard user would have to tab through the header and the whole
 * navigation again; a screen reader would not say the page changed. Focus the page itself moved
 * (a settings tab, a dialog) stays where it is.
 */
export function useFocusOnNavigation(location: string, main: RefObject<HTMLElement | null>, nav: RefObject<HTMLElement | null>): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const frame = requestAnimationFrame(() => {
      const active = document.activeElement;
      const lost = active === null || active === document.body || !active.isConnected;
      if (lost || (active !== null && nav.current?.contains(active) === true)) main.current?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [location, main, nav]);
}
