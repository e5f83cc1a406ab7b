import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useLocation } from 'wouter';
import type { Platform } from '../../../platform';
import { createAlertNotices } from './alertNotices';
import { NoticeBody } from './NoticeBody';

/**
 * The notices the platform shows inside the page (a browser without system notifications): deadline
 * alerts with 确认 and 15 分钟后提醒, and the platform's other messages. A click opens the notice's
 * route. The platform takes alert notices back once the feed settled them — in particular when
 * another user signs in at this desk, whose 确认 must never answer the previous user's alert.
 */
export function InAppNotices({ platform }: { platform: Pick<Platform, 'onInAppNotice' | 'onNoticesWithdrawn'> }) {
  const [, navigate] = useLocation();
  useEffect(() => {
    const alerts = createAlertNotices();
    const stopNotices = platform.onInAppNotice((notice) => {
      // A later alert about the same deadlines takes the place of the earlier notice.
      for (const old of alerts.add(notice.id, notice.alerts?.keys ?? [])) notifications.hide(old);
      notifications.show({
        id: notice.id,
        title: notice.title,
        // A deadline alert offers 确认 and 15 分钟后提醒 under its text.
        message: <NoticeBody notice={notice} />,
        autoClose: false,
        style: notice.route ? { cursor: 'pointer' } : undefined,
        onClick: () => notice.route && navigate(notice.route),
        onClose: () => alerts.remove(notice.id),
      });
    });
    const stopWithdrawals = platform.onNoticesWithdrawn?.((ids) => {
      for (const id of ids) {
        alerts.remove(id);
        notifications.hide(id);
      }
    });
    return () => {
      stopNotices();
      stopWithdrawals?.();
    };
  }, [platform, navigate]);
  return null;
}
