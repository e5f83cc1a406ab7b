import { notifications } from '@mantine/notifications';
import i18n from 'i18next';
import { useEffect } from 'react';
import { useLocation } from 'wouter';
import type { Platform } from '../../../platform';
import type { InAppNotice } from '../../../platform/types';
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
  // i18next itself, not `useTranslation`'s, which is a new object after every switch of language: a switch
  // must not subscribe again (the notices on screen, and which deadlines they name, would be forgotten).
  useEffect(() => {
    const alerts = createAlertNotices();
    // The notices on screen, so a language switch renames their × too (their words follow by themselves).
    const onScreen = new Map<string, InAppNotice>();
    const closeLabel = () => ({ 'aria-label': i18n.t('alerts.notice.close') });
    const relabel = () => {
      for (const [id, notice] of onScreen) notifications.update({ id, message: <NoticeBody notice={notice} />, closeButtonProps: closeLabel() });
    };
    i18n.on('languageChanged', relabel);
    const stopNotices = platform.onInAppNotice((notice) => {
      // A later alert about the same deadlines takes the place of the earlier notice.
      for (const old of alerts.add(notice.id, notice.alerts?.keys ?? [])) {
        onScreen.delete(old);
        notifications.hide(old);
      }
      onScreen.set(notice.id, notice);
      notifications.show({
        id: notice.id,
        title: <NoticeTitle notice={notice} />,
        // A deadline alert offers 确认 and 15 分钟后提醒 under its text.
        message: <NoticeBody notice={notice} />,
        autoClose: false,
        closeButtonProps: closeLabel(),
        style: notice.route ? { cursor: 'pointer' } : undefined,
        onClick: (event) => {
          // × closing the notice must not open the tracking table (and leave a half-typed page) too.
          if (event.target instanceof Element && event.target.closest('button')) return;
          if (notice.route) navigate(notice.route);
        },
        onClose: () => {
          onScreen.delete(notice.id);
          alerts.remove(notice.id);
        },
      });
    });
    const stopWithdrawals = platform.onNoticesWithdrawn?.((ids) => {
      for (const id of ids) {
        onScreen.delete(id);
        alerts.remove(id);
        notifications.hide(id);
      }
    });
    return () => {
      i18n.off('languageChanged', relabel);
      stopNotices();
      stopWithdrawals?.();
    };
  }, [platform, navigate]);
  return null;
}
