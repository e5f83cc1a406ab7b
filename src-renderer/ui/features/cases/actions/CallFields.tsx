import { Group, Select } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CHANNELS, type Channel } from '../../../../domain/cases/vocabulary';
import { useNow } from '../../../data/hooks';
import { EARLIEST_DAY, pickerLatestDay } from './dates';

/** How and when the customer was called back (反馈回访, 客户未能联系上): the channel, and the time, not in the future. */
export function CallFields<V extends { channel: Channel; at: string }>({ form, timeLabel }: { form: UseFormReturnType<V>; timeLabel: string }) {
  const { t } = useTranslation();
  const now = useNow();
  return (
    <Group grow align="flex-start">
      <Select
        label={t('flow.form.feedbackChannel')}
        withAsterisk
        data={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
        {...form.getInputProps('channel')}
      />
      <DateTimePicker
        label={timeLabel}
        withAsterisk
        valueFormat="YYYY-MM-DD HH:mm"
        minDate={EARLIEST_DAY}
        maxDate={pickerLatestDay(now)}
        {...form.getInputProps('at')}
        onChange={(value) => form.setFieldValue('at', (value ?? '') as never)}
      />
    </Group>
  );
}
