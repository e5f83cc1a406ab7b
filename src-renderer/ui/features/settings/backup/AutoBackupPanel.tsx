import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePlatform } from '../../../data/hooks';
import { AutoBackupForm } from './AutoBackupForm';
import { BackupFolder } from './BackupFolder';
import { Panel } from '../../../components/Panel';

/** 自动备份: main's schedule and the backups folder on the desktop; in the browser only a word that there is none. */
export function AutoBackupPanel() {
  const { t } = useTranslation();
  const platform = usePlatform();
  return (
    <Panel title={t('backup.auto.title')} order={4}>
      {platform.backups ? (
        <>
          <AutoBackupForm />
          <BackupFolder backups={platform.backups} />
        </>
      ) : (
        <Text size="sm">{t('backup.auto.browser')}</Text>
      )}
    </Panel>
  );
}
