import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../../domain/cases/case';
import type { AttachmentMeta } from '../../../../domain/cases/entries';
import { CATEGORIES, CHANNELS, CUSTOMER_TYPES, DEMANDS, SEVERITIES, SOCIAL_PLATFORMS } from '../../../../domain/cases/vocabulary';
import { formatAmount, formatBytes, formatDateTime } from '../../../components/format';
import { customerDetail } from '../../cases/format';
import { acknowledgementText, demandsText, responseDue } from '../../intake/format';
import { Choices } from '../frame/Choices';
import { infoRequestText } from '../../cases/sections/ScreeningSection';
import { correctionRows, whoWhen } from './caseRows';
import { REFERRAL_CHANNEL } from '../../../../domain/cases/referral-reply';
import { referralDeadlineText } from '../../cases/sections/ReferralSection';
import { FieldRows, type FieldRow } from '../frame/FieldRows';
import { FieldTable } from '../frame/FieldTable';
import { SectionRow, sectionNumbering } from '../frame/SectionRow';
import { Signatures } from '../frame/Signatures';
import { ownerNameText } from '../../../components/ownerText';
import type { OwnerStanding } from '../../../../domain/tracking/row';

interface RegistrationSheetProps {
  /** Null prints the blank form a walk-in customer fills by hand. */
  record: CaseRecord | null;
  attachments: AttachmentMeta[];
  centreName: string;
  /** Whether the case's 承办人 can still carry it out (marked beside the name when not). */
  ownerStanding?: OwnerStanding;
}

/**
 * 客户投诉登记表, in the field order of the intake screen (受理信息, 客户信息,
 * 投诉事项, 初判与证据) so a paper form is typed in top to bottom; filled
 * from a case, or blank with every choice as a tick box.
 */
export function RegistrationSheet({ record, attachments, centreName, ownerStanding }: RegistrationSheetProps) {
  const { t, i18n } = useTranslation();
  const numbered = sectionNumbering(t, i18n.language);
  const none = t('case.none');
  const text = (value: string) => value || none;
  const firstCategory = record === null ? undefined : (record.initialCategory ?? (record.grading?.approvedAt ? undefined : record.category));
  const options = (values: readonly string[], prefix: string) => values.map((value) => ({ value, label: t(`${prefix}.${value}` as const) }));
  // What the customer brought or sent at intake: evidence added while the case was handled is on the 跟踪表.
  // A withdrawn file is no evidence, and its name may be another customer's: not printed (the audit log keeps it).
  const files = attachments
    .filter((a) => a.step === 'intake' && !a.withdrawn)
    .map((a) => `${a.name} · ${formatBytes(a.size)}`)
    .join(t('case.listSeparator'));
  return (
    <>
      <FieldTable label={t('print.titles.registration')}>
        <SectionRow title={numbered(t('print.sections.reception'))} />
        <FieldRows
          rows={[
            // The blank form, one sheet for a walk-in: the channels ticked across the whole row, and the
            // agent signs as 受理人 at the foot (the filled form names them here).
            ...(record
              ? ([
                  [
                    { label: t('intake.receivedAt'), value: formatDateTime(record.receivedAt) },
                    // An imported case was received by the old system's staff: the desk knows only who imported it.
                    { label: t('intake.intakeAgent'), value: record.importedFrom ? t('print.importedBy', { name: record.intakeAgent.name }) : record.intakeAgent.name },
                  ],
                  [
                    { label: t('intake.channel'), value: t(`channel.${record.channel}`) },
                    { label: t('intake.referralNo'), value: text(record.referralNo ?? '') },
                  ],
                  // The number the customer may quote, from the system it was imported from.
                  ...(record.externalId !== undefined ? [[{ label: t('flow.field.externalId'), value: record.externalId }] satisfies FieldRow] : []),
                ] satisfies FieldRow[])
              : ([
                  [
                    { label: t('intake.receivedAt'), value: null },
                    { label: t('intake.referralNo'), value: null },
                  ],
                  [{ label: t('intake.channel'), value: <Choices options={options(CHANNELS, 'channel')} /> }],
                ] satisfies FieldRow[])),
            // 转办反馈时限: a 12315 referral's deadline to report back. Not on the blank form: intake asks
            // for it only of a referral, whose work order comes from the regulator, never by a walk-in's hand.
            ...(record !== null && (record.channel === REFERRAL_CHANNEL || record.referralDeadline)
              ? [[{ label: t('referral.deadline'), value: record.referralDeadline ? referralDeadlineText(t, record.referralDeadline) : none }] satisfies FieldRow]
              : []),
            // 承办人: who screens and handles it — the 受理人 unless a director or a supervisor registered it for someone.
            ...(record
              ? [
                  [
                    { label: t('case.fields.registeredAt'), value: formatDateTime(record.registeredAt) },
                    { label: t('intake.owner'), value: record.owner ? ownerNameText(t, record.owner.name, ownerStanding) : none },
                  ] satisfies FieldRow,
                ]
              : []),
          ]}
        />
        <SectionRow title={numbered(t('print.sections.customer'))} />
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
              { label: t('intake.phone'), value: record && text(customerDetail(t, record, 'phone')) },
              { label: t('intake.email'), value: record && text(customerDetail(t, record, 'email')) },
            ],
            [{ label: t('intake.address'), value: record && text(record.address ?? '') }],
            // 社交/应用账号: on the blank form one row, the platform ticked and the account written after it.
            record
              ? [
                  { label: t('socialAccount.platform'), value: text(record.socialPlatform ? t(`socialPlatform.${record.socialPlatform}`) : '') },
                  { label: t('socialAccount.account'), value: text(record.socialAccount ?? '') },
                ]
              : [
                  {
                    label: t('socialAccount.account'),
                    value: (
                      <>
                        <Choices options={options(SOCIAL_PLATFORMS, 'socialPlatform')} />
                        {t('socialAccount.blankAccount')}
                      </>
                    ),
                  },
                ],
          ]}
        />
        <SectionRow title={numbered(t('print.sections.complaint'))} />
        <FieldRows
          rows={[
            [
              { label: t('intake.product'), value: record && text(record.product) },
              { label: t('intake.orderNo'), value: record && text(customerDetail(t, record, 'orderNo')) },
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
        <SectionRow title={numbered(t('print.sections.assessment'))} />
        <FieldRows
          rows={[
            [
              {
                label: t('intake.severity'),
                value: record ? t(`severity.${record.initialSeverity}`) : <Choices options={options(SEVERITIES, 'severity')} />,
              },
            ],
            [{ label: t('print.fields.evidence'), value: record && (files === '' ? t('print.noAttachments') : files) }],
          ]}
        />
        {record?.screening && (
          <>
            {/* 初审: accepted with the agent's note, waiting for what is missing, or redirected (the case ends here: where it went and why). */}
            <SectionRow title={numbered(t('flow.screening.decision'))} />
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
        {record?.infoRequests && record.infoRequests.length > 0 && (
          <>
            {/* What the customer was asked for at 初审 and when it came: printed with the 初审 decision that followed, before any later correction. */}
            <SectionRow title={numbered(t('flow.field.infoRequests'))} />
            <FieldRows
              rows={record.infoRequests.map((request, i) => [
                { label: t('flow.screening.requestNth', { n: i + 1 }), value: infoRequestText(t, request, (by, at) => whoWhen(by, at, '')) },
              ])}
            />
          </>
        )}
        {record?.corrections && record.corrections.length > 0 && (
          <>
            {/* The fields above are as corrected; what was changed, why, by whom and when, here. */}
            <SectionRow title={numbered(t('flow.corrections'))} />
            <FieldRows rows={correctionRows(t, record)} />
          </>
        )}
        <SectionRow title={numbered(t('print.sections.acknowledgement'))} />
        <FieldRows
          rows={[
            // A redirected case's receipt promises no reply, so no deadline is committed to; an imported
            // case was given its receipt, if any, by the system it came from.
            ...(record?.screening?.decision === 'redirected' || record?.importedFrom
              ? []
              : [[{ label: t('print.committedDeadline'), value: record && <strong>{responseDue(t, record)}</strong> }] satisfies FieldRow]),
            ...(record ? [[{ label: t('ack.title'), value: record.importedFrom ? t('print.importedNoReceipt') : acknowledgementText(t, record, centreName) }] satisfies FieldRow] : []),
          ]}
        />
      </FieldTable>
      <Signatures labels={[t('print.signatureCustomer'), t('print.signatureAgent')]} />
    </>
  );
}
