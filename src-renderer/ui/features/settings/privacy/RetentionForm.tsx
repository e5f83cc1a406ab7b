import { NumberInput, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../domain/settings/settings';
import { requiredNumber } from '../requiredNumber';
import { SettingsForm } from '../SettingsForm';
import { useSettingsForm, type KeyedValues } from '../useSettingsForm';

/** The administrator sets how long closed cases keep personal data and how long the alert log is kept. */
export function RetentionForm({ privacy }: { privacy: Settings['privacy'] }) {
  const { t } = useTranslation();
  const state = useSettingsForm('privacy', { privacy } satisfies KeyedValues<'privacy'>, (values) => values.privacy, {
    privacy: { retentionDays: requiredNumber, alertLogDays: requiredNumber },
  });
  return (
    <SettingsForm title={t('privacy.retention.title')} hint={t('privacy.retention.hint')} state={state}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t('privacy.retention.retentionDays')}
          min={30}
          max={36_500}
          allowDecimal={false}
          {...state.form.getInputProps('privacy.retentionDays')}
        />
        <NumberInput
          label={t('privacy.retention.alertLogDays')}
          min={30}
          max={3650}
          allowDecimal={false}
          {...state.form.getInputProps('privacy.alertLogDays')}
        />
      </SimpleGrid>
    </SettingsForm>
  );
}
