import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupLogRecord } from '../../../../domain/backup/log';
import { formatBytes, formatDateTime } from '../../../components/format';
import { Panel } from '../../../components/Panel';

/** The newest rows of the backup log: backups made and restores. */
export function BackupHistory({ rows }: { rows: BackupLogRecord[] }) {
  const { t } = useTranslation();
  return (
    <Panel title={t('backup.history.title')} order={4}>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('backup.history.empty')}
        </Text>
      ) : (
        <Table aria-label={t('backup.history.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('backup.history.at')}</Table.Th>
              <Table.Th>{t('backup.history.kind')}</Table.Th>
              <Table.Th>{t('backup.history.file')}</Table.Th>
              <Table.Th>{t('backup.history.size')}</Table.Th>
              <Table.Th>{t('backup.history.by')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>{formatDateTime(row.at)}</Table.Td>
                <Table.Td>{t(`backup.kinds.${row.kind}`)}</Table.Td>
                <Table.Td title={row.path || undefined}>{row.fileName}</Table.Td>
                <Table.Td>{formatBytes(row.bytes)}</Table.Td>
                <Table.Td>{row.actor?.name ?? t('backup.history.system')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Panel>
  );
}
