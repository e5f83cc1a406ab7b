import { Radio, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { TERMINATION_REASONS, type TerminationReason } from '../../../../domain/cases/termination';
import { useStore } from '../../../data/hooks';
import { CommandForm } from './CommandForm';
import type { ActionProps } from './types';
import { OpenRequestsWarning } from './VerificationRequestForms';

/**
 * 终止处理: why the case ends early (a duplicate names the case that handles it), and what happened.
 * 核实请求 still open are withdrawn with it: said first, as 完成核实 says it.
 */
export function TerminateForm({ record, onDone, onCancel }: ActionProps) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm<{ reason: TerminationReason | ''; duplicateOfNo: string; note: string }>({ initialValues: { reason: '', duplicateOfNo: '', note: '' } });
  return (
    <CommandForm
      form={form}
      run={(values) => store.send('cases.terminate', { caseId: record.id, ...values, reason: values.reason as TerminationReason })}
      onDone={() => onDone(t('flow.termination.done', { reason: t(`flow.termination.reasons.${form.values.reason || 'other'}`) }))}
      onCancel={onCancel}
      help={t('flow.help.cases.terminate')}
      submitLabel={t('flow.command.cases.terminate')}
      submitColor="red"
    >
      <OpenRequestsWarning record={record} ending="termination" />
      <Radio.Group label={t('flow.termination.reason')} withAsterisk {...form.getInputProps('reason')}>
        <Stack gap={6} mt={6}>
          {/* None chosen yet: the first reason, where Tab would enter the group. */}
          {TERMINATION_REASONS.map((reason, index) => (
            <Radio key={reason} value={reason} label={t(`flow.termination.reasons.${reason}`)} data-autofocus={index === 0 || undefined} />
          ))}
        </Stack>
      </Radio.Group>
      {form.values.reason === 'duplicate' && (
        <TextInput label={t('flow.termination.duplicateOfNo')} placeholder="TS-20261123-0001" withAsterisk autoComplete="off" {...form.getInputProps('duplicateOfNo')} />
      )}
      <Textarea label={t('flow.text.cases.terminate')} withAsterisk autosize minRows={3} {...form.getInputProps('note')} />
    </CommandForm>
  );
}
