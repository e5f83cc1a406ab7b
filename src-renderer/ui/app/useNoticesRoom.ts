import { useEffect, useState } from 'react';
import classes from './App.module.css';

/** The container of the notices at the bottom right, where the app shows them (App.tsx). */
const NOTICES = `.${classes.notices}[data-position="bottom-right"]`;

/** The gap Mantine keeps between the notices and the window's bottom edge (`--mantine-spacing-md`). */
const NOTICES_OFFSET = 16;

/**
 * How much of the window's bottom the in-page notices take, in px (0 without any). A browser without
 * system notifications shows deadline alerts in the page, and they stay until acknowledged: the main
 * area leaves this much room at its end, so its last buttons (登记投诉 at the foot of the form) can be
 * scrolled out from under them. The notices' container is rendered in the page, not in a portal, so
 * it is there when the shell mounts.
 */
export function useNoticesRoom(): number {
  const [room, setRoom] = useState(0);
  useEffect(() => {
    const container = document.querySelector(NOTICES);
    if (!container || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const height = Math.ceil(container.getBoundingClientRect().height);
      setRoom(height > 0 ? height + NOTICES_OFFSET : 0);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(container);
    measure();
    return () => observer.disconnect();
  }, []);
  return room;
}
