import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../../domain/cases/case';
import { formatDateTime } from '../../../components/format';
import { FieldRows, type FieldRow } from '../frame/FieldRows';
import { FieldTable } from '../frame/FieldTable';
import { SectionRow } from '../frame/SectionRow';
import { Signatures } from '../frame/Signatures';
import { caseSummaryRows } from './caseRows';

/** 投诉分类定级表: the category and severity proposed, why, and the director's approval. */
export function GradingSheet({ record }: { record: CaseRecord }) {
  const { t } = useTranslation();
  const { grading } = record;
  const none = t('case.none');
  const rows: FieldRow[] = grading
    ? [
        [
          { label: t('flow.form.category'), value: t(`category.${grading.category}`) },
          { label: t('flow.form.subCategory'), value: grading.subCategory || none },
        ],
        [
          { label: t('flow.form.severity'), value: t(`severity.${grading.severity}`) },
          { label: t('flow.form.responsibleDepartment'), value: grading.department || none },
        ],
        [{ label: t('flow.form.rationale'), value: grading.rationale }],
        [
          { label: t('print.fields.submitter'), value: grading.submittedBy.name },
          { label: t('print.fields.submittedAt'), value: formatDateTime(grading.submittedAt) },
        ],
      ]
    : [];
  const approval: FieldRow[] = [
    [
      { label: t('print.fields.approver'), value: grading?.approvedBy ? grading.approvedBy.name : null },
      { label: t('print.fields.approvedAt'), value: grading?.approvedAt ? formatDateTime(grading.approvedAt) : null },
    ],
    ...(grading?.returnReason ? [[{ label: t('print.fields.returnReason'), value: grading.returnReason }] satisfies FieldRow] : []),
  ];
  return (
    <>
      <FieldTable label={t('print.titles.grading')}>
        <SectionRow title={t('print.sections.case')} />
        <FieldRows rows={caseSummaryRows(t, record)} />
        <SectionRow title={t('print.sections.grading')} />
        {grading ? <FieldRows rows={rows} /> : <FieldRows rows={[[{ label: t('flow.form.rationale'), value: null, tall: true }]]} />}
        <SectionRow title={t('print.sections.approval')} />
        <FieldRows rows={approval} />
      </FieldTable>
      <Signatures labels={[t('print.signatureApprover')]} />
    </>
  );
}
