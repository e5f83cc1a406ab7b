import { Alert, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthGate';
import { CheckStep } from './CheckStep';
import { FileStep } from './FileStep';
import { ImportHistory } from './ImportHistory';
import { MappingStep } from './MappingStep';
import { RunStep } from './RunStep';
import { useImportWizard, type WizardStep } from './useImportWizard';
import { ValuesStep } from './ValuesStep';

/** 导入历史投诉: file → columns → values → check → import, for supervisors and administrators. */
export function ImportPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const wizard = useImportWizard();
  const { step } = wizard;
  // A finished step may be revisited; nothing is left once the import runs.
  const reachable = (target: WizardStep) => step < 4 && target < step;

  return (
    <Stack maw={1200}>
      <div>
        <Title order={2}>{t('imports.title')}</Title>
        <Text size="sm" c="dimmed" mt={4}>
          {t('imports.hint')}
        </Text>
      </div>
      {!can('imports.run') ? (
        <Alert color="yellow" variant="light">
          {t('imports.forbidden')}
        </Alert>
      ) : (
        <Paper withBorder p="lg">
          <Stepper active={step} onStepClick={(target) => reachable(target as WizardStep) && wizard.goTo(target as WizardStep)} size="sm">
            <Stepper.Step label={t('imports.steps.file')} allowStepSelect={reachable(0)}>
              <FileStep wizard={wizard} />
            </Stepper.Step>
            <Stepper.Step label={t('imports.steps.mapping')} allowStepSelect={reachable(1)}>
              <MappingStep wizard={wizard} />
            </Stepper.Step>
            <Stepper.Step label={t('imports.steps.values')} allowStepSelect={reachable(2)}>
              <ValuesStep wizard={wizard} />
            </Stepper.Step>
            <Stepper.Step label={t('imports.steps.check')} allowStepSelect={reachable(3)}>
              <CheckStep wizard={wizard} />
            </Stepper.Step>
            <Stepper.Step label={t('imports.steps.run')} allowStepSelect={false}>
              {wizard.jobId && <RunStep jobId={wizard.jobId} onAnother={wizard.reset} />}
            </Stepper.Step>
          </Stepper>
        </Paper>
      )}
      {can('imports.run') && <ImportHistory />}
    </Stack>
  );
}
