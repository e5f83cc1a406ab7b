import { Anchor, Badge, Checkbox, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ErasureCaseLine } from '../../../../../store/services/privacy/erasure-views';
import { formatDateTime } from '../../../../components/format';
import { lineContacts, lineReason, lineState, STATE_COLOURS } from './lineText';

interface ErasureCasesTableProps {
  label: string;
  lines: ErasureCaseLine[];
  /** While recording: which cases the request covers (`preselected` at first). */
  selection?: { selected: ReadonlySet<string>; onSelect(next: ReadonlySet<string>): void };
}

/**
 * The cases of a deletion request (or of the customer found), each with its customer's contacts
 * (two people of one name or address tell apart by them) and what happens to it and why.
 */
export function ErasureCasesTable({ label, lines, selection }: ErasureCasesTableProps) {
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
            <Table.Th>{t('erasure.columns.outcome')}</Table.Th>
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
              <Table.Td>{line.customerName}</Table.Td>
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
              <Table.Td>
                <Badge size="sm" variant="light" color={STATE_COLOURS[line.state]} mr="xs">
                  {lineState(t, line)}
                </Badge>
                {lineReason(t, line)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
