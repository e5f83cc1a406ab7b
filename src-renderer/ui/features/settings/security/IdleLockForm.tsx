import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../domain/settings/settings';
import { settingsRange } from '../numberField';
import { RangeNumberInput } from '../RangeNumberInput';
import { SettingsForm } from '../SettingsForm';
import { useSettingsForm, type KeyedValues } from '../useSettingsForm';

/** How long without input before every window locks its screen (the UI counts; the store host enforces the lock). */
export function IdleLockForm({ security }: { security: Settings['security'] }) {
  const { t } = useTranslation();
  const state = useSettingsForm('security', { security } satisfies KeyedValues<'security'>, (values) => values.security, {
    numbers: ['security.idleLockMinutes'],
  });
  return (
    <SettingsForm title={t('security.idle.title')} hint={t('security.idle.hint')} state={state}>
      <RangeNumberInput
        label={t('security.idle.minutes')}
        range={settingsRange('security.idleLockMinutes')}
        maw={320}
        {...state.form.getInputProps('security.idleLockMinutes')}
      />
    </SettingsForm>
  );
}
