import { FileInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_ACCEPT, attachmentName } from '../../../../domain/cases/attachments';
import { FieldErrorText } from '../../../components/FieldErrorText';
import { useStore, useStoreQuery } from '../../../data/hooks';
import { CommandForm } from './CommandForm';
import type { ActionProps } from './types';

/**
 * 添加附件: a photo, PDF or recording, filed under the step it was added in.
 * The limits are the store host's; its refusal names the file and the limit.
 */
export function AddAttachmentForm({ record, onDone, onCancel }: ActionProps) {
  const { t } = useTranslation();
  const store = useStore();
  const limits = useStoreQuery('settings.get', {}, 'settings').data?.attachments;
  const form = useForm<{ data: File | null }>({ initialValues: { data: null } });
  function chosen(values: { data: File | null }): boolean {
    if (values.data) return true;
    form.setFieldError('data', <FieldErrorText error={{ field: 'data', code: 'validation.required' }} />);
    return false;
  }
  return (
    <CommandForm
      form={form}
      precheck={chosen}
      run={(values) =>
        store.send('attachments.add', {
          caseId: record.id,
          // A name too long is kept shortened, its extension kept: the store host would shorten it alike.
          name: attachmentName(values.data?.name ?? ''),
          type: values.data?.type ?? '',
          data: values.data as File,
        })
      }
      onDone={onDone}
      onCancel={onCancel}
      help={limits ? t('flow.help.attachments.addLimits', { file: limits.maxFileMB, total: limits.maxCaseMB }) : t('flow.help.attachments.add')}
      submitLabel={t('flow.command.attachments.add')}
    >
      <FileInput
        label={t('flow.form.file')}
        placeholder={t('flow.form.filePlaceholder')}
        withAsterisk
        clearable
        // With the extensions: a system that counts no .heic as an image would hide iPhone photos.
        accept={ATTACHMENT_ACCEPT}
        data-autofocus
        {...form.getInputProps('data')}
        error={form.errors.data ?? form.errors.name}
      />
    </CommandForm>
  );
}
