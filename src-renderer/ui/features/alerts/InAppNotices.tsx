import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Platform } from '../../../platform';
import { createAlertNotices } from './alertNotices';
import { NoticeBody, NoticeTitle } from './NoticeBody';

/**
 * The notices the platform shows inside the page (a browser without system notifications): deadline
 * alerts with 确认 and 15 分钟后提醒, and the platform's other messages. A click on the notice opens
 * its route; a click on one of its buttons (×, 确认, 15 分钟后提醒) only does what the button says. The platform takes alert notices back once the feed settled them — in particular when
 * another user signs in at this desk, whose 确认 must never answer the previous user's alert.
 */
export function InAppNotices({ platform }: { platform: Pick<Platform, 'onInAppNotice' | 'onNoticesWithdrawn'> }) {
  const [, navigate] = useLocation();
  // The instance, not `t`: a language switch must not subscribe again (the notices on screen would be forgotten).
  const { i18n } = useTranslation();
  useEffect(() => {
    const alerts = createAlertNotices();
    const stopNotices = platform.onInAppNotice((notice) => {
      // A later alert about the same deadlines takes the place of the earlier notice.
      for (const old of alerts.add(notice.id, notice.alerts?.keys ?? [])) notifications.hide(old);
      notifications.show({
        id: notice.id,
        title: <NoticeTitle notice={notice} />,
        // A deadline alert offers 确认 and 15 分钟后提醒 under its text.
        message: <NoticeBody notice={notice} />,
        autoClose: false,
        closeButtonProps: { 'aria-label': i18n.t('alerts.notice.close') },
        style: notice.route ? { cursor: 'pointer' } : undefined,
        onClick: (event) => {
          // × closing the notice must not open the tracking table (and leave a half-typed page) too.
          if (event.target instanceof Element && event.target.closest('button')) return;
          if (notice.route) navigate(notice.route);
        },
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
  }, [platform, navigate, i18n]);
  return null;
}
