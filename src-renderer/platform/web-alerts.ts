/**
 * The alert runtime of the browser harness: what main's alerts service does
 * on the desktop, in the page. The store Worker sends the deadline feed; the
 * same scheduler and policy as main's decide what is due; one page timer wakes
 * it; alerts show as Web Notifications when the user allowed them, otherwise
 * as notices inside the page; what was raised goes back to the Worker's log.
 * Alerts the feed settles (acknowledged, case closed, another user signed in)
 * leave the screen, as main's do.
 */
import type { AlertCounts, AlertNotification, AlertReport, FeedMessage } from '../../src-main/core/alert-feed';
import { createAlertScheduler, type AlertScheduler } from '../../src-main/core/alert-scheduler';
import { changesRecipient, settledBy } from '../../src-main/core/alert-settled';
import { alertText, countsText, type AlertLanguage } from '../../src-main/core/alert-text';
import { parseFeedMessage } from '../../src-main/core/feed-validation';
import type { InAppNotice } from './types';

/** The longest delay `setTimeout` keeps (2^31 − 1 ms, ~24.8 days); a longer one would fire at once. */
export const MAX_TIMER_MS = 2_147_483_647;
/** How often the wall clock is compared with the monotonic one, to notice sleep and clock changes. */
export const DRIFT_CHECK_MS = 30_000;
/** Drift beyond this between the two clocks means the computer slept or the clock was set. */
export const DRIFT_TOLERANCE_MS = 5_000;
/** More alerts than this on screen: the oldest go (they are in the alert log anyway), as on the desktop. */
export const MAX_ON_SCREEN = 50;

/** Messages between the page and the store Worker about alerts (see store/entries/host-worker.ts). */
export const FEED_MESSAGE_TYPE = 'deadline-feed';

export interface WebAlertsOptions {
  /** Sends a report to the store Worker (see report-outbox.ts). */
  report(report: AlertReport): void;
  /** Shows a notice inside the page (system notifications are not allowed). */
  notice(notice: InAppNotice): void;
  /** Takes notices shown by `notice` off the page again. */
  withdraw(ids: readonly string[]): void;
  /** Opens a route of the app (a click on a system notification). */
  navigate(route: string): void;
  /** The language of the app's preferences, read for every notification. */
  language(): AlertLanguage;
  /**
   * The overdue and due-soon counts changed: what the desktop shows on its tray and taskbar, the
   * browser shows in the tab's title (`tabTitle`), seen over a locked desk or from another tab.
   */
  counts?(counts: AlertCounts): void;
}

/**
 * The tab's title with the counts before it (“2 宗已超时 · 1 宗即将超时 | 投诉处理台”), the title
 * alone with none: numbers only, never a case or a customer, as it shows to whoever passes by.
 */
export function tabTitle(base: string, counts: AlertCounts, language: AlertLanguage): string {
  return counts.overdue === 0 && counts.dueSoon === 0 ? base : `${countsText(counts, language)} | ${base}`;
}

export interface WebAlerts {
  /** A message from the store Worker: true when it was the deadline feed's (applied, or refused when invalid). */
  receive(data: unknown): boolean;
  /** For tests and diagnostics. */
  readonly scheduler: AlertScheduler;
  dispose(): void;
}

const isFeedEnvelope = (data: unknown): data is { type: typeof FEED_MESSAGE_TYPE; message: unknown } =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === FEED_MESSAGE_TYPE;

const canNotify = () => typeof Notification !== 'undefined' && Notification.permission === 'granted';

/** An alert notification on screen: a system notification, or (native null) an in-app notice. */
interface OnScreen {
  notification: AlertNotification;
  native: Notification | null;
}

export function createWebAlerts(options: WebAlertsOptions): WebAlerts {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let armedAt: number | null = null;
  // Alert notifications on screen by id, oldest first. System notifications stay referenced until closed, or
  // their click handler may be collected with them.
  const onScreen = new Map<string, OnScreen>();

  const scheduler = createAlertScheduler({
    now: () => Date.now(),
    arm(at) {
      armedAt = at;
      startTimer();
    },
    notify: show,
    report: (report) => options.report(report),
    // No tray or badge in a browser: the counts go to the tab's title.
    counts: (counts) => options.counts?.(counts),
  });

  /** One timer for the next instant; far instants wake it early to set it again, as `setTimeout` cannot wait longer. */
  function startTimer(): void {
    clearTimeout(timer);
    timer = undefined;
    if (armedAt === null) return;
    timer = setTimeout(fire, Math.min(Math.max(0, armedAt - Date.now()), MAX_TIMER_MS));
  }

  function fire(): void {
    timer = undefined;
    if (armedAt === null) return;
    if (Date.now() < armedAt) return startTimer();
    armedAt = null;
    scheduler.tick();
  }

  /** Takes these notifications off the screen. */
  function withdraw(ids: readonly string[]): void {
    const notices: string[] = [];
    for (const id of ids) {
      const shown = onScreen.get(id);
      if (!shown) continue;
      onScreen.delete(id);
      if (shown.native) shown.native.close();
      else notices.push(id);
    }
    if (notices.length > 0) options.withdraw(notices);
  }

  /** Before the scheduler applies `message`: what it settles leaves the screen (see alert-settled.ts). */
  function settle(message: FeedMessage): void {
    const live = new Set<string>();
    for (const { notification } of onScreen.values()) for (const alert of notification.alerts) live.add(alert.key);
    const settled = settledBy(message, live, changesRecipient(scheduler.context(), message));
    if (!settled) return;
    const done = [...onScreen].filter(([, { notification }]) => notification.alerts.every((alert) => settled(alert, notification.at)));
    withdraw(done.map(([id]) => id));
  }

  function show(notification: AlertNotification): void {
    const { title, body } = alertText(notification, options.language());
    const keys = [...new Set(notification.alerts.map((alert) => alert.key))];
    // A reminder or summary takes the place of what it repeats: the page replaces its notices itself
    // (ui/app/alertNotices.ts), system notifications are closed here.
    for (const [id, shown] of onScreen) {
      if (!shown.notification.alerts.every((alert) => keys.includes(alert.key))) continue;
      onScreen.delete(id);
      shown.native?.close();
    }
    if (canNotify()) {
      const native = new Notification(title, {
        body,
        tag: notification.id,
        // An overdue complaint waits for the user; a warning may fade.
        requireInteraction: notification.alerts.some((alert) => alert.kind !== 'warning'),
      });
      native.onclick = () => {
        window.focus();
        options.navigate(notification.route);
        native.close();
      };
      native.onclose = () => onScreen.delete(notification.id);
      onScreen.set(notification.id, { notification, native });
    } else {
      const overdueKeys = [...new Set(notification.alerts.filter((alert) => alert.kind !== 'warning').map((alert) => alert.key))];
      const texts = { 'zh-CN': alertText(notification, 'zh-CN'), en: alertText(notification, 'en') };
      options.notice({ id: notification.id, title, body, texts, route: notification.route, alerts: { keys, overdueKeys } });
      onScreen.set(notification.id, { notification, native: null });
    }
    if (onScreen.size > MAX_ON_SCREEN) withdraw([onScreen.keys().next().value!]);
  }

  // Timers do not run while the computer sleeps, hidden tabs are throttled or frozen, and the wall clock can be
  // set: on any sign of that, everything is evaluated again and what fell due meanwhile comes as one summary.
  const recompute = () => scheduler.recompute();
  let wall = Date.now();
  let monotonic = performance.now();
  const driftCheck = setInterval(() => {
    const [nowWall, nowMonotonic] = [Date.now(), performance.now()];
    const drift = nowWall - wall - (nowMonotonic - monotonic);
    [wall, monotonic] = [nowWall, nowMonotonic];
    if (Math.abs(drift) > DRIFT_TOLERANCE_MS) recompute();
  }, DRIFT_CHECK_MS);
  const onVisible = () => {
    if (document.visibilityState === 'visible') recompute();
  };
  document.addEventListener('visibilitychange', onVisible);
  // A frozen page (Chromium's page lifecycle) resumes with `resume`; a network coming back often follows a wake-up.
  document.addEventListener('resume', recompute);
  window.addEventListener('online', recompute);

  return {
    scheduler,
    receive(data) {
      if (!isFeedEnvelope(data)) return false;
      const parsed = parseFeedMessage(data.message);
      if (parsed.ok) {
        settle(parsed.message);
        scheduler.apply(parsed.message);
      } else {
        console.warn(`deadline feed refused: ${parsed.error}`);
      }
      return true;
    },
    dispose() {
      clearTimeout(timer);
      clearInterval(driftCheck);
      document.removeEventListener('visibilitychange', onVisible);
      document.removeEventListener('resume', recompute);
      window.removeEventListener('online', recompute);
      // Nothing of this runtime stays on screen: a runtime started later (this tab holding the desk again)
      // shows what is still unacknowledged afresh.
      withdraw([...onScreen.keys()]);
    },
  };
}
