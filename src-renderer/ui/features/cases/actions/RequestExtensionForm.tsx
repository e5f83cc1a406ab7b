import { Textarea } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../components/format';
import { useStore, useStoreQuery } from '../../../data/hooks';
import { Field } from '../Field';
import { CommandForm } from './CommandForm';
import { deadlineTimeOfDay, pickerEarliestDay, toInstant } from './dates';
import type { ActionProps } from './types';

/** 申请延期: a reason and a new deadline later than the current one; a supervisor or director decides. */
export function RequestExtensionForm({ record, onDone, onCancel }: ActionProps) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm({ initialValues: { reason: '', newDueAt: '' } });
  const current = record.clocks.resolution?.dueAt;
  const settings = useStoreQuery('settings.get', {}, 'settings').data;
  return (
    <CommandForm
      form={form}
      run={(values) => store.send('progress.requestExtension', { caseId: record.id, reason: values.reason, newDueAt: toInstant(values.newDueAt) })}
      onDone={onDone}
      onCancel={onCancel}
      help={t('flow.help.progress.requestExtension')}
      submitLabel={t('flow.command.progress.requestExtension')}
    >
      {current !== undefined && <Field label={t('flow.extension.fromDueAt')}>{formatDateTime(current)}</Field>}
      <Textarea label={t('flow.form.extensionReason')} withAsterisk autosize minRows={3} data-autofocus {...form.getInputProps('reason')} />
      <DateTimePicker
        label={t('flow.extension.toDueAt')}
        withAsterisk
        valueFormat="YYYY-MM-DD HH:mm"
        minDate={current !== undefined ? pickerEarliestDay(current) : undefined}
        defaultTimeValue={deadlineTimeOfDay(settings)}
        {...form.getInputProps('newDueAt')}
        onChange={(value) => form.setFieldValue('newDueAt', value ?? '')}
      />
    </CommandForm>
  );
}
