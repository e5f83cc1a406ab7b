import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rowsProcessed, type ImportJobView } from '../../../domain/imports/job';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatCount, formatDateTime } from '../../components/format';
import { useStore, useStoreQuery } from '../../data/hooks';
import { asStoreError, type StoreError } from '../../data/store-client';

/** What a job's line says: its file, who started it when, and how far it got. */
function jobFigures(job: ImportJobView, format: (n: number) => string) {
  return {
    name: job.fileName,
    at: formatDateTime(job.startedAt),
    by: job.actor.name,
    processed: format(rowsProcessed(job)),
    total: format(job.totalRows),
    imported: format(job.rowsImported),
  };
}

/**
 * An import running now (started here and the page left, or from another window): its file and
 * progress, and 查看进度 to follow it with 取消 — the page must not look as if nothing were under way.
 */
function RunningImports({ jobs, onFollow }: { jobs: readonly ImportJobView[]; onFollow(jobId: string): void }) {
  const { t, i18n } = useTranslation();
  const format = (n: number) => formatCount(n, i18n.language);
  return (
    <Alert color="blue" variant="light" title={t('imports.file.running')} role="region" aria-label={t('imports.file.running')}>
      <Stack gap="xs">
        {jobs.map((job) => (
          <Group key={job.id} gap="xs" wrap="nowrap" align="flex-start">
            <Text size="sm">
              {t('imports.file.runningJob', jobFigures(job, format))}
            </Text>
            <Button size="compact-xs" aria-label={t('imports.file.followLabel', { name: job.fileName })} onClick={() => onFollow(job.id)}>
              {t('imports.file.follow')}
            </Button>
          </Group>
        ))}
      </Stack>
    </Alert>
  );
}

/**
 * Imports that stopped before the end (the window reloaded, the store host restarted): listed with
 * their file when the page opens, so nobody has to remember which file it was. Choosing that file
 * again continues it (FileStep); 放弃 ends it, keeping what was imported. One running now is shown
 * above them, to be followed.
 */
export function UnfinishedImports({ onFollow }: { onFollow(jobId: string): void }) {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const jobs = useStoreQuery('imports.list', {}, 'imports.list');
  const [failure, setFailure] = useState<StoreError | null>(null);
  const unfinished = (jobs.data ?? []).filter((job) => job.status === 'interrupted');
  const running = (jobs.data ?? []).filter((job) => job.status === 'running');
  const runningNotice = running.length > 0 && <RunningImports jobs={running} onFollow={onFollow} />;
  if (unfinished.length === 0 && !failure) return runningNotice || null;
  const format = (n: number) => formatCount(n, i18n.language);

  async function giveUp(jobId: string) {
    setFailure(null);
    try {
      await store.send('imports.cancel', { jobId });
    } catch (error) {
      setFailure(asStoreError(error));
    }
  }

  return (
    <>
      {runningNotice}
      <Alert color="yellow" variant="light" title={t('imports.file.unfinished')} role="region" aria-label={t('imports.file.unfinished')}>
        <Stack gap="xs">
          <List size="sm" spacing={4}>
            {unfinished.map((job) => (
              <List.Item key={job.id}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Text size="sm">
                    {t('imports.file.unfinishedJob', jobFigures(job, format))}
                  </Text>
                  <Button size="compact-xs" variant="default" aria-label={t('imports.file.giveUpLabel', { name: job.fileName })} onClick={() => void giveUp(job.id)}>
                    {t('imports.file.giveUp')}
                  </Button>
                </Group>
              </List.Item>
            ))}
          </List>
          <Text size="xs" c="dimmed">
            {t('imports.file.unfinishedHint')}
          </Text>
          <ErrorAlert error={failure} />
        </Stack>
      </Alert>
    </>
  );
}
