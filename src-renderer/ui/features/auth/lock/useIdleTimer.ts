import { useEffect, useRef } from 'react';

/** What counts as someone at the desk: input in this window. Re-queries and timers do not. */
const ACTIVITY = ['pointerdown', 'pointermove', 'mousedown', 'mousemove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Calls `onIdle` once after `idleMs` without user input in this window. One timer, re-armed only
 * when it fires early (input meanwhile just moves a timestamp), so moving the mouse costs nothing.
 */
export function useIdleTimer(idleMs: number, onIdle: () => void): void {
  const callback = useRef(onIdle);
  useEffect(() => {
    callback.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    let lastInput = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      const idle = Date.now() - lastInput;
      if (idle >= idleMs) callback.current();
      else timer = setTimeout(check, idleMs - idle);
    };
    const touch = () => {
      lastInput = Date.now();
    };
    for (const type of ACTIVITY) window.addEventListener(type, touch, { capture: true, passive: true });
    timer = setTimeout(check, idleMs);
    return () => {
      clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, touch, { capture: true });
    };
  }, [idleMs]);
}
