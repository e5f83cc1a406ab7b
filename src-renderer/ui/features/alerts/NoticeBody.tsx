import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SNOOZE_MINUTES } from '../../../../src-main/core/alert-feed';
import type { InAppNotice } from '../../../platform/types';
import { useStore } from '../../data/hooks';
import { StoreError } from '../../data/store-client';
import { errorText } from '../../i18n/errors';

/** A notice's words in the UI's language now (a deadline alert's follow a switch of language). */
function useNoticeText(notice: InAppNotice): { title: string; body: string } {
  const { i18n } = useTranslation();
  return notice.texts?.[i18n.language === 'en' ? 'en' : 'zh-CN'] ?? { title: notice.title, body: notice.body ?? '' };
}

/** The title of an in-app notice. */
export function NoticeTitle({ notice }: { notice: InAppNotice }) {
  return <>{useNoticeText(notice).title}</>;
}

/**
 * The text of an in-app notice and, for a deadline alert, 确认 and 15 分钟后提醒.
 * Both go to the store for the signed-in user, which tells the scheduler (the
 * reminders stop, or one comes back later); the notice then closes.
 */
export function NoticeBody({ notice }: { notice: InAppNotice }) {
  const { t } = useTranslation();
  const store = useStore();
  const [busy, setBusy] = useState<'acknowledge' | 'snooze' | null>(null);
  const alerts = notice.alerts;
  const { body } = useNoticeText(notice);

  async function act(event: MouseEvent, action: 'acknowledge' | 'snooze') {
    // The notice itself is a link to the case: the buttons must not open it too.
    event.stopPropagation();
    if (!alerts) return;
    setBusy(action);
    try {
      if (action === 'acknowledge') await store.send('alerts.acknowledge', { keys: alerts.overdueKeys });
      else await store.send('alerts.snooze', { keys: alerts.keys, minutes: SNOOZE_MINUTES });
      notifications.hide(notice.id);
      notifications.show({ color: 'teal', message: t(action === 'acknowledge' ? 'alerts.notice.acknowledged' : 'alerts.notice.snoozed') });
    } catch (error) {
      const data = error instanceof StoreError ? error.data : { code: 'store.internal', params: { detail: String(error) } };
      notifications.show({ color: 'red', message: errorText(t, data) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <Stack gap={6}>
      {body && (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {body}
        </Text>
      )}
      {alerts && (
        <Group gap="xs">
          {alerts.overdueKeys.length > 0 && (
            <Button size="compact-sm" loading={busy === 'acknowledge'} disabled={busy !== null} onClick={(event) => void act(event, 'acknowledge')}>
              {t('alerts.notice.acknowledge')}
            </Button>
          )}
          <Button size="compact-sm" variant="default" loading={busy === 'snooze'} disabled={busy !== null} onClick={(event) => void act(event, 'snooze')}>
            {t('alerts.notice.snooze')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
