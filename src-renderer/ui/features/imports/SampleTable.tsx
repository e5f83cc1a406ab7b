import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The first rows of the file as read, under its own headers, so the user can see what each column holds. */
export function SampleTable({ headers, rows, rowNumbers }: { headers: readonly string[]; rows: readonly (readonly string[])[]; rowNumbers: readonly number[] }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="sm" fw={500} mb={4}>
        {t('imports.mapping.sample', { count: rows.length })}
      </Text>
      <Table.ScrollContainer minWidth={Math.max(600, headers.length * 120)}>
        <Table striped withTableBorder fz="xs" aria-label={t('imports.mapping.sample', { count: rows.length })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.mapping.row')}</Table.Th>
              {headers.map((header, i) => (
                <Table.Th key={i}>{header || t('imports.mapping.column', { n: i + 1 })}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, r) => (
              <Table.Tr key={r}>
                <Table.Td c="dimmed">{rowNumbers[r]}</Table.Td>
                {headers.map((_, i) => (
                  <Table.Td key={i} maw={240} style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                    {row[i] ?? ''}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </div>
  );
}
