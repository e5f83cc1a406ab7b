import { Anchor, Checkbox, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseContacts } from '../../../../domain/privacy/customer';
import type { CaseStatus } from '../../../../domain/lifecycle/machine';
import { formatDateTime } from '../../../components/format';
import { lineContacts } from './erasure/lineText';

/** A case found for a customer, as both the lookup and a deletion request list it. */
export interface CaseChoiceLine extends CaseContacts {
  id: string;
  no: string;
  receivedAt: number;
  status: CaseStatus;
}

interface CaseChoiceTableProps<L extends CaseChoiceLine> {
  label: string;
  lines: L[];
  /** Which cases are chosen (an export, a request), when they are chosen here. */
  selection?: { selected: ReadonlySet<string>; onSelect(next: ReadonlySet<string>): void };
  /** The customer's name as shown (with a mark of its own); the name alone without it. */
  name?(line: L): ReactNode;
  /** Columns after 状态: what becomes of the case, when it was closed. */
  extra: Array<{ header: string; cell(line: L): ReactNode }>;
}

/**
 * The cases found for a customer, each with its customer's contacts (two people of one name,
 * address or handle tell apart by them), ticked one by one or all at once.
 */
export function CaseChoiceTable<L extends CaseChoiceLine>({ label, lines, selection, name, extra }: CaseChoiceTableProps<L>) {
  const { t } = useTranslation();
  const picked = selection ? lines.filter((line) => selection.selected.has(line.id)).length : 0;
  const toggle = (id: string) => {
    if (!selection) return;
    const next = new Set(selection.selected);
    if (!next.delete(id)) next.add(id);
    selection.onSelect(next);
  };
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {selection && (
              <Table.Th w={40}>
                <Checkbox
                  size="xs"
                  aria-label={t('erasure.form.selectAll')}
                  checked={picked > 0 && picked === lines.length}
                  indeterminate={picked > 0 && picked < lines.length}
                  onChange={() => selection.onSelect(picked === lines.length ? new Set() : new Set(lines.map((line) => line.id)))}
                />
              </Table.Th>
            )}
            <Table.Th>{t('privacy.columns.no')}</Table.Th>
            <Table.Th>{t('privacy.columns.customer')}</Table.Th>
            <Table.Th>{t('erasure.columns.contacts')}</Table.Th>
            <Table.Th>{t('privacy.columns.receivedAt')}</Table.Th>
            <Table.Th>{t('privacy.columns.status')}</Table.Th>
            {extra.map((column) => (
              <Table.Th key={column.header}>{column.header}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={line.id}>
              {selection && (
                <Table.Td>
                  <Checkbox size="xs" aria-label={t('erasure.form.select', { no: line.no })} checked={selection.selected.has(line.id)} onChange={() => toggle(line.id)} />
                </Table.Td>
              )}
              <Table.Td>
                <Anchor href={`#/cases/${line.id}`}>{line.no}</Anchor>
              </Table.Td>
              <Table.Td>{name ? name(line) : line.customerName}</Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  {lineContacts(t, line).map((contact) => (
                    <Text key={contact} size="sm">
                      {contact}
                    </Text>
                  ))}
                </Stack>
              </Table.Td>
              <Table.Td>{formatDateTime(line.receivedAt)}</Table.Td>
              <Table.Td>{t(`status.${line.status}`)}</Table.Td>
              {extra.map((column) => (
                <Table.Td key={column.header}>{column.cell(line)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
