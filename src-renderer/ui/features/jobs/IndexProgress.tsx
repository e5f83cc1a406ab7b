import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../components/format';
import { percentOf } from '../../../domain/jobs/progress';
import { useJobProgress } from './useJobProgress';

/**
 * 正在建立索引 n%: shown by the tracking table and the dashboard while their first answer waits for
 * the store host to read every case after a start (seconds on a large desk). Nothing while no
 * build runs: a small desk's index is ready before anyone looks.
 */
export function IndexProgress({ waiting }: { waiting: boolean }) {
  const { t, i18n } = useTranslation();
  const job = useJobProgress('caseIndex', waiting);
  if (!job) return null;
  const percent = percentOf(job);
  const figure = t('jobs.indexing', { percent });
  return (
    <Stack gap={4} data-job="caseIndex">
      <Progress value={percent} size="sm" aria-label={figure} />
      <Text size="sm" c="dimmed" role="status" data-percent={percent}>
        {figure}
        {t('jobs.indexingCount', { done: formatCount(job.done, i18n.language), total: formatCount(job.total, i18n.language) })}
      </Text>
    </Stack>
  );
}
