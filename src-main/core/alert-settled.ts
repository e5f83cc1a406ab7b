/**
 * Which alert notifications still on screen a feed message settles: their
 * case closed or clock stopped, the deadline moved, acknowledged elsewhere,
 * or meant for a user who is no longer the one signed in here. Shared by
 * main (native notifications) and the web harness (Web Notifications and
 * in-app notices), so an alert leaves the screen for the same reasons in both.
 */
import type { AlertContext, DeadlineEntry, FeedMessage, NotifiedAlert } from './alert-feed';

/** Answers whether one alert of a notification shown at `shownAt` has nothing left to say. */
export type SettledTest = (alert: NotifiedAlert, shownAt: number) => boolean;

/** True when `message` hands the alerts to somebody else than the runtime serves now (`current`). */
export function changesRecipient(current: AlertContext | null, message: FeedMessage): boolean {
  return message.type === 'reset' && (message.context.recipient?.id ?? null) !== (current?.recipient?.id ?? null);
}

/**
 * The test for the alerts of `live` (the keys on screen) that `message` settles; null when it
 * touches none of them. Ask it BEFORE the scheduler applies the message: what the message itself
 * brings (a new user's first alerts) is not among what it settles.
 */
export function settledBy(message: FeedMessage, live: ReadonlySet<string>, newRecipient: boolean): SettledTest | null {
  if (live.size === 0) return null;
  const changed = changedEntries(message, live, newRecipient);
  if (changed.size === 0) return null;
  return (alert, shownAt) => isSettled(alert, shownAt, changed);
}

/** The entries of `message` behind notifications still on screen: the new entry, or null when it is gone. */
function changedEntries(message: FeedMessage, live: ReadonlySet<string>, newRecipient: boolean): Map<string, DeadlineEntry | null> {
  const changed = new Map<string, DeadlineEntry | null>();
  if (message.type === 'delta') {
    for (const key of message.removals) if (live.has(key)) changed.set(key, null);
    for (const entry of message.upserts) if (live.has(entry.key)) changed.set(entry.key, entry);
    return changed;
  }
  if (!newRecipient && message.context.recipient !== null) {
    for (const entry of message.entries) if (live.has(entry.key)) changed.set(entry.key, entry);
  }
  // Not in the full feed any more, or meant for somebody who is no longer signed in here.
  for (const key of live) if (!changed.has(key)) changed.set(key, null);
  return changed;
}

/** An alert on screen that has nothing left to say: case closed or clock stopped, deadline moved, acknowledged since. */
function isSettled(alert: NotifiedAlert, shownAt: number, changed: ReadonlyMap<string, DeadlineEntry | null>): boolean {
  if (!changed.has(alert.key)) return false;
  const entry = changed.get(alert.key);
  if (!entry) return true;
  if (entry.paused || entry.dueAt !== alert.dueAt) return true;
  return entry.state !== null && entry.state.acknowledgedAt !== null && entry.state.acknowledgedAt >= shownAt;
}
