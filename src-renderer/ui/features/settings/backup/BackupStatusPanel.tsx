import { Alert, Button, Text } from '@mantine/core';
import { JobProgressBar } from '../../jobs/JobProgressBar';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDateTime } from '../../../components/format';
import { useNow, usePlatform, useStore, type QueryState } from '../../../data/hooks';
import { asStoreError, type StoreError } from '../../../data/store-client';
import type { StoreResult } from '../../../../store/api';
import { backupFileName, isStale } from '../../../../domain/backup/status';
import { backupFilters } from './format';
import { Panel } from '../../../components/Panel';

const DAY = 86_400_000;

/** The last backup, a yellow warning when it is older than two days (or there is none), and 备份到文件. */
export function BackupStatusPanel({ status }: { status: QueryState<StoreResult<'backup.status'>> }) {
  const { t } = useTranslation();
  const store = useStore();
  const platform = usePlatform();
  const now = useNow(60_000);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StoreError | null>(null);
  const last = status.data?.last ?? null;
  const lastAt = status.data?.lastAt ?? null;
  // Judged against the clock as it runs: a page left open turns yellow once two days have passed.
  const stale = status.data !== undefined && isStale(lastAt, now);

  async function backUpToFile() {
    setFailure(null);
    try {
      const filters = backupFilters(t('backup.tab'));
      if (platform.chooseBackupTarget) {
        // The desktop: the file is chosen first and the store host writes the backup there as it is
        // made (any size; no byte of it passes this page). Logged by the store host once written.
        const chosen = await platform.chooseBackupTarget({ suggestedName: backupFileName(Date.now(), 'manual'), filters });
        if (chosen.status !== 'chosen') return;
        setBusy(true);
        const made = await store.send('backup.create', { target: chosen.target });
        notifications.show({ color: 'teal', message: t('backup.manual.saved', { name: made.kind === 'saved' ? made.path : chosen.path }) });
        return;
      }
      setBusy(true);
      const made = await store.send('backup.create', {});
      if (made.kind !== 'download' || !platform.downloadBlob) return;
      await platform.downloadBlob(made.blob, made.fileName);
      // Logged once the download is handed to the browser, which cannot say where it goes.
      await store.send('backup.saved', { token: made.token, path: '' });
      notifications.show({ color: 'teal', message: t('backup.manual.saved', { name: made.fileName }) });
    } catch (error) {
      setFailure(asStoreError(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Panel
      title={t('backup.status.title')}
      order={4}
      aside={
        <Button onClick={() => void backUpToFile()} loading={busy}>
          {t('backup.manual.button')}
        </Button>
      }
    >
      {/* A large desk takes a minute: how far it got, rather than a spinner alone. */}
      <JobProgressBar kind="backup" active={busy} hint={t('backup.manual.running')} />
      <ErrorAlert error={status.error ?? failure} />
      {stale && (
        <Alert color="yellow" variant="light" role="status" data-testid="backup-stale">
          {lastAt !== null
            ? t('backup.status.stale', { days: Math.floor((now - lastAt) / DAY), at: formatDateTime(lastAt) })
            : t('backup.status.never')}
        </Alert>
      )}
      {last && lastAt !== null && !stale && (
        <Text size="sm">
          {last.kind === 'restored'
            ? t('backup.status.lastRestored', { at: formatDateTime(lastAt), restoredAt: formatDateTime(last.at) })
            : t('backup.status.last', { at: formatDateTime(lastAt), kind: t(`backup.kinds.${last.kind}`) })}
        </Text>
      )}
    </Panel>
  );
}
