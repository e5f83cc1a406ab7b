import { Progress, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface CountRow {
  key: string;
  label: string;
  count: number;
}

/** A labelled count per category with its share of the total. */
export function CountTable({ title, rows }: { title: string; rows: CountRow[] }) {
  const { t } = useTranslation();
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  return (
    <Table aria-label={title} withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{title}</Table.Th>
          <Table.Th ta="right">{t('reports.count')}</Table.Th>
          <Table.Th w="40%">{t('reports.share')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => {
          const share = total === 0 ? 0 : (row.count / total) * 100;
          return (
            <Table.Tr key={row.key} data-key={row.key}>
              <Table.Td>{row.label}</Table.Td>
              <Table.Td ta="right">{row.count}</Table.Td>
              <Table.Td>
                <Progress value={share} aria-label={`${row.label} ${share.toFixed(1)}%`} />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
