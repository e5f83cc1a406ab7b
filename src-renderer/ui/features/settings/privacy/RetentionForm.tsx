import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../domain/settings/settings';
import { settingsRange } from '../numberField';
import { RangeNumberInput } from '../RangeNumberInput';
import { SettingsForm } from '../SettingsForm';
import { useSettingsForm, type KeyedValues } from '../useSettingsForm';

const NUMBERS = ['privacy.retentionDays', 'privacy.alertLogDays'];

/** The administrator sets how long closed cases keep personal data and how long the alert log is kept. */
export function RetentionForm({ privacy }: { privacy: Settings['privacy'] }) {
  const { t } = useTranslation();
  const state = useSettingsForm('privacy', { privacy } satisfies KeyedValues<'privacy'>, (values) => values.privacy, { numbers: NUMBERS });
  return (
    <SettingsForm title={t('privacy.retention.title')} hint={t('privacy.retention.hint')} state={state}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <RangeNumberInput
          label={t('privacy.retention.retentionDays')}
          range={settingsRange('privacy.retentionDays')}
          {...state.form.getInputProps('privacy.retentionDays')}
        />
        <RangeNumberInput
          label={t('privacy.retention.alertLogDays')}
          range={settingsRange('privacy.alertLogDays')}
          {...state.form.getInputProps('privacy.alertLogDays')}
        />
      </SimpleGrid>
    </SettingsForm>
  );
}
