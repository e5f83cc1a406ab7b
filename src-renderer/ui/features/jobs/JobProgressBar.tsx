import { Progress, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { percentOf, stepOf, type JobKind } from '../../../domain/jobs/progress';
import { useJobProgress } from './useJobProgress';

/**
 * A running job's progress bar, with its phase and figure (正在压缩打包 45%，第 2/2 步), while
 * `active`; `hint` (what the job is and what to expect) stays under it. Until the store host first
 * answers, the bar runs without a figure.
 */
export function JobProgressBar({ kind, active, hint }: { kind: JobKind; active: boolean; hint?: ReactNode }) {
  const { t } = useTranslation();
  const job = useJobProgress(kind, active);
  if (!active) return null;
  const percent = job ? percentOf(job) : 0;
  const { step, steps } = job ? stepOf(job) : { step: 0, steps: 0 };
  const phase = job ? t(`jobs.phases.${job.kind}.${job.phase}`) : t('jobs.starting');
  return (
    <Stack gap={4} data-job={kind}>
      <Progress
        value={job ? percent : 100}
        animated={!job}
        striped={!job}
        size="lg"
        aria-label={phase}
      />
      <Text size="sm" role="status" data-percent={job ? percent : undefined}>
        {job ? t('jobs.figure', { phase, percent }) : phase}
        {job && steps > 1 ? t('jobs.step', { step, steps }) : null}
      </Text>
      {hint ? (
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
      ) : null}
    </Stack>
  );
}
