import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../components/format';
import { percentOf } from '../../../domain/jobs/progress';
import { useJobProgress } from './useJobProgress';

/** The host's own index builds a window may wait for, each with its figure and count. */
const TEXTS = {
  caseIndex: { figure: 'jobs.indexing', count: 'jobs.indexingCount' },
  similarIndex: { figure: 'jobs.similarIndexing', count: 'jobs.similarIndexingCount' },
} as const;

/**
 * 正在建立索引 n%: shown by the tracking table and the dashboard while their first answer waits for
 * the store host to read every case after a start (seconds on a large desk), and by 相似案例 while
 * its index is built. Nothing while no build runs: a small desk's index is ready before anyone looks.
 */
export function IndexProgress({ waiting, kind = 'caseIndex' }: { waiting: boolean; kind?: keyof typeof TEXTS }) {
  const { t, i18n } = useTranslation();
  const job = useJobProgress(kind, waiting);
  if (!job) return null;
  const percent = percentOf(job);
  const figure = t(TEXTS[kind].figure, { percent });
  return (
    <Stack gap={4} data-job={kind}>
      <Progress value={percent} size="sm" aria-label={figure} />
      <Text size="sm" c="dimmed" role="status" data-percent={percent}>
        {figure}
        {t(TEXTS[kind].count, { done: formatCount(job.done, i18n.language), total: formatCount(job.total, i18n.language) })}
      </Text>
    </Stack>
  );
}
