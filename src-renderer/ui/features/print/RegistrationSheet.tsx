import { Table, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../domain/cases/case';
import type { AttachmentMeta } from '../../../domain/cases/entries';
import { formatDateTime } from '../../components/format';
import { acknowledgementText, demandsText, formatAmount, formatBytes, responseDue } from '../intake/format';
import classes from './print.module.css';

type Cell = [label: string, value: ReactNode];

/** Two fields to a row, as on the paper form; a single field takes the whole row. */
function FieldRows({ rows }: { rows: Array<[Cell] | [Cell, Cell]> }) {
  return rows.map((row) => (
    <Table.Tr key={row[0][0]}>
      {row.map(([label, value]) => [
        <Table.Th key={`${label}-th`} className={classes.label}>
          {label}
        </Table.Th>,
        <Table.Td key={`${label}-td`} colSpan={row.length === 1 ? 3 : 1} className={row.length === 1 ? classes.longText : undefined}>
          {value}
        </Table.Td>,
      ])}
    </Table.Tr>
  ));
}

function Section({ title }: { title: string }) {
  return (
    <Table.Tr>
      <Table.Th colSpan={4} className={classes.section}>
        {title}
      </Table.Th>
    </Table.Tr>
  );
}

/** 客户投诉登记表: every registered field, the acknowledgement given to the customer, and the signatures. */
export function RegistrationSheet({ record, attachments, centreName }: { record: CaseRecord; attachments: AttachmentMeta[]; centreName: string }) {
  const { t } = useTranslation();
  const [printedAt] = useState(Date.now);
  const none = t('case.none');
  const text = (value: string) => value || none;
  return (
    <article className={classes.sheet}>
      <Text ta="center" fw={600} size="lg">
        {centreName}
      </Text>
      <Title order={1} ta="center" size="h2">
        {t('print.registrationTitle')}
      </Title>
      <div className={classes.meta}>
        <span>
          {t('case.fields.no')}: <strong>{record.no}</strong>
        </span>
        <span>
          {t('print.printedAt')}: {formatDateTime(printedAt)}
        </span>
      </div>
      <Table withTableBorder withColumnBorders className={classes.fields}>
        <Table.Tbody>
          <Section title={t('print.sections.reception')} />
          <FieldRows
            rows={[
              [
                [t('case.fields.receivedAt'), formatDateTime(record.receivedAt)],
                [t('case.fields.channel'), t(`channel.${record.channel}`)],
              ],
              [
                [t('case.fields.registeredAt'), formatDateTime(record.registeredAt)],
                [t('case.fields.intakeAgent'), record.intakeAgent.name],
              ],
            ]}
          />
          <Section title={t('print.sections.customer')} />
          <FieldRows
            rows={[
              [
                [t('case.fields.customerName'), record.customerName],
                [t('case.fields.customerType'), t(`customerType.${record.customerType}`)],
              ],
              [
                [t('case.fields.phone'), text(record.phone)],
                [t('case.fields.email'), text(record.email)],
              ],
            ]}
          />
          <Section title={t('print.sections.complaint')} />
          <FieldRows
            rows={[
              [
                [t('case.fields.product'), text(record.product)],
                [t('case.fields.orderNo'), text(record.orderNo)],
              ],
              [
                [t('case.fields.amount'), record.amount === null ? none : formatAmount(record.amount)],
                [t('case.fields.initialSeverity'), t(`severity.${record.initialSeverity}`)],
              ],
              [[t('case.fields.description'), record.description]],
              [[t('case.fields.demands'), text(demandsText(t, record))]],
              [
                [
                  t('case.fields.attachments'),
                  attachments.length === 0
                    ? t('print.noAttachments')
                    : attachments.map((a) => `${a.name} · ${formatBytes(a.size)}`).join(t('case.listSeparator')),
                ],
              ],
            ]}
          />
          <Section title={t('print.sections.acknowledgement')} />
          <FieldRows
            rows={[
              [[t('print.committedDeadline'), <strong key="due">{responseDue(record)}</strong>]],
              [[t('ack.title'), acknowledgementText(t, record, centreName)]],
            ]}
          />
        </Table.Tbody>
      </Table>
      <div className={classes.signatures}>
        {[t('print.signatureCustomer'), t('print.signatureAgent'), t('print.date')].map((label) => (
          <div key={label} className={classes.signature}>
            {label}:
          </div>
        ))}
      </div>
    </article>
  );
}
