import { Select, Textarea, TextInput } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { HOLD_KINDS, type HoldKind } from '../../../../domain/cases/legal-hold';
import { useStore } from '../../../data/hooks';
import { CommandForm } from '../actions/CommandForm';
import { pickerEarliestDay, toInstant } from '../actions/dates';
import type { ActionProps } from '../actions/types';

/** 设置法律保留: the grounds, why, the court's or regulator's reference, and when it is expected to end (if known). */
export function PlaceHoldForm({ record, onDone, onCancel }: ActionProps) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm<{ kind: HoldKind | null; reason: string; reference: string; until: string }>({
    initialValues: { kind: null, reason: '', reference: '', until: '' },
  });
  return (
    <CommandForm
      form={form}
      run={(values) =>
        store.send('cases.placeHold', {
          caseId: record.id,
          kind: values.kind as HoldKind,
          reason: values.reason,
          reference: values.reference,
          until: values.until ? toInstant(values.until) : null,
        })
      }
      onDone={() => onDone(t('legalHold.placed'))}
      onCancel={onCancel}
      help={t('legalHold.placeHelp')}
      submitLabel={t('legalHold.place')}
    >
      <Select
        label={t('legalHold.kind')}
        withAsterisk
        data-autofocus
        data={HOLD_KINDS.map((kind) => ({ value: kind, label: t(`legalHold.kinds.${kind}`) }))}
        {...form.getInputProps('kind')}
      />
      <Textarea label={t('legalHold.reason')} withAsterisk autosize minRows={2} {...form.getInputProps('reason')} />
      <TextInput label={t('legalHold.reference')} autoComplete="off" {...form.getInputProps('reference')} />
      <DateTimePicker
        label={t('legalHold.until')}
        clearable
        valueFormat="YYYY-MM-DD HH:mm"
        minDate={pickerEarliestDay()}
        {...form.getInputProps('until')}
        onChange={(value) => form.setFieldValue('until', value ?? '')}
      />
    </CommandForm>
  );
}

/** 解除法律保留: why the matter is over. */
export function ReleaseHoldForm({ record, onDone, onCancel }: ActionProps) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm({ initialValues: { note: '' } });
  return (
    <CommandForm
      form={form}
      run={(values) => store.send('cases.releaseHold', { caseId: record.id, note: values.note })}
      onDone={() => onDone(t('legalHold.released'))}
      onCancel={onCancel}
      help={t('legalHold.releaseHelp')}
      submitLabel={t('legalHold.release')}
      submitColor="red"
    >
      <Textarea label={t('legalHold.releaseNote')} withAsterisk autosize minRows={2} data-autofocus {...form.getInputProps('note')} />
    </CommandForm>
  );
}
