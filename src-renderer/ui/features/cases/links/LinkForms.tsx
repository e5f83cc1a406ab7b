import { Select, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../../domain/cases/case';
import { RELATION_KINDS, type RelationKind } from '../../../../domain/cases/links';
import type { RelatedCaseView } from '../../../../store/services/cases/links-view';
import { useStore } from '../../../data/hooks';
import { CommandForm } from '../actions/CommandForm';

interface FormProps {
  record: CaseRecord;
  onDone(message: string): void;
  onCancel(): void;
}

/** 关联投诉: the other case's number, how the two are related, and a note (required for 其他). */
export function LinkCaseForm({ record, onDone, onCancel }: FormProps) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm<{ otherNo: string; kind: RelationKind | null; note: string }>({ initialValues: { otherNo: '', kind: null, note: '' } });
  return (
    <CommandForm
      form={form}
      run={(values) => store.send('cases.link', { caseId: record.id, otherNo: values.otherNo, kind: values.kind as RelationKind, note: values.note })}
      onDone={() => onDone(t('links.related.linked', { no: form.values.otherNo.trim().toUpperCase() }))}
      onCancel={onCancel}
      help={t('links.related.linkHelp')}
      submitLabel={t('links.related.link')}
    >
      <TextInput label={t('links.related.otherNo')} placeholder="TS-20261123-0001" withAsterisk autoComplete="off" data-autofocus {...form.getInputProps('otherNo')} />
      <Select
        label={t('links.related.kind')}
        withAsterisk
        data={RELATION_KINDS.map((kind) => ({ value: kind, label: t(`links.related.kinds.${kind}`) }))}
        {...form.getInputProps('kind')}
      />
      <Textarea label={t('links.related.note')} withAsterisk={form.values.kind === 'other'} autosize minRows={2} {...form.getInputProps('note')} />
    </CommandForm>
  );
}

/** 取消关联: why the link goes (both cases record it). */
export function UnlinkCaseForm({ record, other, onDone, onCancel }: FormProps & { other: RelatedCaseView }) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm({ initialValues: { reason: '' } });
  return (
    <CommandForm
      form={form}
      run={(values) => store.send('cases.unlink', { caseId: record.id, otherId: other.id, reason: values.reason })}
      onDone={() => onDone(t('links.related.unlinked', { no: other.no }))}
      onCancel={onCancel}
      help={t('links.related.unlinkHelp', { no: other.no })}
      submitLabel={t('links.related.unlink')}
      submitColor="red"
    >
      <Textarea label={t('links.related.reason')} withAsterisk autosize minRows={2} data-autofocus {...form.getInputProps('reason')} />
    </CommandForm>
  );
}
