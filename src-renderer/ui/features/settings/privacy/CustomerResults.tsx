import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomerKeyInput } from '../../../../domain/privacy/customer';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDateTime } from '../../../components/format';
import { useStoreQuery } from '../../../data/hooks';
import { CustomerLookupPending } from '../../assist/ContactIndexNotice';
import { useCustomerExport } from './useCustomerExport';

/** The cases found for one customer, and the export of all their data. */
export function CustomerResults({ searched }: { searched: CustomerKeyInput }) {
  const { t } = useTranslation();
  const found = useStoreQuery('customers.find', searched, JSON.stringify(searched));
  const exporter = useCustomerExport();
  if (found.error) return <ErrorAlert error={found.error} />;
  if (!found.data) return <CustomerLookupPending />;
  const rows = found.data;

  return (
    <Stack>
      <Text size="sm">{rows.length === 0 ? t('privacy.lookup.none') : t('privacy.lookup.count', { count: rows.length })}</Text>
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped aria-label={t('privacy.lookup.results')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('privacy.columns.no')}</Table.Th>
                <Table.Th>{t('privacy.columns.receivedAt')}</Table.Th>
                <Table.Th>{t('privacy.columns.customer')}</Table.Th>
                <Table.Th>{t('privacy.columns.status')}</Table.Th>
                <Table.Th>{t('privacy.columns.closedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>{row.no}</Table.Td>
                  <Table.Td>{formatDateTime(row.receivedAt)}</Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      {row.customerName}
                      {row.anonymised && (
                        <Badge size="xs" color="gray" variant="light">
                          {t('privacy.lookup.anonymised')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{t(`status.${row.status}`)}</Table.Td>
                  <Table.Td>{row.closedAt === null ? '' : formatDateTime(row.closedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group>
        <Button variant="default" loading={exporter.busy === 'json'} disabled={exporter.busy !== null} onClick={() => exporter.run(searched, 'json')}>
          {t('privacy.lookup.exportJson')}
        </Button>
        <Button variant="default" loading={exporter.busy === 'xlsx'} disabled={exporter.busy !== null} onClick={() => exporter.run(searched, 'xlsx')}>
          {t('privacy.lookup.exportXlsx')}
        </Button>
      </Group>
    </Stack>
  );
}
