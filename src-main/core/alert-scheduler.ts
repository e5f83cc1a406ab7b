/**
 * The alert scheduler, the same in main and in the web harness: it holds the
 * deadline feed, applies the alert policy and keeps ONE timer armed at the
 * next instant that matters (a priority queue, never a timer per entry). The
 * runtime around it supplies the clock, the timer, the notifier and the link
 * back to the store host.
 */
import { isErasureDeadline, SNOOZE_MINUTES } from './alert-feed';
import type { AlertContext, AlertCounts, AlertNotification, AlertReport, DeadlineEntry, EntryAlertState, FeedMessage } from './alert-feed';
import { createNotices, type Mode, type Raised } from './alert-notices';
import { awaitsAcknowledgement, evaluate, freshState, MINUTE_MS, mergeStates, planFor, stateFor, type Plan } from './alert-policy';
import { DEFAULT_ALERT_POLICY } from './alert-settings';
import { createDeadlineQueue, NOT_QUEUED, type Queued } from './deadline-queue';

export interface SchedulerRuntime {
  now(): number;
  /** Arms the one timer to call `tick()` at `at` (replacing the armed one); null disarms it. */
  arm(at: number | null): void;
  notify(notification: AlertNotification): void;
  /** Alerts raised, acknowledged or snoozed, for the store host's alert log. */
  report(report: AlertReport): void;
  /** Called whenever the overdue or due-soon count changes. */
  counts(counts: AlertCounts): void;
}

export interface AlertScheduler {
  /** A full feed (reset) or a delta from the store host, already validated. */
  apply(message: FeedMessage): void;
  /** The armed timer fired. */
  tick(): void;
  /**
   * Re-evaluates every entry now: after resume from sleep or a clock change.
   * What fell due meanwhile is raised as one "missed" summary.
   */
  recompute(): void;
  /** The user acknowledged these entries (a notification action): their reminders stop. */
  acknowledge(keys: readonly string[]): void;
  /** Remind again in `minutes` (default 15). */
  snooze(keys: readonly string[], minutes?: number): void;
  counts(): AlertCounts;
  context(): AlertContext | null;
  /** Entries that concern the desk user (the others are not kept). */
  size(): number;
  /** The instant the timer is armed for, if any. */
  nextWakeAt(): number | null;
}

/** Deadlines this close together fire in one tick, so they can share one notification. */
export const COALESCE_WINDOW_MS = 1_000;
export { LATE_MS } from './alert-notices';

/** An entry that concerns the desk user; the others are not kept at all. Queued under its key at its next instant. */
interface Tracked extends Queued {
  entry: DeadlineEntry;
  plan: Plan;
  state: EntryAlertState | null;
  overdue: boolean;
  dueSoon: boolean;
  /** An alert of this entry is being held by quiet hours. */
  held: boolean;
}

export function createAlertScheduler(runtime: SchedulerRuntime): AlertScheduler {
  const tracked = new Map<string, Tracked>();
  const queue = createDeadlineQueue<Tracked>();
  const overdueCases = new Map<string, number>();
  const dueSoonCases = new Map<string, number>();
  let context: AlertContext | null = null;
  let armedAt: number | null = null;
  let published: AlertCounts = { overdue: 0, dueSoon: 0 };
  const notices = createNotices();

  function count(cases: Map<string, number>, caseId: string, delta: number): void {
    const next = (cases.get(caseId) ?? 0) + delta;
    if (next > 0) cases.set(caseId, next);
    else cases.delete(caseId);
  }

  function flag(item: Tracked, overdue: boolean, dueSoon: boolean): void {
    // The tray and the badge count complaints; a deletion request's deadline is told by its alerts and on the privacy panel.
    const counted = !isErasureDeadline(item.entry);
    if (counted && item.overdue !== overdue) count(overdueCases, item.entry.caseId, overdue ? 1 : -1);
    if (counted && item.dueSoon !== dueSoon) count(dueSoonCases, item.entry.caseId, dueSoon ? 1 : -1);
    item.overdue = overdue;
    item.dueSoon = dueSoon;
  }

  /** Evaluates one entry at `at`, collects its alert, and returns its next instant. */
  function visit(item: Tracked, at: number, raised: Raised<Tracked>[]): number | null {
    if (!context) return null;
    const result = evaluate(item.entry, item.plan, item.state, context.policy, at);
    if (result.state) item.state = result.state;
    flag(item, result.overdue, result.dueSoon);
    if (result.alert) raised.push({ tracked: item, kind: result.alert, dueAt: result.alertDueAt, released: item.held });
    item.held = result.held;
    // Never re-arm at or before the instant just evaluated: that would spin.
    return result.wakeAt === null ? null : Math.max(result.wakeAt, at + 1);
  }

  /** The entry as tracked, or null when it does not concern the desk user. */
  function track(entry: DeadlineEntry, previous: Tracked | undefined): Tracked | null {
    const plan = planFor(entry, context?.recipient ?? null, context?.policy ?? DEFAULT_ALERT_POLICY);
    if (!plan) return null;
    const state = mergeStates(previous?.state ?? null, entry.state);
    if (!previous) return { key: entry.key, at: 0, slot: NOT_QUEUED, entry, plan, state, overdue: false, dueSoon: false, held: false };
    previous.entry = entry;
    previous.plan = plan;
    previous.state = state;
    return previous;
  }

  function untrack(key: string): void {
    const item = tracked.get(key);
    if (!item) return;
    flag(item, false, false);
    tracked.delete(key);
    queue.remove(item);
  }

  /** Evaluates `item` at `now` for a queue being rebuilt: it goes into `pending` when it has a next instant. */
  function revisit(item: Tracked, now: number, raised: Raised<Tracked>[], pending: Tracked[]): void {
    const at = visit(item, now, raised);
    if (at === null) return;
    item.at = at;
    pending.push(item);
  }

  /** Evaluates everything now and rebuilds the queue in O(n): a resume, a clock jump. */
  function reevaluateAll(): void {
    const now = runtime.now();
    const raised: Raised<Tracked>[] = [];
    const pending: Tracked[] = [];
    for (const item of tracked.values()) revisit(item, now, raised, pending);
    queue.replaceAll(pending);
    deliver(raised, 'missed', now);
  }

  /**
   * A full feed, in one pass: each entry is planned, kept and evaluated while it is at hand (a
   * structured-cloned feed lies scattered over the heap; a second pass would read it all again).
   *
   * `sameRecipient`: the feed is for the user the runtime already serves. Only then is what it
   * tracked carried over, as it may know more than the feed (reports the store has not written yet).
   * A history is one person's: after a switch of user, the new one's comes from the feed alone, or
   * the previous user's acknowledgement would silence the new one's escalation and their reminders
   * would pass for the new one's. A user new to the runtime (a start, a sign-in, a switch) is shown
   * again the overdue alerts still waiting for their acknowledgement.
   */
  function replaceAll(entries: readonly DeadlineEntry[], sameRecipient: boolean): void {
    const previous = sameRecipient && tracked.size > 0 ? new Map(tracked) : null;
    tracked.clear();
    overdueCases.clear();
    dueSoonCases.clear();
    const now = runtime.now();
    let raised: Raised<Tracked>[] = [];
    let pending: Tracked[] = [];
    let unacknowledged: Raised<Tracked>[] = [];
    let named = 0;
    for (const entry of entries) {
      const old = previous?.get(entry.key);
      // Counted afresh: the flags of the old item belong to the cleared maps.
      if (old) Object.assign(old, { overdue: false, dueSoon: false });
      const item = track(entry, old);
      if (!item) continue;
      tracked.set(entry.key, item);
      named += 1;
      const before = raised.length;
      revisit(item, now, raised, pending);
      // An alert raised now says it all; otherwise an open one is shown again to a user new here.
      if (!sameRecipient && raised.length === before && item.overdue && awaitsAcknowledgement(stateFor(item.entry, item.state), now)) {
        unacknowledged.push({ tracked: item, kind: 'overdue', dueAt: now, released: false });
      }
    }
    if (named !== tracked.size) {
      // A key named twice (never by the store host): its last entry that concerns the user counts.
      const current = (item: Tracked) => tracked.get(item.key) === item;
      pending = pending.filter(current);
      raised = raised.filter((alert) => current(alert.tracked));
      unacknowledged = unacknowledged.filter((alert) => current(alert.tracked));
      overdueCases.clear();
      dueSoonCases.clear();
      for (const item of tracked.values()) {
        if (isErasureDeadline(item.entry)) continue;
        if (item.overdue) count(overdueCases, item.entry.caseId, 1);
        if (item.dueSoon) count(dueSoonCases, item.entry.caseId, 1);
      }
    }
    queue.replaceAll(pending);
    deliver(raised, 'missed', now);
    // Quiet hours do not hold these: they come when the user has just started the app or signed in, at the desk.
    if (context?.recipient) for (const notification of notices.showAgain(unacknowledged, now, context.policy.coalesceAbove)) runtime.notify(notification);
  }

  function deliver(raised: Raised<Tracked>[], mode: Mode, now: number): void {
    const recipient = context?.recipient;
    if (raised.length === 0 || !context || !recipient) return;
    const { notifications, alerts } = notices.deliver(raised, mode, now, context.policy.coalesceAbove);
    runtime.report({ type: 'raised', userId: recipient.id, alerts });
    for (const notification of notifications) runtime.notify(notification);
  }

  function settle(): void {
    const counts = { overdue: overdueCases.size, dueSoon: dueSoonCases.size };
    if (counts.overdue !== published.overdue || counts.dueSoon !== published.dueSoon) {
      published = counts;
      runtime.counts(counts);
    }
    const next = queue.peek()?.at ?? null;
    if (next !== armedAt) {
      armedAt = next;
      runtime.arm(next);
    }
  }

  /** Applies a change of the history of some entries (acknowledge, snooze) and reports it. */
  function amend(keys: readonly string[], change: (state: EntryAlertState) => EntryAlertState, report: (userId: string, keys: string[]) => AlertReport): void {
    const recipient = context?.recipient;
    if (!recipient) return;
    const now = runtime.now();
    const raised: Raised<Tracked>[] = [];
    const amended: string[] = [];
    for (const key of new Set(keys)) {
      const item = tracked.get(key);
      if (!item) continue;
      item.state = change(stateFor(item.entry, item.state) ?? freshState(item.entry.dueAt));
      amended.push(key);
      const at = visit(item, now, raised);
      if (at === null) queue.remove(item);
      else queue.upsert(item, at);
    }
    if (amended.length > 0) runtime.report(report(recipient.id, amended));
    deliver(raised, 'change', now);
    settle();
  }

  return {
    apply(message) {
      if (message.type === 'reset') {
        const serving = context?.recipient?.id;
        context = message.context;
        replaceAll(message.entries, serving !== undefined && serving === message.context.recipient?.id);
        settle();
        return;
      }
      const now = runtime.now();
      const raised: Raised<Tracked>[] = [];
      for (const key of message.removals) untrack(key);
      for (const entry of message.upserts) {
        const item = track(entry, tracked.get(entry.key));
        if (!item) {
          untrack(entry.key);
          continue;
        }
        tracked.set(entry.key, item);
        const at = visit(item, now, raised);
        if (at === null) queue.remove(item);
        else queue.upsert(item, at);
      }
      deliver(raised, 'change', now);
      settle();
    },
    tick() {
      armedAt = null;
      const now = runtime.now();
      const raised: Raised<Tracked>[] = [];
      for (const item of queue.takeDue(now + COALESCE_WINDOW_MS)) {
        const evaluatedAt = Math.max(now, item.at);
        const at = visit(item, evaluatedAt, raised);
        if (at !== null) queue.upsert(item, at);
      }
      deliver(raised, 'timer', now);
      settle();
    },
    recompute() {
      armedAt = null;
      reevaluateAll();
      settle();
    },
    acknowledge(keys) {
      const now = runtime.now();
      amend(keys, (state) => ({ ...state, acknowledgedAt: now }), (userId, amended) => ({ type: 'acknowledge', userId, keys: amended, at: now }));
    },
    snooze(keys, minutes = SNOOZE_MINUTES) {
      const now = runtime.now();
      const until = now + minutes * MINUTE_MS;
      amend(
        keys,
        (state) => ({ ...state, snoozedUntil: until }),
        (userId, amended) => ({ type: 'snooze', userId, keys: amended, at: now, until }),
      );
    },
    counts: () => ({ ...published }),
    context: () => context,
    size: () => tracked.size,
    nextWakeAt: () => queue.peek()?.at ?? null,
  };
}
