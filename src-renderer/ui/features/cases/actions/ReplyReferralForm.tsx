import { Checkbox, Radio, Group, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { REPLY_METHODS, type ReplyMethod } from '../../../../domain/cases/referral-reply';
import { useStore } from '../../../data/hooks';
import { useAuth } from '../../auth/AuthGate';
import { referralDeadlineText } from '../sections/ReferralSection';
import { CommandForm } from './CommandForm';
import { pickerEarliestDay, pickerLatestDay, pickerNow, toInstant } from './dates';
import type { ActionProps } from './types';

interface ReplyValues {
  at: string;
  replier: string;
  method: ReplyMethod | '';
  text: string;
  final: boolean;
}

/**
 * 回复转办单位: who replied to the referring body, when, how and what — an interim reply on the
 * progress, or the final one that completes the deadline. Now and the signed-in user by default.
 */
export function ReplyReferralForm({ record, onDone, onCancel }: ActionProps) {
  const { t } = useTranslation();
  const store = useStore();
  const { actor } = useAuth();
  const form = useForm<ReplyValues>({ initialValues: { at: pickerNow(), replier: actor.name, method: '', text: '', final: false } });
  const kind = () => t(`referral.kind.${form.values.final ? 'final' : 'interim'}`);
  return (
    <CommandForm
      form={form}
      run={(values) =>
        store.send('cases.replyReferral', { caseId: record.id, at: toInstant(values.at), replier: values.replier, method: values.method as ReplyMethod, text: values.text, final: values.final })
      }
      onDone={() => onDone(t('referral.form.done', { kind: kind() }))}
      onCancel={onCancel}
      help={t('flow.help.cases.replyReferral')}
      submitLabel={t('flow.command.cases.replyReferral')}
    >
      {record.referralDeadline && (
        <Text size="sm">
          {t('referral.deadlineLine', { deadline: referralDeadlineText(t, record.referralDeadline) })}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateTimePicker
          label={t('referral.form.at')}
          withAsterisk
          valueFormat="YYYY-MM-DD HH:mm"
          minDate={pickerEarliestDay(record.receivedAt)}
          maxDate={pickerLatestDay()}
          {...form.getInputProps('at')}
          onChange={(value) => form.setFieldValue('at', value ?? '')}
        />
        <TextInput label={t('referral.form.replier')} withAsterisk autoComplete="off" {...form.getInputProps('replier')} />
      </SimpleGrid>
      <Radio.Group label={t('referral.form.method')} withAsterisk {...form.getInputProps('method')}>
        <Group gap="md" mt={6}>
          {REPLY_METHODS.map((method) => (
            <Radio key={method} value={method} label={t(`referral.method.${method}`)} />
          ))}
        </Group>
      </Radio.Group>
      <Textarea label={t('referral.form.text')} withAsterisk autosize minRows={3} data-autofocus {...form.getInputProps('text')} />
      <Checkbox
        label={t('referral.form.final')}
        description={form.values.final ? undefined : t('referral.form.interimHint')}
        {...form.getInputProps('final', { type: 'checkbox' })}
      />
    </CommandForm>
  );
}
