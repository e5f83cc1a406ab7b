import { Center, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { usePlatform, useStoreQuery } from '../../../data/hooks';
import { BrowserNotifications } from './BrowserNotifications';
import { FollowForm } from './FollowForm';
import { HeldWhileEdited } from '../HeldWhileEdited';

/** 我的提醒 (every user): what alerts them, and in a browser whether alerts may pop up as system notifications. */
export function MyAlertsTab() {
  const { t } = useTranslation();
  const platform = usePlatform();
  const follow = useStoreQuery('alerts.follow', {}, 'alerts.follow');
  const settings = useStoreQuery('settings.get', {}, 'settings');
  const error = follow.error ?? settings.error;
  return (
    <Stack>
      {follow.data && settings.data ? (
        <HeldWhileEdited value={follow.data}>
          {(shown) => <FollowForm key={JSON.stringify(shown)} follow={shown} departments={settings.data!.departments} />}
        </HeldWhileEdited>
      ) : error ? (
        <ErrorAlert error={error} />
      ) : (
        <Center p="xl">
          <Loader aria-label={t('admin.loading')} />
        </Center>
      )}
      {platform.kind === 'web' && <BrowserNotifications />}
    </Stack>
  );
}
