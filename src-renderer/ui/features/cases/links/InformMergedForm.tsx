import { Radio, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../../domain/cases/case';
import { contactChannelFor } from '../../../../domain/cases/contact';
import { INFORM_OUTCOMES, type InformOutcome } from '../../../../domain/cases/links';
import { CHANNELS, type Channel } from '../../../../domain/cases/vocabulary';
import type { MergedCaseView } from '../../../../store/services/cases/links-view';
import { useStore } from '../../../data/hooks';
import { CommandForm } from '../actions/CommandForm';

interface Props {
  record: CaseRecord;
  merged: MergedCaseView;
  onDone(message: string): void;
  onCancel(): void;
}

/** 告知并入投诉的客户: told the result (how, with a note), or could not be reached (the note says how it was tried). */
export function InformMergedForm({ record, merged, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm<{ outcome: InformOutcome; channel: Channel; note: string }>({
    initialValues: { outcome: merged.informed?.outcome ?? 'informed', channel: merged.informed?.channel ?? contactChannelFor(merged), note: '' },
  });
  const outcome = (value: InformOutcome) => t(`links.inform.outcomes.${value}`);
  return (
    <CommandForm
      form={form}
      run={(values) => store.send('feedback.informMerged', { caseId: record.id, mergedId: merged.id, ...values })}
      onDone={() => onDone(t('links.inform.done', { no: merged.no, outcome: outcome(form.values.outcome) }))}
      onCancel={onCancel}
      help={t('links.inform.help', { no: merged.no, customer: merged.anonymised ? t('links.row.anonymised') : merged.customerName })}
      submitLabel={t('links.merged.inform')}
    >
      <Radio.Group label={t('links.inform.outcome')} withAsterisk {...form.getInputProps('outcome')}>
        <Stack gap={6} mt={6}>
          {INFORM_OUTCOMES.map((value) => (
            <Radio key={value} value={value} label={outcome(value)} data-autofocus={value === form.values.outcome || undefined} />
          ))}
        </Stack>
      </Radio.Group>
      <Select label={t('links.inform.channel')} withAsterisk data={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))} {...form.getInputProps('channel')} />
      <Textarea label={t('links.inform.note')} withAsterisk={form.values.outcome === 'unreachable'} autosize minRows={2} {...form.getInputProps('note')} />
    </CommandForm>
  );
}
