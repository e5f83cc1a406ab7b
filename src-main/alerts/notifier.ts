import { Notification } from 'electron';
import type { NotifyRequest } from '../core/contract';

export interface Notifier {
  show(request: NotifyRequest): void;
  /** Notifications shown and not yet closed (kept referenced so their clicks still arrive). */
  liveCount(): number;
}

/**
 * Native notifications. Each one is referenced until it is closed or clicked;
 * a garbage-collected Notification loses its click handler.
 */
export function createNotifier(onOpen: (route: string | undefined) => void): Notifier {
  const live = new Set<Notification>();
  return {
    show(request) {
      if (!Notification.isSupported()) return;
      const notification = new Notification({ title: request.title, body: request.body, silent: false });
      live.add(notification);
      const release = () => live.delete(notification);
      notification.on('click', () => {
        release();
        onOpen(request.route);
      });
      notification.on('close', release);
      notification.on('failed', release);
      notification.show();
    },
    liveCount: () => live.size,
  };
}
