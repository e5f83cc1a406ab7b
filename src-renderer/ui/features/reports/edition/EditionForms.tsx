import { Alert, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Month } from '../../../../domain/reports/monthly';
import { useStore } from '../../../data/hooks';
import { CommandForm } from '../../cases/actions/CommandForm';

interface EditionFormProps {
  month: Month;
  onDone(message: string): void;
  onCancel(): void;
}

/**
 * 定稿: what it means, then the confirmation (the dialog opens on 取消, as the desk's confirmations do).
 * Not while the month's 分析与建议 hold unsaved edits: the edition keeps what was saved, and the
 * editor would then show text the report does not have.
 */
export function FinaliseForm({ month, onDone, onCancel, unsavedNotes = false }: EditionFormProps & { unsavedNotes?: boolean }) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm({ initialValues: {} });
  return (
    <CommandForm
      form={form}
      run={() => store.send('reports.finalise', { year: month.year, month: month.month })}
      onDone={() => onDone(t('reports.edition.finalised'))}
      onCancel={onCancel}
      help={t('reports.edition.finaliseHelp')}
      submitLabel={t('reports.edition.finalise')}
      disabled={unsavedNotes}
      focusCancel
    >
      {unsavedNotes && (
        <Alert color="orange" variant="light" role="alert">
          {t('reports.edition.unsavedNotes')}
        </Alert>
      )}
    </CommandForm>
  );
}

/** 撤销定稿: why (required; kept in the edition's history and the audit). */
export function ReopenForm({ month, onDone, onCancel }: EditionFormProps) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm({ initialValues: { reason: '' } });
  return (
    <CommandForm
      form={form}
      run={(values) => store.send('reports.reopen', { year: month.year, month: month.month, reason: values.reason })}
      onDone={() => onDone(t('reports.edition.reopened'))}
      onCancel={onCancel}
      help={t('reports.edition.reopenHelp')}
      submitLabel={t('reports.edition.reopen')}
      submitColor="red"
    >
      <Textarea
        label={t('reports.edition.reason')}
        withAsterisk
        autosize
        minRows={2}
        data-autofocus
        {...form.getInputProps('reason')}
      />
    </CommandForm>
  );
}
