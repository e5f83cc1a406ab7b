import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupFolderStatus, Platform } from '../../../../platform/types';
import { errorText } from '../../../i18n/errors';
import { formatBytes, formatDateTime } from '../../../components/format';

/** The backups folder main keeps: where it is, the free space, its files; 立即备份 and 打开备份文件夹. */
export function BackupFolder({ backups }: { backups: NonNullable<Platform['backups']> }) {
  const { t } = useTranslation();
  const [folder, setFolder] = useState<BackupFolderStatus | null>(null);
  const [running, setRunning] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const reload = useCallback(() => void backups.status().then(setFolder), [backups]);
  useEffect(reload, [reload]);

  async function runNow() {
    setRunning(true);
    setRefusal(null);
    try {
      const result = await backups.runNow();
      if (result.status === 'saved') notifications.show({ color: 'teal', message: t('backup.auto.ranNow', { path: result.path }) });
      else setRefusal(errorText(t, result));
    } finally {
      setRunning(false);
      reload();
    }
  }

  return (
    <Stack gap="sm">
      {folder && (
        <Text size="sm">
          {t('backup.auto.folder', { folder: folder.folder })}
          {folder.freeBytes !== null && ` · ${t('backup.auto.free', { size: formatBytes(folder.freeBytes) })}`}
        </Text>
      )}
      <Group>
        <Button variant="light" loading={running} onClick={() => void runNow()}>
          {t('backup.auto.runNow')}
        </Button>
        <Button variant="default" onClick={() => void backups.openFolder()}>
          {t('backup.auto.openFolder')}
        </Button>
      </Group>
      {/* Automatic backups failing since the last success: why, until one succeeds. */}
      {folder?.lastFailure && !refusal && (
        <Alert color="red" variant="light" role="alert" data-testid="backup-auto-failed">
          {t('backup.auto.failed', { at: formatDateTime(folder.lastFailure.at), why: errorText(t, folder.lastFailure) })}
        </Alert>
      )}
      {refusal && (
        <Alert color="red" variant="light" role="alert">
          {refusal}
        </Alert>
      )}
      {folder && folder.files.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('backup.auto.noFiles')}
        </Text>
      )}
      {folder && folder.files.length > 0 && (
        <Table aria-label={t('backup.auto.files')}>
          <Table.Tbody>
            {folder.files.map((file) => (
              <Table.Tr key={file.path}>
                <Table.Td>{formatDateTime(file.at)}</Table.Td>
                <Table.Td>{t(`backup.kinds.${file.kind}`, { defaultValue: file.kind })}</Table.Td>
                <Table.Td title={file.path}>{file.name}</Table.Td>
                <Table.Td>{formatBytes(file.bytes)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
