import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useStoreQuery } from '../../../data/hooks';
import { AutoBackupPanel } from './AutoBackupPanel';
import { BackupHistory } from './BackupHistory';
import { BackupStatusPanel } from './BackupStatusPanel';
import { RestorePanel } from './RestorePanel';

/** 备份与恢复: the last backup (warned when stale), manual and automatic backups, restore, and the log. */
export function BackupTab() {
  const { t } = useTranslation();
  const status = useStoreQuery('backup.status', {}, 'backup-status');
  return (
    <Stack maw={960}>
      <div>
        <Title order={3} size="h4">
          {t('backup.title')}
        </Title>
        <Text size="sm" c="dimmed" mt={4}>
          {t('backup.hint')}
        </Text>
      </div>
      <BackupStatusPanel status={status} />
      <AutoBackupPanel />
      <RestorePanel />
      <BackupHistory rows={status.data?.recent ?? []} />
    </Stack>
  );
}
