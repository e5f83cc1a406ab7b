import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../domain/settings/settings';
import { settingsRange } from '../numberField';
import { RangeNumberInput } from '../RangeNumberInput';
import { SettingsForm } from '../SettingsForm';
import { useSettingsForm, type KeyedValues } from '../useSettingsForm';

const NUMBERS = ['attachments.maxFileMB', 'attachments.maxCaseMB'];

/** Size limits of attachments, per file and per case. */
export function AttachmentsForm({ attachments }: { attachments: Settings['attachments'] }) {
  const { t } = useTranslation();
  const state = useSettingsForm('attachments', { attachments } satisfies KeyedValues<'attachments'>, (values) => values.attachments, { numbers: NUMBERS });
  return (
    <SettingsForm title={t('admin.centre.attachmentsTitle')} hint={t('admin.centre.attachmentsHint')} state={state}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <RangeNumberInput
          label={t('admin.centre.maxFileMB')}
          range={settingsRange('attachments.maxFileMB')}
          {...state.form.getInputProps('attachments.maxFileMB')}
        />
        <RangeNumberInput
          label={t('admin.centre.maxCaseMB')}
          range={settingsRange('attachments.maxCaseMB')}
          {...state.form.getInputProps('attachments.maxCaseMB')}
        />
      </SimpleGrid>
    </SettingsForm>
  );
}
