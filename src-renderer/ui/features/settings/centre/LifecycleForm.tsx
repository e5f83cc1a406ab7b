import { NumberInput, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../domain/settings/settings';
import { requiredNumber } from '../requiredNumber';
import { SettingsForm } from '../SettingsForm';
import { useSettingsForm, type KeyedValues } from '../useSettingsForm';

/** When closed cases are archived, and how long a supervisor may send one back. */
export function LifecycleForm({ lifecycle }: { lifecycle: Settings['lifecycle'] }) {
  const { t } = useTranslation();
  const state = useSettingsForm('lifecycle', { lifecycle } satisfies KeyedValues<'lifecycle'>, (values) => values.lifecycle, {
    lifecycle: { archiveAfterDays: requiredNumber, qualityReturnDays: requiredNumber },
  });
  return (
    <SettingsForm title={t('admin.centre.lifecycleTitle')} hint={t('admin.centre.lifecycleHint')} state={state}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t('admin.centre.archiveAfterDays')}
          min={1}
          max={3650}
          allowDecimal={false}
          {...state.form.getInputProps('lifecycle.archiveAfterDays')}
        />
        <NumberInput
          label={t('admin.centre.qualityReturnDays')}
          min={0}
          max={365}
          allowDecimal={false}
          {...state.form.getInputProps('lifecycle.qualityReturnDays')}
        />
      </SimpleGrid>
    </SettingsForm>
  );
}
