import { SimpleGrid } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { SeverityBadge } from '../../../components/SeverityBadge';
import { useStore } from '../../../data/hooks';
import { Field } from '../Field';
import { CommandForm } from './CommandForm';
import type { ActionProps } from './types';

/** The director confirms the proposed grading; it becomes the case's category, severity and department. */
export function ApproveGradingForm({ record, onDone, onCancel }: ActionProps) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm({ initialValues: {} });
  const grading = record.grading;
  return (
    <CommandForm
      form={form}
      run={() => store.send('grading.approve', { caseId: record.id })}
      onDone={onDone}
      onCancel={onCancel}
      help={t('flow.help.grading.approve')}
      submitLabel={t('flow.command.grading.approve')}
      focusCancel
    >
      {grading && (
        <SimpleGrid cols={2}>
          <Field label={t('flow.form.category')}>{t(`category.${grading.category}`)}</Field>
          <Field label={t('flow.form.subCategory')}>{grading.subCategory}</Field>
          <Field label={t('flow.form.severity')}>
            <SeverityBadge severity={grading.severity} />
          </Field>
          <Field label={t('flow.form.responsibleDepartment')}>{grading.department}</Field>
          <Field label={t('flow.form.rationale')}>{grading.rationale}</Field>
        </SimpleGrid>
      )}
    </CommandForm>
  );
}
