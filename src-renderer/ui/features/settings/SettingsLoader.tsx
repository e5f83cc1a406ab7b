import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../domain/settings/settings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useStoreQuery } from '../../data/hooks';

/** The centre's current settings, kept fresh, handed to a tab once they are read. */
export function SettingsLoader({ children }: { children: (settings: Settings) => ReactNode }) {
  const { t } = useTranslation();
  const settings = useStoreQuery('settings.get', {}, 'settings');
  if (settings.data) return <>{children(settings.data)}</>;
  if (settings.error) return <ErrorAlert error={settings.error} />;
  return (
    <Center p="xl">
      <Loader aria-label={t('admin.loading')} />
    </Center>
  );
}
