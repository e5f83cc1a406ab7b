import { Alert, Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupLogRecord } from '../../../../domain/backup/log';
import { keptBackupName } from '../../../../domain/backup/kept';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatBytes, formatDateTime } from '../../../components/format';
import { Panel } from '../../../components/Panel';
import { usePlatform } from '../../../data/hooks';
import { asStoreError, type StoreError } from '../../../data/store-client';

/**
 * The newest rows of the backup log: backups made and restores. In the browser, a backup the desk
 * kept in the browser's own storage (the one before a restore) can be downloaded from its row: no
 * file picker reaches it, and it is the way back from restoring the wrong file.
 */
export function BackupHistory({ rows }: { rows: BackupLogRecord[] }) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const [gone, setGone] = useState<string | null>(null);
  const [failure, setFailure] = useState<StoreError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const readKept = platform.readKeptBackup?.bind(platform);
  const downloadable = (row: BackupLogRecord) => readKept !== undefined && platform.downloadBlob !== undefined && keptBackupName(row.path) !== null;
  const withActions = rows.some(downloadable);

  async function download(row: BackupLogRecord) {
    setGone(null);
    setFailure(null);
    setBusy(row.path);
    try {
      const file = await readKept!(row.path);
      if (file === null) setGone(row.fileName);
      else await platform.downloadBlob?.(file, row.fileName);
    } catch (error) {
      setFailure(asStoreError(error));
    } finally {
      setBusy(null);
    }
  }

  return (
    <Panel title={t('backup.history.title')} order={4}>
      {gone && (
        <Alert color="yellow" variant="light" role="alert">
          {t('backup.history.gone', { name: gone })}
        </Alert>
      )}
      <ErrorAlert error={failure} />
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
              {withActions && <Table.Th>{t('backup.history.actions')}</Table.Th>}
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
                {withActions && (
                  <Table.Td>
                    {downloadable(row) && (
                      <Button
                        size="compact-sm"
                        variant="default"
                        loading={busy === row.path}
                        aria-label={t('backup.history.downloadLabel', { name: row.fileName })}
                        onClick={() => void download(row)}
                      >
                        {t('backup.history.download')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Panel>
  );
}
