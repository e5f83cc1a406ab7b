import { Select, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useStore, useStoreQuery } from '../../../data/hooks';
import { CommandForm } from './CommandForm';
import type { ActionProps } from './types';

/** 内部核查: what was checked with which department, and what it found. */
export function AddCheckForm({ record, onDone, onCancel }: ActionProps) {
  const { t } = useTranslation();
  const store = useStore();
  const settings = useStoreQuery('settings.get', {}, 'settings');
  const form = useForm({ initialValues: { department: '', checked: '', finding: '' } });
  return (
    <CommandForm
      form={form}
      run={(values) => store.send('verification.addCheck', { caseId: record.id, ...values })}
      onDone={onDone}
      onCancel={onCancel}
      help={t('flow.help.verification.addCheck')}
      submitLabel={t('flow.command.verification.addCheck')}
    >
      <Select
        label={t('flow.form.checkDepartment')}
        withAsterisk
        searchable
        data={settings.data?.departments ?? []}
        data-autofocus
        {...form.getInputProps('department')}
      />
      <Textarea label={t('flow.form.checked')} withAsterisk autosize minRows={2} {...form.getInputProps('checked')} />
      <Textarea label={t('flow.form.finding')} withAsterisk autosize minRows={2} {...form.getInputProps('finding')} />
    </CommandForm>
  );
}
