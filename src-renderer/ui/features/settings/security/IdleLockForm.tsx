import { NumberInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../domain/settings/settings';
import { requiredNumber } from '../requiredNumber';
import { SettingsForm } from '../SettingsForm';
import { useSettingsForm, type KeyedValues } from '../useSettingsForm';

/** How long without input before every window locks its screen (the UI counts; the store host enforces the lock). */
export function IdleLockForm({ security }: { security: Settings['security'] }) {
  const { t } = useTranslation();
  const state = useSettingsForm('security', { security } satisfies KeyedValues<'security'>, (values) => values.security, {
    security: { idleLockMinutes: requiredNumber },
  });
  return (
    <SettingsForm title={t('security.idle.title')} hint={t('security.idle.hint')} state={state}>
      <NumberInput
        label={t('security.idle.minutes')}
        description={t('security.idle.unit')}
        min={1}
        max={240}
        allowDecimal={false}
        maw={320}
        {...state.form.getInputProps('security.idleLockMinutes')}
      />
    </SettingsForm>
  );
}
