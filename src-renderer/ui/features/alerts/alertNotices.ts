/**
 * The deadline alerts shown as notices in the page (a browser without system notifications). A
 * later notice about the same deadlines — the reminder after a warning, the next reminder —
 * replaces the earlier one: otherwise stale reminders fill the few places on screen and a new
 * case's alert waits, unseen, behind them.
 */
export interface AlertNotices {
  /** Records a notice and answers the ids of the ones it replaces (all of whose deadlines it names). */
  add(id: string, keys: readonly string[]): string[];
  /** The notice was closed. */
  remove(id: string): void;
}

export function createAlertNotices(): AlertNotices {
  const shown = new Map<string, readonly string[]>();
  return {
    add(id, keys) {
      const named = new Set(keys);
      const replaced = [...shown].filter(([, theirs]) => theirs.length > 0 && theirs.every((key) => named.has(key))).map(([old]) => old);
      for (const old of replaced) shown.delete(old);
      shown.set(id, keys);
      return replaced;
    },
    remove(id) {
      shown.delete(id);
    },
  };
}
