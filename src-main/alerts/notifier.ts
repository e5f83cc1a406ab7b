import { Notification, type NotificationConstructorOptions } from 'electron';
import type { AlertNotification, NotifiedAlert } from '../core/alert-feed';
import { alertText, type AlertLanguage } from '../core/alert-text';
import type { NotifyRequest } from '../core/contract';
import { mainMessages } from '../core/messages';

export interface NotifierOptions {
  /** A click: reveal the main window on this route (the app's start page without one). */
  open(route: string | undefined): void;
  /** The 确认 button of an alert: these entries' reminders stop. */
  acknowledge(keys: readonly string[]): void;
  /** The 15 分钟后提醒 button of an alert. */
  snooze(keys: readonly string[]): void;
  platform?: NodeJS.Platform;
  log?: (message: string, detail?: unknown) => void;
}

export interface Notifier {
  /** A notification the UI asked for (`desk.notify`). */
  show(request: NotifyRequest): void;
  /** An alert of the scheduler, with acknowledge / snooze buttons where the platform has them. */
  showAlert(notification: AlertNotification, language: AlertLanguage): void;
  /** The entry keys of the alert notifications still on screen. */
  liveAlertKeys(): ReadonlySet<string>;
  /** Closes the alert notifications all of whose alerts are settled (acknowledged elsewhere, deadline moved, case closed). */
  dismissAlerts(isSettled: (alert: NotifiedAlert, shownAt: number) => boolean): number;
  /** Notifications shown and not yet closed (kept referenced so their clicks still arrive). */
  liveCount(): number;
}

/**
 * Buttons work on macOS (signed app, alert style) and on Windows (Electron ≥ 39
 * builds them into the toast and, for a running unpackaged app, reports them
 * as `action` events; no custom toastXml needed). Linux notifications get none:
 * a click opens the app, the rest is done there.
 */
const ACTION_PLATFORMS: ReadonlySet<string> = new Set(['darwin', 'win32']);
const ACKNOWLEDGE = 0;
const SNOOZE = 1;
/** More alert notifications than this on screen: the oldest go, they are in the alert log anyway. */
export const MAX_LIVE_ALERTS = 50;

interface LiveAlert {
  native: Notification;
  notification: AlertNotification;
}

/**
 * Native notifications. Each one is referenced until it is closed, clicked,
 * acted on or failed: a garbage-collected Notification loses its handlers
 * (on Windows a toast with timeoutType 'never' would stay on screen, deaf).
 */
export function createNotifier({ open, acknowledge, snooze, platform = process.platform, log = () => undefined }: NotifierOptions): Notifier {
  const live = new Set<Notification>();
  const alerts = new Map<Notification, LiveAlert>();

  function release(native: Notification): void {
    live.delete(native);
    alerts.delete(native);
  }

  function close(native: Notification): void {
    release(native);
    native.close();
  }

  /** Shows `native`, kept referenced until the user or the OS is done with it. */
  function present(native: Notification, route: string | undefined): void {
    live.add(native);
    native.on('click', () => {
      release(native);
      open(route);
    });
    native.on('close', () => release(native));
    native.on('failed', (_event, error) => {
      release(native);
      log('notification failed', error);
    });
    native.show();
  }

  return {
    show(request) {
      if (!Notification.isSupported()) return;
      present(new Notification({ title: request.title, body: request.body, silent: false }), request.route);
    },
    showAlert(notification, language) {
      if (!Notification.isSupported()) return;
      const keys = [...new Set(notification.alerts.map((a) => a.key))];
      // A reminder or summary replaces what it repeats: one toast per deadline on screen.
      for (const [native, shown] of alerts) {
        if (shown.notification.alerts.every((a) => keys.includes(a.key))) close(native);
      }
      const { title, body } = alertText(notification, language);
      const messages = mainMessages(language);
      const late = notification.alerts.some((a) => a.kind !== 'warning');
      const major = notification.alerts.some((a) => a.severity === 'major');
      const options: NotificationConstructorOptions = {
        title,
        body,
        silent: false,
        // Linux: critical stays until dismissed; Windows: above others in Action Center. Electron's default is low.
        urgency: major ? 'critical' : 'normal',
        // A late case must not slip away after a few seconds (Windows needs the buttons for this).
        timeoutType: late || major ? 'never' : 'default',
      };
      const withActions = ACTION_PLATFORMS.has(platform);
      if (withActions) {
        options.actions = [
          { type: 'button', text: messages.alertAcknowledge },
          { type: 'button', text: messages.alertSnooze },
        ];
      }
      const native = new Notification(options);
      alerts.set(native, { native, notification });
      if (withActions) {
        native.on('action', (details, legacyIndex) => {
          release(native);
          // Electron ≥ 41 passes the index in the event details; the positional argument is deprecated.
          const index = typeof details?.actionIndex === 'number' ? details.actionIndex : legacyIndex;
          if (index === ACKNOWLEDGE) acknowledge(keys);
          else if (index === SNOOZE) snooze(keys);
        });
      }
      present(native, notification.route);
      if (alerts.size > MAX_LIVE_ALERTS) {
        const oldest = alerts.keys().next().value;
        if (oldest) close(oldest);
      }
    },
    liveAlertKeys() {
      const keys = new Set<string>();
      for (const { notification } of alerts.values()) for (const alert of notification.alerts) keys.add(alert.key);
      return keys;
    },
    dismissAlerts(isSettled) {
      let closed = 0;
      for (const [native, { notification }] of alerts) {
        if (notification.alerts.every((alert) => isSettled(alert, notification.at))) {
          close(native);
          closed += 1;
        }
      }
      return closed;
    },
    liveCount: () => live.size,
  };
}
