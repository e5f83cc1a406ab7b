import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../domain/settings/settings';
import { settingsRange } from '../numberField';
import { RangeNumberInput } from '../RangeNumberInput';
import { SettingsForm } from '../SettingsForm';
import { useSettingsForm, type KeyedValues } from '../useSettingsForm';

const NUMBERS = ['lifecycle.archiveAfterDays', 'lifecycle.qualityReturnDays'];

/** When closed cases are archived, and how long a supervisor may send one back. */
export function LifecycleForm({ lifecycle }: { lifecycle: Settings['lifecycle'] }) {
  const { t } = useTranslation();
  const state = useSettingsForm('lifecycle', { lifecycle } satisfies KeyedValues<'lifecycle'>, (values) => values.lifecycle, { numbers: NUMBERS });
  return (
    <SettingsForm title={t('admin.centre.lifecycleTitle')} hint={t('admin.centre.lifecycleHint')} state={state}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <RangeNumberInput
          label={t('admin.centre.archiveAfterDays')}
          range={settingsRange('lifecycle.archiveAfterDays')}
          {...state.form.getInputProps('lifecycle.archiveAfterDays')}
        />
        <RangeNumberInput
          label={t('admin.centre.qualityReturnDays')}
          range={settingsRange('lifecycle.qualityReturnDays')}
          {...state.form.getInputProps('lifecycle.qualityReturnDays')}
        />
      </SimpleGrid>
    </SettingsForm>
  );
}
