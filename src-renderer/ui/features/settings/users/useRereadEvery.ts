import { useEffect, useRef } from 'react';

/** Calls `reread` every `intervalMs` while the component is mounted (the latest `reread` given). */
export function useRereadEvery(intervalMs: number, reread: () => void): void {
  const latest = useRef(reread);
  useEffect(() => {
    latest.current = reread;
  }, [reread]);
  useEffect(() => {
    const timer = setInterval(() => latest.current(), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
}
