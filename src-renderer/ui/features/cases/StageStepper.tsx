import { Paper, Stepper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../domain/cases/case';
import { STEP_OF, STEPS } from '../../../domain/lifecycle/machine';

/**
 * The closed loop with the case's place in it. A redirected case ends at its
 * first step, a terminated one at the step it was in: that step is shown as
 * the end, marked in red, and the rest as never reached.
 */
export function StageStepper({ record }: { record: CaseRecord }) {
  const { t } = useTranslation();
  // Where the loop ended early, if it did: its first step when redirected, the step it was in when terminated.
  const ended = record.status === 'redirected' ? 'intake' : record.termination ? STEP_OF[record.termination.from] : null;
  const endLabel = record.status === 'redirected' ? t('flow.step.redirected') : t('flow.step.terminated');
  const closed = record.status === 'closed';
  const current = STEPS.indexOf(ended ?? STEP_OF[record.status]);
  // Mantine marks the steps before `active` as done; a closed case has every step done.
  const active = closed ? STEPS.length : current;
  return (
    <Paper withBorder p="md">
      <Stepper active={active} size="sm" allowNextStepsSelect={false} aria-label={t('flow.step.label')} wrap>
        {STEPS.map((step, index) => {
          const here = index === current && !closed;
          const endOfLoop = ended === step;
          return (
            <Stepper.Step
              key={step}
              label={endOfLoop ? endLabel : t(`flow.step.${step}`)}
              description={endOfLoop ? t('flow.step.ended') : here ? t('flow.step.current') : undefined}
              color={endOfLoop ? 'red' : undefined}
              icon={endOfLoop ? '✕' : undefined}
              aria-current={here ? 'step' : undefined}
            />
          );
        })}
      </Stepper>
    </Paper>
  );
}
