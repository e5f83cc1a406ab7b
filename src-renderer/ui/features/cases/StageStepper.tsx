import { Paper, Stepper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../domain/cases/case';
import { STEP_OF, STEPS } from '../../../domain/lifecycle/machine';

/**
 * The closed loop with the case's place in it. A redirected case ends at its
 * first step: that step is shown as the end, marked in red, and the rest as
 * never reached.
 */
export function StageStepper({ record }: { record: CaseRecord }) {
  const { t } = useTranslation();
  const redirected = record.status === 'redirected';
  const closed = record.status === 'closed';
  const current = STEPS.indexOf(STEP_OF[record.status]);
  // Mantine marks the steps before `active` as done; a closed case has every step done.
  const active = closed ? STEPS.length : current;
  return (
    <Paper withBorder p="md">
      <Stepper active={active} size="sm" allowNextStepsSelect={false} aria-label={t('flow.step.label')} wrap>
        {STEPS.map((step, index) => {
          const here = index === current && !closed;
          const endOfRedirect = redirected && step === 'intake';
          return (
            <Stepper.Step
              key={step}
              label={endOfRedirect ? t('flow.step.redirected') : t(`flow.step.${step}`)}
              description={endOfRedirect ? t('flow.step.ended') : here ? t('flow.step.current') : undefined}
              color={endOfRedirect ? 'red' : undefined}
              icon={endOfRedirect ? '✕' : undefined}
              aria-current={here ? 'step' : undefined}
            />
          );
        })}
      </Stepper>
    </Paper>
  );
}
