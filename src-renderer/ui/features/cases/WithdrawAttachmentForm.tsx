import { Select, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { AttachmentMeta } from '../../../domain/cases/entries';
import { FieldErrorText } from '../../components/FieldErrorText';
import { formatBytes } from '../../components/format';
import { useStore } from '../../data/hooks';
import { byAt } from './format';
import { CommandForm } from './actions/CommandForm';

/**
 * 撤下附件: which file goes (of those the user may withdraw now; the only one already chosen) and
 * why (required). The store host deletes its bytes and keeps its record with the reason; it
 * refuses, saying why, anyone it is not open to (withdrawalRefusal).
 */
export function WithdrawAttachmentForm({ files, onDone, onCancel }: { files: AttachmentMeta[]; onDone(name: string): void; onCancel(): void }) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm<{ id: string | null; reason: string }>({ initialValues: { id: files.length === 1 ? files[0]!.id : null, reason: '' } });
  const nameOf = (id: string | null) => files.find((file) => file.id === id)?.name ?? '';
  function chosen(values: { id: string | null }): boolean {
    if (values.id) return true;
    form.setFieldError('id', <FieldErrorText error={{ field: 'id', code: 'validation.chooseOne' }} />);
    return false;
  }
  return (
    <CommandForm
      form={form}
      precheck={chosen}
      run={(values) => store.send('attachments.withdraw', { id: values.id ?? '', reason: values.reason })}
      onDone={() => onDone(nameOf(form.values.id))}
      onCancel={onCancel}
      help={t('evidence.withdraw.help')}
      submitLabel={t('evidence.withdraw.submit')}
      submitColor="red"
    >
      <Select
        label={t('evidence.withdraw.file')}
        withAsterisk
        allowDeselect={false}
        data={files.map((file) => ({ value: file.id, label: `${file.name} · ${formatBytes(file.size)} · ${byAt(file.addedBy, file.addedAt)}` }))}
        data-autofocus={files.length === 1 ? undefined : true}
        {...form.getInputProps('id')}
      />
      <Textarea
        label={t('evidence.withdraw.reason')}
        placeholder={t('evidence.withdraw.reasonPlaceholder')}
        withAsterisk
        autosize
        minRows={2}
        data-autofocus={files.length === 1 ? true : undefined}
        {...form.getInputProps('reason')}
      />
    </CommandForm>
  );
}
