import { Select, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CHANNELS } from '../../../../domain/cases/vocabulary';
import { useStore } from '../../../data/hooks';
import { CommandForm } from './CommandForm';
import type { ActionProps } from './types';
import { contactChannelFor } from '../../../../domain/cases/contact';

/** 客户未能联系上: the attempt goes on record and the call is tried again later. */
export function UnreachableForm({ record, onDone, onCancel }: ActionProps) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm({ initialValues: { channel: contactChannelFor(record), note: '' } });
  return (
    <CommandForm
      form={form}
      run={(values) => store.send('feedback.unreachable', { caseId: record.id, ...values })}
      onDone={onDone}
      onCancel={onCancel}
      help={t('flow.help.feedback.unreachable', { count: record.unreachableAttempts })}
      submitLabel={t('flow.command.feedback.unreachable')}
    >
      <Select
        label={t('flow.form.feedbackChannel')}
        withAsterisk
        data={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
        {...form.getInputProps('channel')}
      />
      <Textarea label={t('flow.form.attemptNote')} autosize minRows={2} data-autofocus {...form.getInputProps('note')} />
    </CommandForm>
  );
}
