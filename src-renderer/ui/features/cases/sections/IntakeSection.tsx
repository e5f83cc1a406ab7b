import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../../domain/cases/case';
import { correctionsOf } from '../../../../domain/cases/correction';
import { formatAmount, formatDateTime } from '../../../components/format';
import { PrintButtons } from '../../../components/PrintButtons';
import { caseFormRoute } from '../../print/forms';
import { Field } from '../Field';
import { correctedFieldsText, customerDetail } from '../format';
import { socialAccountText } from '../accountText';
import { NoteList } from './NoteList';
import { Panel } from '../../../components/Panel';
import { CaseEmotion } from '../../assist/CaseEmotion';

/** 受理登记: everything registered with the complaint, beyond what the header shows, and what was corrected since. */
export function IntakeSection({ record }: { record: CaseRecord }) {
  const { t } = useTranslation();
  const initial = t(`severity.${record.initialSeverity}`);
  const demands = record.demands.map((d) => t(`demand.${d}`)).join(t('flow.listSeparator'));
  const corrections = correctionsOf(record);
  return (
    <Panel
      dense
      title={t('flow.section.intake')}
      aside={
        <PrintButtons
          route={caseFormRoute(record.id, 'registration')}
          fileName={t('print.fileName', { title: t('print.titles.registration'), no: record.no })}
          printLabel={t('print.print')}
        />
      }
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
          <Field label={t('case.fields.registeredAt')}>{formatDateTime(record.registeredAt)}</Field>
          <Field label={t('flow.intake.intakeAgent')}>{record.intakeAgent.name}</Field>
          <Field label={t('flow.intake.customerType')}>{t(`flow.customerType.${record.customerType}`)}</Field>
          <Field label={t('case.fields.phone')}>{customerDetail(t, record, 'phone')}</Field>
          <Field label={t('case.fields.email')}>{customerDetail(t, record, 'email')}</Field>
          {record.address !== undefined && <Field label={t('intake.address')}>{record.address}</Field>}
          {record.socialAccount !== undefined && <Field label={t('socialAccount.account')}>{socialAccountText(t, record)}</Field>}
          {record.referralNo !== undefined && <Field label={t('intake.referralNo')}>{record.referralNo}</Field>}
          {/* An imported case's number in the old system: what a customer quoting it will say. */}
          {record.externalId !== undefined && <Field label={t('flow.field.externalId')}>{record.externalId}</Field>}
          <Field label={t('flow.intake.initialSeverity')}>
            {record.initialSeverity === record.severity
              ? t('flow.intake.severityUnchanged', { severity: initial })
              : t('flow.intake.severityChanged', { severity: initial, current: t(`severity.${record.severity}`) })}
          </Field>
          {/* 初判类别 as registered; an older case has only its category, the first judgement until a grading is submitted. */}
          {record.initialCategory !== undefined ? (
            <Field label={t('suggest.category')}>{t(`category.${record.initialCategory}`)}</Field>
          ) : (
            record.grading === null &&
            record.category !== null && <Field label={t('suggest.category')}>{t(`category.${record.category}`)}</Field>
          )}
          <Field label={t('flow.intake.product')}>{record.product}</Field>
          <Field label={t('flow.intake.orderNo')}>{customerDetail(t, record, 'orderNo')}</Field>
          <Field label={t('flow.intake.amount')}>{record.amount === null ? '' : formatAmount(record.amount)}</Field>
        </SimpleGrid>
        <Field label={t('case.fields.description')}>{record.description}</Field>
        {/* Keyed by the description: a correction of it is assessed again. */}
        <CaseEmotion key={record.description} record={record} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Field label={t('flow.intake.demands')}>{demands}</Field>
          <Field label={t('flow.intake.demandNote')}>{record.demandNote}</Field>
        </SimpleGrid>
        <NoteList
          label={t('flow.corrections')}
          notes={corrections.map((note) => ({ ...note, text: t('flow.correction', { fields: correctedFieldsText(t, note.fields), reason: note.reason }) }))}
        />
      </Stack>
    </Panel>
  );
}
