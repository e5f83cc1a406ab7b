import { Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../domain/cases/case';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { usePlatform, useStoreQuery } from '../../data/hooks';
import classes from './print.module.css';

/**
 * 客户投诉登记表 as a printable A4 page. Tells the platform when the data is
 * on screen so the print service never prints an empty page.
 */
export function PrintRegistration({ id }: { id: string }) {
  const platform = usePlatform();
  const { data, error } = useStoreQuery('cases.get', { id }, id);

  useEffect(() => {
    if (data || error) platform.printReady();
  }, [data, error, platform]);

  if (error) return <ErrorAlert error={error} />;
  if (!data) return null;
  return <RegistrationSheet record={data} />;
}

function RegistrationSheet({ record }: { record: CaseRecord }) {
  const { t } = useTranslation();
  const [printedAt] = useState(Date.now);
  const rows: Array<[string, string]> = [
    [t('case.fields.no'), record.no],
    [t('case.fields.receivedAt'), formatDateTime(record.receivedAt)],
    [t('case.fields.channel'), t(`channel.${record.channel}`)],
    [t('case.fields.customerName'), record.customerName],
    [t('case.fields.phone'), record.phone || t('case.none')],
    [t('case.fields.email'), record.email || t('case.none')],
    [t('case.fields.severity'), t(`severity.${record.severity}`)],
    [t('case.fields.registeredAt'), formatDateTime(record.registeredAt)],
    [t('case.fields.responseDueAt'), record.clocks.response ? formatDateTime(record.clocks.response.dueAt) : ''],
  ];
  return (
    <article className={classes.sheet}>
      <Title order={1} ta="center" size="h2">
        {t('print.registrationTitle')}
      </Title>
      <Text ta="right" size="sm">
        {t('print.printedAt')}: {formatDateTime(printedAt)}
      </Text>
      <Table withTableBorder withColumnBorders className={classes.fields}>
        <Table.Tbody>
          {rows.map(([name, value]) => (
            <Table.Tr key={name}>
              <Table.Th w="28%">{name}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th>{t('case.fields.description')}</Table.Th>
            <Table.Td className={classes.longText}>{record.description}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <div className={classes.signatures}>
        <span>{t('print.signatureCustomer')}: ______________</span>
        <span>{t('print.signatureAgent')}: ______________</span>
        <span>{t('print.date')}: ______________</span>
      </div>
    </article>
  );
}
