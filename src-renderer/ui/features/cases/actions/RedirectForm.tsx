import { TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../../data/hooks';
import { CommandForm } from './CommandForm';
import type { ActionProps } from './types';

/** 转办/不予受理: why, and where the customer was referred. Ends the case. */
export function RedirectForm({ record, onDone, onCancel }: ActionProps) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm({ initialValues: { reason: '', referredTo: '' } });
  return (
    <CommandForm
      form={form}
      run={(values) => store.send('screening.redirect', { caseId: record.id, ...values })}
      onDone={onDone}
      onCancel={onCancel}
      help={t('flow.help.screening.redirect')}
      submitLabel={t('flow.command.screening.redirect')}
      submitColor="red"
    >
      <Textarea label={t('flow.form.redirectReason')} withAsterisk autosize minRows={3} data-autofocus {...form.getInputProps('reason')} />
      <TextInput label={t('flow.form.referredTo')} placeholder={t('flow.form.referredToPlaceholder')} withAsterisk {...form.getInputProps('referredTo')} />
    </CommandForm>
  );
}
