/**
 * The browser harness runs the desk in one tab at a time: the tab holding this Web Lock (Web Locks
 * are per origin, across the browser's tabs and windows) runs the store host. Any other tab says
 * the desk is open elsewhere, offers to take it (`hold(true)`), and waits its turn: when the tab
 * running the desk closes, a waiting tab that is on screen takes the desk up by itself. A waiting
 * tab in the background that is handed the lock gives it straight back and waits until it is shown,
 * so reloading the tab that runs the desk (F5) leaves the desk with it.
 */
const DESK_LOCK = 'complaint-desk:store-host';

export interface DeskLockEvents {
  /** This tab holds the desk: run the store host. */
  held(): void;
  /** Another tab has it (it was busy, or taken from this tab): stop the store host, say so. */
  elsewhere(): void;
}

export interface DeskLock {
  /** Asks for the desk: if it is free, or at once from the tab that has it (`steal`). */
  hold(steal: boolean): void;
  /** Lets the desk go, and stops waiting for it. */
  release(): void;
}

export function createDeskLock(locks: LockManager, events: DeskLockEvents, doc: Document = document): DeskLock {
  /** Lets go of the lock this tab holds (resolves the promise its callback waits on). */
  let letGo: (() => void) | null = null;
  /** Only the latest request of this tab acts: an older one answering late (a double click) changes nothing. */
  let attempt = 0;
  let queued: AbortController | null = null;
  let onShown: (() => void) | null = null;

  const stopWaiting = () => {
    queued?.abort();
    queued = null;
    if (onShown) doc.removeEventListener('visibilitychange', onShown);
    onShown = null;
  };

  /** Runs the desk until `letGo`; null when another request of this tab came since. */
  const run = (mine: number) => {
    if (mine !== attempt) return null;
    const held = new Promise<void>((resolve) => (letGo = resolve));
    events.held();
    return held;
  };

  const lost = (mine: number, error: unknown) => {
    if (mine !== attempt) return;
    // Taken by another tab (AbortError): it runs the desk now. Anything else is a fault of this tab's own.
    if (!(error instanceof DOMException && error.name === 'AbortError')) throw error;
    letGo = null;
    events.elsewhere();
    wait(mine);
  };

  function wait(mine: number): void {
    stopWaiting();
    if (doc.visibilityState !== 'visible') {
      onShown = () => {
        if (doc.visibilityState === 'visible' && mine === attempt) wait(mine);
      };
      doc.addEventListener('visibilitychange', onShown);
      return;
    }
    const controller = new AbortController();
    queued = controller;
    locks
      .request(DESK_LOCK, { signal: controller.signal }, async () => {
        if (controller.signal.aborted || mine !== attempt) return;
        queued = null;
        // Handed the desk while in the background (the tab running it is only reloading): give it back.
        if (doc.visibilityState !== 'visible') {
          wait(mine);
          return;
        }
        await run(mine);
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) lost(mine, error);
      });
  }

  return {
    hold(steal) {
      letGo?.();
      letGo = null;
      stopWaiting();
      const mine = ++attempt;
      locks
        .request(DESK_LOCK, steal ? { steal: true } : { ifAvailable: true }, async (lock) => {
          if (mine !== attempt) return;
          if (!lock) {
            events.elsewhere();
            wait(mine);
            return;
          }
          await run(mine);
        })
        .catch((error: unknown) => lost(mine, error));
    },
    release() {
      attempt += 1;
      letGo?.();
      letGo = null;
      stopWaiting();
    },
  };
}
