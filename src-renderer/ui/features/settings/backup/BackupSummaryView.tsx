import { SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupSummary } from '../../../../domain/backup/manifest';
import { formatBytes, formatDateTime } from '../../../components/format';

/** What a checked backup file holds: when it was made, by which version, how many complaints, users and files. */
export function BackupSummaryView({ summary }: { summary: BackupSummary }) {
  const { t } = useTranslation();
  const items: Array<[string, string]> = [
    [t('backup.restore.createdAt'), formatDateTime(summary.createdAt)],
    [t('backup.restore.appVersion'), summary.appVersion],
    [t('backup.restore.schemaVersion'), String(summary.schemaVersion)],
    [t('backup.restore.cases'), String(summary.counts.cases ?? 0)],
    [t('backup.restore.users'), String(summary.counts.users ?? 0)],
    [t('backup.restore.attachments'), String(summary.counts.attachments ?? 0)],
    [t('backup.restore.size'), formatBytes(summary.bytes)],
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" component="dl" aria-label={t('backup.restore.title')} m={0}>
      {items.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="xs" c="dimmed">
            {label}
          </Text>
          <Text component="dd" m={0} fw={500} data-testid={`summary-${label}`}>
            {value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
