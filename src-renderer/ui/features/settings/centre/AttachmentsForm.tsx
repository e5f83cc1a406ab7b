import { NumberInput, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../domain/settings/settings';
import { requiredNumber } from '../requiredNumber';
import { SettingsForm } from '../SettingsForm';
import { useSettingsForm, type KeyedValues } from '../useSettingsForm';

/** Size limits of attachments, per file and per case. */
export function AttachmentsForm({ attachments }: { attachments: Settings['attachments'] }) {
  const { t } = useTranslation();
  const state = useSettingsForm('attachments', { attachments } satisfies KeyedValues<'attachments'>, (values) => values.attachments, {
    attachments: { maxFileMB: requiredNumber, maxCaseMB: requiredNumber },
  });
  return (
    <SettingsForm title={t('admin.centre.attachmentsTitle')} hint={t('admin.centre.attachmentsHint')} state={state}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput label={t('admin.centre.maxFileMB')} min={1} max={200} {...state.form.getInputProps('attachments.maxFileMB')} />
        <NumberInput label={t('admin.centre.maxCaseMB')} min={1} max={2000} {...state.form.getInputProps('attachments.maxCaseMB')} />
      </SimpleGrid>
    </SettingsForm>
  );
}
