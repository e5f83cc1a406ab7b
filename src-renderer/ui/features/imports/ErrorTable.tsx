import { Group, Pagination, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RowError } from '../../../domain/imports/validate';
import { rowErrorText } from './rowErrorText';

const PAGE_SIZE = 50;

/** The problems of the file, page by page: row, column, value and the reason in the user's language. */
export function ErrorTable({ errors }: { errors: readonly RowError[] }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(errors.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const shown = errors.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  return (
    <div>
      <Table.ScrollContainer minWidth={640}>
        <Table striped withTableBorder fz="sm" aria-label={t('imports.check.errors')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>{t('imports.check.row')}</Table.Th>
              <Table.Th w={140}>{t('imports.check.column')}</Table.Th>
              <Table.Th w={200}>{t('imports.check.value')}</Table.Th>
              <Table.Th>{t('imports.check.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((error, i) => (
              <Table.Tr key={`${error.row}-${error.field ?? ''}-${i}`}>
                <Table.Td>{error.row}</Table.Td>
                <Table.Td>{error.column}</Table.Td>
                <Table.Td maw={200} style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={error.value}>
                  {error.value}
                </Table.Td>
                <Table.Td>{rowErrorText(t, i18n.language, error)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 && (
        <Group justify="flex-end" mt="xs">
          <Text size="xs" c="dimmed">
            {(current - 1) * PAGE_SIZE + 1}–{(current - 1) * PAGE_SIZE + shown.length} / {errors.length}
          </Text>
          <Pagination total={pages} value={current} onChange={setPage} size="sm" />
        </Group>
      )}
    </div>
  );
}
