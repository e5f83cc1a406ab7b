import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { rowsProcessed, type ImportJobView } from '../../../domain/imports/job';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatCount, formatDateTime } from '../../components/format';
import { Panel } from '../../components/Panel';
import { useStoreQuery } from '../../data/hooks';

const WHOLE = { whiteSpace: 'nowrap' } as const;
const FILE = { overflowWrap: 'anywhere', maxWidth: 280 } as const;

/** A job stopped before its last chunk: choosing the same file again continues it (FileStep). */
function resumable(job: ImportJobView): boolean {
  return (job.status === 'cancelled' || job.status === 'interrupted') && job.chunksDone < job.chunkCount;
}

/** What the 状态 cell says: how the job ended, whether it can be continued, and rows found taken as they were written. */
function StatusCell({ job }: { job: ImportJobView }) {
  const { t, i18n } = useTranslation();
  const late = job.lateDuplicates?.count ?? 0;
  // Given up and not continued since (a resume drops the mark; this guards a record from before it did).
  const gaveUp = job.status === 'cancelled' ? job.gaveUp : undefined;
  return (
    <>
      <Text size="sm">{gaveUp ? t('imports.history.gaveUp') : t(`imports.history.statuses.${job.status}`)}</Text>
      {gaveUp && (
        <Text size="xs" c="dimmed">
          {t('imports.history.gaveUpBy', { by: gaveUp.by, at: formatDateTime(gaveUp.at) })}
        </Text>
      )}
      {resumable(job) && (
        <Text size="xs" c="dimmed">
          {t(gaveUp ? 'imports.history.gaveUpResumable' : 'imports.history.resumable')}
        </Text>
      )}
      {late > 0 && (
        <Text size="xs" c="dimmed">
          {t('imports.history.late', { count: formatCount(late, i18n.language) })}
        </Text>
      )}
    </>
  );
}

/**
 * 导入记录: the newest imports of this desk, whoever ran them and however they ended — one
 * cancelled halfway included (not an unfinished one to give up, yet its file can be continued),
 * so a supervisor sees which files are in, whole or in part, without reading the audit log.
 */
export function ImportHistory() {
  const { t, i18n } = useTranslation();
  const jobs = useStoreQuery('imports.list', {}, 'imports.list');
  const rows = jobs.data ?? [];
  const format = (n: number) => formatCount(n, i18n.language);

  return (
    <Panel title={t('imports.history.title')} hint={t('imports.history.hint')}>
      <ErrorAlert error={jobs.error} />
      {!jobs.data ? null : rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('imports.history.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={880}>
          <Table aria-label={t('imports.history.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th style={WHOLE}>{t('imports.history.at')}</Table.Th>
                <Table.Th>{t('imports.history.file')}</Table.Th>
                <Table.Th>{t('imports.history.by')}</Table.Th>
                <Table.Th>{t('imports.history.status')}</Table.Th>
                <Table.Th>{t('imports.history.rows')}</Table.Th>
                <Table.Th>{t('imports.history.imported')}</Table.Th>
                <Table.Th>{t('imports.history.skipped')}</Table.Th>
                <Table.Th>{t('imports.history.ended')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((job) => (
                <Table.Tr key={job.id}>
                  <Table.Td style={WHOLE}>{formatDateTime(job.startedAt)}</Table.Td>
                  {/* A long file name wraps within its own width, leaving the other columns whole. */}
                  <Table.Td style={FILE}>{job.fileName}</Table.Td>
                  <Table.Td style={WHOLE}>{job.actor.name}</Table.Td>
                  <Table.Td style={{ minWidth: 120 }}>
                    <StatusCell job={job} />
                  </Table.Td>
                  <Table.Td style={WHOLE}>{t('imports.history.rowsOf', { done: format(rowsProcessed(job)), total: format(job.totalRows) })}</Table.Td>
                  <Table.Td style={WHOLE}>{format(job.rowsImported)}</Table.Td>
                  <Table.Td style={WHOLE}>{format(job.rowsSkipped)}</Table.Td>
                  <Table.Td style={WHOLE}>{job.finishedAt === null ? '—' : formatDateTime(job.finishedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Panel>
  );
}
