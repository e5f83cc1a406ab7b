import { Select, Textarea } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CHANNELS } from '../../../../domain/cases/vocabulary';
import { useStore } from '../../../data/hooks';
import { CommandForm } from './CommandForm';
import { pickerNow, toInstant } from './dates';
import type { ActionProps } from './types';
import { contactChannelFor } from '../../../../domain/cases/contact';

/** 客户沟通: when and how the customer was contacted, and what was said. */
export function AddContactForm({ record, onDone, onCancel }: ActionProps) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm({ initialValues: { channel: contactChannelFor(record), contactedAt: pickerNow(), summary: '' } });
  return (
    <CommandForm
      form={form}
      run={(values) =>
        store.send('verification.addContact', {
          caseId: record.id,
          channel: values.channel,
          contactedAt: toInstant(values.contactedAt),
          summary: values.summary,
        })
      }
      onDone={onDone}
      onCancel={onCancel}
      help={t('flow.help.verification.addContact')}
      submitLabel={t('flow.command.verification.addContact')}
    >
      <Select
        label={t('flow.form.contactChannel')}
        withAsterisk
        data={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
        {...form.getInputProps('channel')}
      />
      <DateTimePicker
        label={t('flow.form.contactedAt')}
        withAsterisk
        valueFormat="YYYY-MM-DD HH:mm"
        {...form.getInputProps('contactedAt')}
        onChange={(value) => form.setFieldValue('contactedAt', value ?? '')}
      />
      <Textarea label={t('flow.form.contactSummary')} withAsterisk autosize minRows={3} data-autofocus {...form.getInputProps('summary')} />
    </CommandForm>
  );
}
