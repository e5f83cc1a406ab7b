import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../../domain/cases/case';
import type { AttachmentMeta } from '../../../../domain/cases/entries';
import { CATEGORIES, CHANNELS, CUSTOMER_TYPES, DEMANDS, SEVERITIES } from '../../../../domain/cases/vocabulary';
import { formatAmount, formatDateTime } from '../../../components/format';
import { acknowledgementText, demandsText, formatBytes, responseDue } from '../../intake/format';
import { Choices } from '../frame/Choices';
import { infoRequestText } from '../../cases/sections/ScreeningSection';
import { correctionRows, whoWhen } from './caseRows';
import { FieldRows, type FieldRow } from '../frame/FieldRows';
import { FieldTable } from '../frame/FieldTable';
import { SectionRow } from '../frame/SectionRow';
import { Signatures } from '../frame/Signatures';

interface RegistrationSheetProps {
  /** Null prints the blank form a walk-in customer fills by hand. */
  record: CaseRecord | null;
  attachments: AttachmentMeta[];
  centreName: string;
}

/**
 * 客户投诉登记表, in the field order of the intake screen (受理信息, 客户信息,
 * 投诉事项, 初判与证据) so a paper form is typed in top to bottom; filled
 * from a case, or blank with every choice as a tick box.
 */
export function RegistrationSheet({ record, attachments, centreName }: RegistrationSheetProps) {
  const { t } = useTranslation();
  const none = t('case.none');
  const text = (value: string) => value || none;
  const firstCategory = record === null ? undefined : (record.initialCategory ?? (record.grading?.approvedAt ? undefined : record.category));
  const options = (values: readonly string[], prefix: string) => values.map((value) => ({ value, label: t(`${prefix}.${value}` as const) }));
  const files = attachments.map((a) => `${a.name} · ${formatBytes(a.size)}`).join(t('case.listSeparator'));
  return (
    <>
      <FieldTable label={t('print.titles.registration')}>
        <SectionRow title={t('intake.sections.reception')} />
        <FieldRows
          rows={[
            [
              { label: t('intake.receivedAt'), value: record && formatDateTime(record.receivedAt) },
              { label: t('intake.intakeAgent'), value: record && record.intakeAgent.name },
            ],
            [
              { label: t('intake.channel'), value: record ? t(`channel.${record.channel}`) : <Choices options={options(CHANNELS, 'channel')} /> },
              { label: t('intake.referralNo'), value: record && text(record.referralNo ?? '') },
            ],
            ...(record ? [[{ label: t('case.fields.registeredAt'), value: formatDateTime(record.registeredAt) }] satisfies FieldRow] : []),
          ]}
        />
        <SectionRow title={t('intake.sections.customer')} />
        <FieldRows
          rows={[
            [
              { label: t('intake.customerName'), value: record && record.customerName },
              {
                label: t('intake.customerType'),
                value: record ? t(`customerType.${record.customerType}`) : <Choices options={options(CUSTOMER_TYPES, 'customerType')} />,
              },
            ],
            [
              { label: t('intake.phone'), value: record && text(record.phone) },
              { label: t('intake.email'), value: record && text(record.email) },
            ],
            [{ label: t('intake.address'), value: record && text(record.address ?? '') }],
          ]}
        />
        <SectionRow title={t('intake.sections.complaint')} />
        <FieldRows
          rows={[
            [
              { label: t('intake.product'), value: record && text(record.product) },
              { label: t('intake.orderNo'), value: record && text(record.orderNo) },
            ],
            [{ label: t('intake.amount'), value: record && (record.amount === null ? none : formatAmount(record.amount)) }],
            [{ label: t('intake.description'), value: record && record.description, tall: true }],
            // 初判类别 as registered; an older case knows it only until a grading is approved (then its category is the graded one).
            ...(record === null || firstCategory !== undefined
              ? [
                  [
                    {
                      label: t('suggest.category'),
                      value: record ? (firstCategory ? t(`category.${firstCategory}`) : none) : <Choices options={options(CATEGORIES, 'category')} />,
                    },
                  ] satisfies FieldRow,
                ]
              : []),
            [
              {
                label: t('intake.demands'),
                value: record ? text(demandsText(t, { demands: record.demands, demandNote: '' })) : <Choices options={options(DEMANDS, 'demand')} />,
              },
            ],
            [{ label: t('intake.demandNote'), value: record && text(record.demandNote) }],
          ]}
        />
        <SectionRow title={t('intake.sections.assessment')} />
        <FieldRows
          rows={[
            [
              {
                label: t('intake.severity'),
                value: record ? t(`severity.${record.initialSeverity}`) : <Choices options={options(SEVERITIES, 'severity')} />,
              },
            ],
            [{ label: t('print.fields.evidence'), value: record && (attachments.length === 0 ? t('print.noAttachments') : files) }],
          ]}
        />
        {record?.screening && (
          <>
            {/* 初审: accepted with the agent's note, waiting for what is missing, or redirected (the case ends here: where it went and why). */}
            <SectionRow title={t('flow.screening.decision')} />
            <FieldRows
              rows={[
                record.screening.decision === 'redirected'
                  ? [
                      { label: t('flow.screening.decision'), value: t('flow.screening.decisions.redirected') },
                      { label: t('flow.form.referredTo'), value: text(record.screening.referredTo) },
                    ]
                  : [{ label: t('flow.screening.decision'), value: t(`flow.screening.decisions.${record.screening.decision}`) }],
                record.screening.decision === 'redirected'
                  ? [{ label: t('flow.form.redirectReason'), value: text(record.screening.reason) }]
                  : record.screening.decision === 'accepted'
                    ? [{ label: t('flow.text.screening.accept'), value: text(record.screening.reason) }]
                    : [{ label: t('flow.text.screening.requestInfo'), value: text(record.screening.missing) }],
                [
                  { label: t('flow.screening.by'), value: record.screening.by.name },
                  { label: t('print.fields.decidedAt'), value: formatDateTime(record.screening.at) },
                ],
              ]}
            />
          </>
        )}
        {record?.corrections && record.corrections.length > 0 && (
          <>
            {/* Put right after registration: the fields above are as corrected, the reasons here. */}
            <SectionRow title={t('flow.corrections')} />
            <FieldRows rows={correctionRows(t, record)} />
          </>
        )}
        {record?.infoRequests && record.infoRequests.length > 0 && (
          <>
            {/* What the customer was asked for at 初审 and when it came: kept after the decision that followed. */}
            <SectionRow title={t('flow.field.infoRequests')} />
            <FieldRows
              rows={record.infoRequests.map((request, i) => [
                { label: t('flow.screening.requestNth', { n: i + 1 }), value: infoRequestText(t, request, (by, at) => whoWhen(by, at, '')) },
              ])}
            />
          </>
        )}
        <SectionRow title={t('print.sections.acknowledgement')} />
        <FieldRows
          rows={[
            // A redirected case's receipt promises no reply, so no deadline is committed to.
            ...(record?.screening?.decision === 'redirected'
              ? []
              : [[{ label: t('print.committedDeadline'), value: record && <strong>{responseDue(record)}</strong> }] satisfies FieldRow]),
            ...(record ? [[{ label: t('ack.title'), value: acknowledgementText(t, record, centreName) }] satisfies FieldRow] : []),
          ]}
        />
      </FieldTable>
      <Signatures labels={[t('print.signatureCustomer'), t('print.signatureAgent')]} />
    </>
  );
}
