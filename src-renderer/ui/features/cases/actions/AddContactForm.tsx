import { Checkbox, SegmentedControl, Select, Stack, Text, Textarea } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, type Channel } from '../../../../domain/cases/vocabulary';
import { contactChannelFor } from '../../../../domain/cases/contact';
import { isPending } from '../../../../domain/lifecycle/machine';
import { CONTACT_DIRECTIONS } from '../../../../domain/verification/schema';
import { useStore } from '../../../data/hooks';
import { CommandForm } from './CommandForm';
import { pickerNow, toInstant } from './dates';
import type { ActionProps } from './types';

type Direction = (typeof CONTACT_DIRECTIONS)[number];

interface ContactValues {
  direction: Direction;
  chase: boolean;
  channel: Channel;
  contactedAt: string;
  summary: string;
}

/**
 * 客户沟通: who made contact, how and when, and what was said. A customer calling or coming in
 * (most often by phone) may be chasing the case (催办): ticked, it is counted on the case.
 */
export function AddContactForm({ record, onDone, onCancel }: ActionProps) {
  const { t } = useTranslation();
  const store = useStore();
  const directionId = useId();
  const reachedBy = contactChannelFor(record);
  const form = useForm<ContactValues>({ initialValues: { direction: 'outbound', chase: false, channel: reachedBy, contactedAt: pickerNow(), summary: '' } });
  const { direction } = form.getValues();
  function turnTo(next: Direction) {
    form.setFieldValue('direction', next);
    // A customer calling in calls; the desk reaches them the way they came. Not a chase once the desk made the contact.
    form.setFieldValue('channel', next === 'inbound' ? 'phone' : reachedBy);
    if (next === 'outbound') form.setFieldValue('chase', false);
  }
  return (
    <CommandForm
      form={form}
      run={(values) =>
        store.send('verification.addContact', {
          caseId: record.id,
          direction: values.direction,
          chase: values.chase,
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
      <Stack gap={4}>
        <Text size="sm" fw={500} id={directionId}>
          {t('flow.form.contactDirection')}
        </Text>
        <SegmentedControl
          aria-labelledby={directionId}
          data={CONTACT_DIRECTIONS.map((value) => ({ value, label: t(`flow.form.contactDirections.${value}`) }))}
          value={direction}
          onChange={(value) => turnTo(value as Direction)}
        />
      </Stack>
      {/* A chase is of work under way: not of an ended case, nor of a duplicate (its case counts it). */}
      {direction === 'inbound' && isPending(record.status, record.nextDueAt) && (
        <Checkbox label={t('flow.form.chase')} description={t('flow.form.chaseHint')} {...form.getInputProps('chase', { type: 'checkbox' })} />
      )}
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
