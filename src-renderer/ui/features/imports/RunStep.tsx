import { Alert, Anchor, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../components/format';
import { IMPORT_CHUNK_ROWS, rowsProcessed } from '../../../domain/imports/job';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useStore, useStoreQuery } from '../../data/hooks';
import { asStoreError, type StoreError } from '../../data/store-client';
import { errorText } from '../../i18n/errors';

/** How often the running job is asked for its progress (each answer also carries its news to every window). */
const POLL_MS = 400;

/** 导入: the running job's progress with 取消, then how it ended and where to see the cases. */
export function RunStep({ jobId, onAnother }: { jobId: string; onAnother: () => void }) {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const job = useStoreQuery('imports.progress', { jobId }, jobId);
  const [cancelling, setCancelling] = useState(false);
  const [failure, setFailure] = useState<StoreError | null>(null);
  const record = job.data;
  const running = record?.status === 'running';
  const { reload } = job;

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(reload, POLL_MS);
    return () => clearInterval(timer);
  }, [running, reload]);

  async function cancel() {
    setCancelling(true);
    setFailure(null);
    try {
      await store.send('imports.cancel', { jobId });
      reload();
    } catch (error) {
      setCancelling(false);
      setFailure(asStoreError(error));
    }
  }

  if (!record && job.error) return <ErrorAlert error={job.error} />;
  const cancelButton = (
    <Button variant="default" color="red" onClick={() => void cancel()} disabled={cancelling}>
      {t('imports.run.cancel')}
    </Button>
  );
  // The first batch is being written: the store host answers the progress only after it (up to a few
  // seconds). The panel says so and offers 取消 at once, rather than staying blank as if stuck.
  if (!record) {
    return (
      <Stack>
        <Progress value={100} striped animated size="lg" aria-label={t('imports.run.progress')} />
        <Text size="sm" role="status">
          {cancelling ? t('imports.run.cancelling') : t('imports.run.starting', { chunk: formatCount(IMPORT_CHUNK_ROWS, i18n.language) })}
        </Text>
        <ErrorAlert error={failure} />
        <Group>
          {cancelButton}
        </Group>
      </Stack>
    );
  }
  const format = (n: number) => formatCount(n, i18n.language);
  const done = rowsProcessed(record);
  const figures = { done: format(done), total: format(record.totalRows), imported: format(record.rowsImported), skipped: format(record.rowsSkipped) };
  const percent = record.totalRows > 0 ? (done / record.totalRows) * 100 : 100;

  return (
    <Stack>
      <Progress value={percent} animated={running} size="lg" aria-label={t('imports.run.progress')} />
      <Text size="sm" role="status">
        {running
          ? cancelling
            ? t('imports.run.cancelling')
            : t('imports.run.running', figures)
          : t(`imports.run.${record.status}`, figures)}
      </Text>
      {!running && record.lateDuplicates && <LateDuplicates late={record.lateDuplicates} />}
      {record.status === 'interrupted' && record.error && (
        <Alert color="red" variant="light" role="alert">
          {errorText(t, record.error)}
        </Alert>
      )}
      <ErrorAlert error={failure ?? job.error} />
      <Group>
        {running ? (
          cancelButton
        ) : (
          <>
            <Anchor href="#/tracking">{t('imports.run.openTracking')}</Anchor>
            <Button variant="default" onClick={onAnother}>
              {t('imports.run.another')}
            </Button>
          </>
        )}
      </Group>
    </Stack>
  );
}

/** The rows the check passed and the writer found taken (`lateDuplicates`): they are in no error report, so named here. */
export function LateDuplicates({ late }: { late: { count: number; rows: number[] } }) {
  const { t, i18n } = useTranslation();
  const listed = late.rows.map((row) => formatCount(row, i18n.language)).join(t('case.listSeparator'));
  const rows = late.count > late.rows.length ? t('imports.run.lateMore', { rows: listed }) : listed;
  return (
    <Alert color="yellow" variant="light" data-testid="late-duplicates">
      {t('imports.run.lateDuplicates', { count: formatCount(late.count, i18n.language), rows })}
    </Alert>
  );
}
