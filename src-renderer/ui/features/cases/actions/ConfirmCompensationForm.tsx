import { Radio, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CONFIRMATION_OUTCOMES, PAYMENT_METHODS, USUAL_METHOD, type ConfirmationOutcome, type PaymentMethod } from '../../../../domain/plans/compensation';
import { compensationText } from '../../../components/format';
import { MoneyInput } from '../../../components/MoneyInput';
import { useStore } from '../../../data/hooks';
import { Field } from '../Field';
import { CommandForm } from './CommandForm';
import { pickerEarliestDay, pickerLatestDay, pickerNow, toInstant } from './dates';
import type { ActionProps } from './types';

interface Values {
  outcome: ConfirmationOutcome;
  amount: number | string;
  method: PaymentMethod | null;
  paidAt: string;
  reference: string;
  note: string;
}

/** 确认赔付: what was paid against the plan's promise (the promise is filled in), or why the customer declined it. */
export function ConfirmCompensationForm({ record, onDone, onCancel }: ActionProps) {
  const { t } = useTranslation();
  const store = useStore();
  const promise = record.plan!.compensation;
  const form = useForm<Values>({
    initialValues: { outcome: 'paid', amount: promise.amount ?? '', method: USUAL_METHOD[promise.type], paidAt: pickerNow(), reference: '', note: '' },
  });
  const paid = form.values.outcome === 'paid';
  return (
    <CommandForm
      form={form}
      run={(values) =>
        store.send('plans.confirmCompensation', {
          caseId: record.id,
          outcome: values.outcome,
          ...(values.outcome === 'paid'
            ? { amount: typeof values.amount === 'number' ? values.amount : null, method: values.method, paidAt: toInstant(values.paidAt), reference: values.reference }
            : {}),
          note: values.note,
        })
      }
      onDone={() => onDone(t('payout.done'))}
      onCancel={onCancel}
      help={t('flow.help.plans.confirmCompensation')}
      submitLabel={t('flow.command.plans.confirmCompensation')}
    >
      <Field label={t('payout.promised')}>{compensationText(t, promise)}</Field>
      <Radio.Group label={t('payout.outcome')} withAsterisk {...form.getInputProps('outcome')}>
        <Stack gap={6} mt={6}>
          {CONFIRMATION_OUTCOMES.map((outcome) => (
            <Radio key={outcome} value={outcome} label={t(`payout.outcomes.${outcome}`)} data-autofocus={outcome === form.values.outcome || undefined} />
          ))}
        </Stack>
      </Radio.Group>
      {paid && (
        <>
          <MoneyInput label={t('payout.amount')} {...form.getInputProps('amount')} />
          <Select
            label={t('payout.method')}
            withAsterisk
            data={PAYMENT_METHODS.map((method) => ({ value: method, label: t(`payout.methods.${method}`) }))}
            {...form.getInputProps('method')}
          />
          <DateTimePicker
            label={t('payout.paidAt')}
            withAsterisk
            valueFormat="YYYY-MM-DD HH:mm"
            minDate={record.plan!.approvedAt !== null ? pickerEarliestDay(record.plan!.approvedAt) : undefined}
            maxDate={pickerLatestDay()}
            {...form.getInputProps('paidAt')}
            onChange={(value) => form.setFieldValue('paidAt', value ?? '')}
          />
          <TextInput label={t('payout.reference')} autoComplete="off" {...form.getInputProps('reference')} />
        </>
      )}
      <Textarea
        label={paid ? t('payout.note') : t('payout.waiverNote')}
        description={paid ? t('payout.noteHint') : undefined}
        withAsterisk={!paid}
        autosize
        minRows={2}
        {...form.getInputProps('note')}
      />
    </CommandForm>
  );
}
