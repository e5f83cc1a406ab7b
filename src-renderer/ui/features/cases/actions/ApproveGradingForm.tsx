import { Alert, SimpleGrid, Text } from '@mantine/core';
import { correctionsOf } from '../../../../domain/cases/correction';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { SeverityBadge } from '../../../components/SeverityBadge';
import { useStore } from '../../../data/hooks';
import { Field } from '../Field';
import { byAt, correctedFieldsText } from '../format';
import { CommandForm } from './CommandForm';
import type { ActionProps } from './types';

/** The director confirms the proposed grading; it becomes the case's category, severity and department. */
export function ApproveGradingForm({ record, onDone, onCancel }: ActionProps) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm({ initialValues: {} });
  const grading = record.grading;
  // The registration corrected after the grading was proposed (in another window, maybe while this
  // dialog is open): the proposal may no longer fit what the complaint now says.
  const since = grading ? correctionsOf(record).filter((note) => note.at > grading.submittedAt) : [];
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
      {since.length > 0 && (
        <Alert color="yellow" variant="light" role="status" title={t('flow.correctedSinceGrading.title')}>
          {since.map((note, i) => (
            <Text key={i} size="sm">
              {t('flow.correction', { fields: correctedFieldsText(t, note.fields), reason: note.reason })}
              {t('flow.returnedByAt', { byAt: byAt(note.by, note.at) })}
            </Text>
          ))}
          <Text size="sm" mt={4}>
            {t('flow.correctedSinceGrading.hint')}
          </Text>
        </Alert>
      )}
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
