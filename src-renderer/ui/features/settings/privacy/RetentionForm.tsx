import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { erasureReplyDaysOf } from '../../../../domain/privacy/erasure';
import type { Settings } from '../../../../domain/settings/settings';
import { settingsRange } from '../numberField';
import { RangeNumberInput } from '../RangeNumberInput';
import { SettingsForm } from '../SettingsForm';
import { useSettingsForm, type KeyedValues } from '../useSettingsForm';

const NUMBERS = ['privacy.retentionDays', 'privacy.alertLogDays', 'privacy.erasureReplyDays'];

/** The administrator sets how long closed cases keep personal data, how long the alert log is kept and the days to answer a deletion request. */
export function RetentionForm({ privacy }: { privacy: Settings['privacy'] }) {
  const { t } = useTranslation();
  // Saved before the reply period existed: shown with the default it is read as.
  const initial = { privacy: { ...privacy, erasureReplyDays: erasureReplyDaysOf(privacy) } } satisfies KeyedValues<'privacy'>;
  const state = useSettingsForm('privacy', initial, (values) => values.privacy, { numbers: NUMBERS });
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
        <RangeNumberInput
          label={t('privacy.retention.erasureReplyDays')}
          range={settingsRange('privacy.erasureReplyDays')}
          {...state.form.getInputProps('privacy.erasureReplyDays')}
        />
      </SimpleGrid>
    </SettingsForm>
  );
}
