import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreviewRow } from '../../../domain/imports/convert';
import { formatDateTime } from '../../components/format';
import { SeverityBadge } from '../../components/SeverityBadge';

/** The first valid rows as the cases they will become. */
export function PreviewTable({ rows }: { rows: readonly ImportPreviewRow[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  const title = t('imports.check.preview', { count: rows.length });
  return (
    <div>
      <Text size="sm" fw={500} mb={4}>
        {title}
      </Text>
      <Table.ScrollContainer minWidth={900}>
        <Table striped withTableBorder fz="sm" aria-label={title}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.check.row')}</Table.Th>
              <Table.Th>{t('case.fields.no')}</Table.Th>
              <Table.Th>{t('imports.mapping.fields.receivedAt')}</Table.Th>
              <Table.Th>{t('case.fields.channel')}</Table.Th>
              <Table.Th>{t('case.fields.customerName')}</Table.Th>
              <Table.Th>{t('case.fields.severity')}</Table.Th>
              <Table.Th>{t('imports.mapping.fields.category')}</Table.Th>
              <Table.Th>{t('case.fields.status')}</Table.Th>
              <Table.Th>{t('imports.mapping.fields.closedAt')}</Table.Th>
              <Table.Th>{t('case.fields.description')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.row}>
                <Table.Td>{row.row}</Table.Td>
                <Table.Td>{row.no ?? <Text span size="sm" c="dimmed">{t('imports.check.newNumber')}</Text>}</Table.Td>
                <Table.Td>{formatDateTime(row.receivedAt)}</Table.Td>
                <Table.Td>{t(`channel.${row.channel}`)}</Table.Td>
                <Table.Td>{row.customerName}</Table.Td>
                <Table.Td>
                  <SeverityBadge severity={row.severity} />
                </Table.Td>
                <Table.Td>{row.category ? t(`category.${row.category}`) : ''}</Table.Td>
                <Table.Td>{t(`status.${row.status}`)}</Table.Td>
                <Table.Td>{row.closedAt === null ? '' : formatDateTime(row.closedAt)}</Table.Td>
                <Table.Td>{row.description}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </div>
  );
}
