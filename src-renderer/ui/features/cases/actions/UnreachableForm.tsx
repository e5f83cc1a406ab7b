import { Select, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contactChannelFor } from '../../../../domain/cases/contact';
import { UNREACHABLE_REASONS, type Channel, type UnreachableReason } from '../../../../domain/cases/vocabulary';
import { toFieldErrors } from '../../../../domain/common/validation';
import { unreachableInput } from '../../../../domain/feedback/schema';
import { fieldErrorNodes } from '../../../components/FieldErrorText';
import { useStore } from '../../../data/hooks';
import { CallFields } from './CallFields';
import { CommandForm } from './CommandForm';
import { pickerNow, toInstant } from './dates';
import type { ActionProps } from './types';

interface Values {
  channel: Channel;
  at: string;
  reason: UnreachableReason | '';
  note: string;
}

/**
 * 客户未能联系上: when the call was made (an agent may record the day's attempts at its end), how,
 * and why it failed; the attempt goes on record and the call is tried again later.
 */
export function UnreachableForm({ record, onDone, onCancel }: ActionProps) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm<Values>({ initialValues: { channel: contactChannelFor(record), at: pickerNow(), reason: '', note: '' } });
  const reason = form.getValues().reason;
  const toInput = (values: Values) => ({ caseId: record.id, ...values, at: toInstant(values.at) });

  /** No reason is preselected: checked here with the store host's own schema, so every missing answer shows at once. */
  function complete(values: Values): boolean {
    const checked = unreachableInput(Date.now()).safeParse(toInput(values));
    if (checked.success) return true;
    form.setErrors(fieldErrorNodes(toFieldErrors(checked.error)));
    return false;
  }

  return (
    <CommandForm
      form={form}
      precheck={complete}
      run={(values) => store.send('feedback.unreachable', { ...toInput(values), reason: values.reason as UnreachableReason })}
      onDone={onDone}
      onCancel={onCancel}
      help={t('flow.help.feedback.unreachable', { count: record.unreachableAttempts })}
      submitLabel={t('flow.command.feedback.unreachable')}
    >
      <CallFields form={form} timeLabel={t('flow.feedback.attemptAt')} />
      <Select
        label={t('flow.form.attemptReason')}
        withAsterisk
        data-autofocus
        data={UNREACHABLE_REASONS.map((r) => ({ value: r, label: t(`flow.unreachableReason.${r}`) }))}
        {...form.getInputProps('reason')}
      />
      <Textarea label={t('flow.form.attemptNote')} withAsterisk={reason === 'other'} autosize minRows={2} {...form.getInputProps('note')} />
    </CommandForm>
  );
}
