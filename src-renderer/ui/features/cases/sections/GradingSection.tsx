import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GradingRecord } from '../../../../domain/cases/case';
import { SeverityBadge } from '../../../components/SeverityBadge';
import { CaseFormPrint } from '../../print/buttons/CaseFormPrint';
import { Field } from '../Field';
import { Returns } from './Returns';
import { Panel } from '../../../components/Panel';
import { byAt } from '../format';

/** 分类定级: what was proposed, by whom, and the director's answer. */
export function GradingSection({ grading }: { grading: GradingRecord }) {
  const { t } = useTranslation();
  return (
    <Panel dense title={t('flow.section.grading')} aside={<CaseFormPrint form="grading" label={t('print.buttons.grading')} />}>
      <Stack gap="sm">
        <Returns record={grading} />
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
          <Field label={t('flow.form.category')}>{t(`category.${grading.category}`)}</Field>
          <Field label={t('flow.form.subCategory')}>{grading.subCategory}</Field>
          <Field label={t('flow.form.severity')}>
            <SeverityBadge severity={grading.severity} />
          </Field>
          <Field label={t('flow.form.responsibleDepartment')}>{grading.department}</Field>
          <Field label={t('flow.submittedBy')}>{byAt(grading.submittedBy, grading.submittedAt)}</Field>
          <Field label={t('flow.approvedBy')}>{grading.approvedBy ? byAt(grading.approvedBy, grading.approvedAt) : t('flow.notYetApproved')}</Field>
        </SimpleGrid>
        <Field label={t('flow.form.rationale')}>{grading.rationale}</Field>
      </Stack>
    </Panel>
  );
}
