import { Fieldset, Group, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { SEVERITIES } from '../../../domain/cases/vocabulary';
import type { AttachmentLimits } from '../../../domain/settings/settings';
import { SeveritySuggestion } from '../assist/SeveritySuggestion';
import type { SuggestionState } from '../assist/useSuggestions';
import type { ChosenFile } from './evidence';
import { EvidencePicker } from './EvidencePicker';
import { LabelledSegments } from './LabelledSegments';
import type { RegistrationValues } from './registration-values';

/**
 * 四、初判与证据: the agent's first judgement of severity (it sets the response
 * limit), with the desk's suggestion beside it, and the evidence.
 */
export function AssessmentSection({
  form,
  files,
  onFilesChange,
  limits,
  disabled,
  assist,
}: {
  form: UseFormReturnType<RegistrationValues>;
  files: ChosenFile[];
  onFilesChange(files: ChosenFile[]): void;
  limits: AttachmentLimits;
  disabled: boolean;
  assist: SuggestionState;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('intake.sections.assessment')}>
      <Stack gap="md">
        <Group align="flex-end" gap="md">
          <LabelledSegments
            label={t('intake.severity')}
            data={SEVERITIES.map((s) => ({ value: s, label: t(`severity.${s}`) }))}
            value={form.values.severity}
            onChange={(severity) => form.setFieldValue('severity', severity)}
          />
          {assist.data && (
            <SeveritySuggestion
              suggestion={assist.data.severity}
              repeatCount={assist.data.repeatCount}
              current={form.values.severity}
              onAdopt={(severity) => form.setFieldValue('severity', severity)}
            />
          )}
        </Group>
        <EvidencePicker files={files} onChange={onFilesChange} limits={limits} disabled={disabled} />
      </Stack>
    </Fieldset>
  );
}
