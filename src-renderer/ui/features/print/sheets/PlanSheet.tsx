import { useTranslation } from 'react-i18next';
import type { CaseRecord, PlanRecord } from '../../../../domain/cases/case';
import { earlierPlansOf } from '../../../../domain/plans/earlier';
import { earlierOpinionsOf } from '../../../../domain/plans/opinions';
import type { OwnerStanding } from '../../../../domain/tracking/row';
import { compensationText, formatDateTime } from '../../../components/format';
import { ownerNameText } from '../../../components/ownerText';
import classes from '../frame/frame.module.css';
import { FieldRows, type FieldRow } from '../frame/FieldRows';
import { FieldTable } from '../frame/FieldTable';
import { SectionRow } from '../frame/SectionRow';
import { Signatures } from '../frame/Signatures';
import { earlierPlanTerms } from '../../cases/sections/EarlierPlans';
import { caseSummaryRows, returnRows, whoWhen } from './caseRows';
import { payoutRows } from './closingRows';

/** The plan's fields; with no plan yet, each a blank to fill in by hand (a plan drafted on paper). */
function planRows(t: ReturnType<typeof useTranslation>['t'], plan: PlanRecord | null, ownerStanding?: OwnerStanding): FieldRow[] {
  const none = t('case.none');
  const of = <T,>(value: (plan: PlanRecord) => T): T | null => (plan ? value(plan) : null);
  return [
    [
      {
        label: t('flow.form.measures'),
        value: of((given) => (
          <ol className={classes.measures}>
            {given.measures.map((measure, i) => (
              <li key={i}>{measure}</li>
            ))}
          </ol>
        )),
        tall: !plan,
      },
    ],
    [
      { label: t('flow.form.owner'), value: of((given) => ownerNameText(t, given.owner.name, ownerStanding)) },
      { label: t('flow.form.responsibleDepartment'), value: of((given) => given.department) },
    ],
    [
      { label: t('flow.form.collaborators'), value: of((given) => given.collaborators.join(t('flow.listSeparator')) || none) },
      { label: t('flow.form.planDueAt'), value: of((given) => formatDateTime(given.dueAt)) },
    ],
    [{ label: t('flow.form.resources'), value: of((given) => given.resources || none) }],
    [
      { label: t('flow.form.compensationType'), value: of((given) => compensationText(t, given.compensation)) },
      { label: t('flow.form.legalRisk'), value: of((given) => (given.legalRisk ? t('print.yes') : t('print.no'))) },
    ],
    [
      { label: t('print.fields.submitter'), value: of((given) => given.submittedBy.name) },
      { label: t('print.fields.submittedAt'), value: of((given) => formatDateTime(given.submittedAt)) },
    ],
  ];
}

/**
 * What the legal section says without an opinion: awaited where one is needed (a major complaint, a
 * plan with legal risk); not needed for a plan without risk; with no plan yet (and not major), a
 * blank — whether one is needed hangs on the plan still to be written.
 */
function legalWithoutOpinion(t: ReturnType<typeof useTranslation>['t'], record: CaseRecord): string | null {
  if (record.severity === 'major' || record.plan?.legalRisk === true) return t('print.fields.legalPending');
  return record.plan ? t('print.fields.legalNotRequired') : null;
}

/** 处理方案审批表: the plan, the legal opinion where one is needed, and the approval. */
export function PlanSheet({ record, ownerStanding }: { record: CaseRecord; ownerStanding?: OwnerStanding }) {
  const { t } = useTranslation();
  const { plan } = record;
  // A line for legal's signature where an opinion is needed, and on a form with no plan yet (it may be).
  const legalSigns = !plan || record.severity === 'major' || plan.legalRisk;
  const opinion = plan?.legalOpinion ?? null;
  const legal: FieldRow[] = opinion
    ? [
        [{ label: t('flow.plan.legalOpinion'), value: opinion.text }],
        [
          { label: t('print.fields.legalOpinionBy'), value: opinion.by.name },
          { label: t('print.fields.legalOpinionAt'), value: formatDateTime(opinion.at) },
        ],
      ]
    : [[{ label: t('flow.plan.legalOpinion'), value: legalWithoutOpinion(t, record), tall: !plan && record.severity !== 'major' }]];
  // A revised opinion: the ones it replaced are on file too, as the returns are.
  const earlier = earlierOpinionsOf(plan);
  const revised: FieldRow[] = earlier.map((given, i) => [
    {
      label: earlier.length > 1 ? t('flow.plan.earlierOpinionNth', { n: i + 1 }) : t('flow.plan.earlierOpinions'),
      value: given.text + t('flow.plan.opinionByAt', { byAt: whoWhen(given.by, given.at, '') }),
    },
  ]);
  const approval: FieldRow[] = [
    [
      { label: t('print.fields.approver'), value: plan?.approvedBy ? plan.approvedBy.name : null },
      { label: t('print.fields.approvedAt'), value: plan?.approvedAt ? formatDateTime(plan.approvedAt) : null },
    ],
    ...returnRows(t, plan),
  ];
  // What the handlings before this one promised: their measures, owner, deadline, compensation and approval.
  const earlierPlans: FieldRow[] = earlierPlansOf(record).map((given, i) => [
    {
      label: t('flow.plan.earlierPlanNth', { n: i + 1 }),
      value: (
        <>
          <ol className={classes.measures}>
            {given.measures.map((measure, j) => (
              <li key={j}>{measure}</li>
            ))}
          </ol>
          {earlierPlanTerms(t, given)}
          {given.approvedBy && ` · ${t('flow.plan.earlierPlanApproved', { byAt: whoWhen(given.approvedBy, given.approvedAt, '') })}`}
        </>
      ),
    },
  ]);
  const grading = record.grading;
  // Sent back to planning after it was carried out: the plan on file is the one approved before, not the next.
  const superseded = record.status === 'planning' && plan?.approvedAt != null;
  return (
    <>
      {superseded && (
        <p className={classes.notice} role="note">
          {t('print.supersededPlan')}
        </p>
      )}
      <FieldTable label={t('print.titles.plan')}>
        <SectionRow title={t('print.sections.case')} />
        <FieldRows
          rows={[
            ...caseSummaryRows(t, record),
            [
              { label: t('flow.form.category'), value: grading ? t(`category.${grading.category}`) : null },
              { label: t('flow.form.severity'), value: t(`severity.${record.severity}`) },
            ],
          ]}
        />
        <SectionRow title={t('print.sections.plan')} />
        <FieldRows rows={planRows(t, plan, ownerStanding)} />
        <SectionRow title={t('print.sections.legal')} />
        <FieldRows rows={[...legal, ...revised]} />
        <SectionRow title={t('print.sections.approval')} />
        <FieldRows rows={approval} />
        {/* What the approved plan promised was paid (or declined), once it is carried out. */}
        {payoutRows(t, plan).length > 0 && (
          <>
            <SectionRow title={t('payout.title')} />
            <FieldRows rows={payoutRows(t, plan)} />
          </>
        )}
        {earlierPlans.length > 0 && (
          <>
            <SectionRow title={t('flow.plan.earlierPlans')} />
            <FieldRows rows={earlierPlans} />
          </>
        )}
      </FieldTable>
      <Signatures labels={[t('print.signatureOwner'), ...(legalSigns ? [t('print.signatureLegal')] : []), t('print.signatureApprover')]} />
    </>
  );
}
