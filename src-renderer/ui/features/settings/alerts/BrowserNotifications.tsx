import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationAccess } from '../../../../platform/types';
import { usePlatform } from '../../../data/hooks';
import { Panel } from '../../../components/Panel';

/** Web harness only: lets the browser show alerts as system notifications instead of notices inside the page. */
export function BrowserNotifications() {
  const { t } = useTranslation();
  const platform = usePlatform();
  const [access, setAccess] = useState<NotificationAccess>(() => platform.notificationPermission?.() ?? 'granted');
  const [asking, setAsking] = useState(false);

  async function allow() {
    if (!platform.requestNotificationPermission) return;
    setAsking(true);
    try {
      setAccess(await platform.requestNotificationPermission());
    } finally {
      setAsking(false);
    }
  }

  return (
    <Panel title={t('alerts.browser.title')} maw={640}>
      <Text size="sm" c="dimmed" role="status">
        {t(`alerts.browser.${access === 'default' ? 'prompt' : access}`)}
      </Text>
      {access === 'default' && (
        <Group>
          <Button variant="light" loading={asking} onClick={() => void allow()}>
            {t('alerts.browser.allow')}
          </Button>
        </Group>
      )}
    </Panel>
  );
}
