import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePlatform } from '../../../data/hooks';
import { AutoBackupForm } from './AutoBackupForm';
import { BackupFolder } from './BackupFolder';

/** 自动备份: main's schedule and the backups folder on the desktop; in the browser only a word that there is none. */
export function AutoBackupPanel() {
  const { t } = useTranslation();
  const platform = usePlatform();
  return (
    <Paper withBorder p="lg" component="section" aria-label={t('backup.auto.title')}>
      <Stack>
        <Title order={4} size="h5">
          {t('backup.auto.title')}
        </Title>
        {platform.backups ? (
          <>
            <AutoBackupForm />
            <BackupFolder backups={platform.backups} />
          </>
        ) : (
          <Text size="sm">{t('backup.auto.browser')}</Text>
        )}
      </Stack>
    </Paper>
  );
}
