import { Anchor, Badge, Checkbox, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EligibleLine } from '../../../../store/services/privacy/anonymise';
import { formatDateTime } from '../../../components/format';

/** Not a case kept past its retention (a legal hold, a 12315 reply still owed): the store host refuses those. */
export function selectable(row: EligibleLine): boolean {
  return !row.hold && !row.referralReply;
}

interface EligibleTableProps {
  rows: EligibleLine[];
  selected: ReadonlySet<string>;
  onSelect(next: ReadonlySet<string>): void;
}

/**
 * The cases past the retention period, each with a box to pick it, and one to pick all listed. A
 * case under a legal hold, or still owing its 12315 referral's final reply, is listed with why it
 * cannot be picked.
 */
export function EligibleTable({ rows: listed, selected, onSelect }: EligibleTableProps) {
  const { t } = useTranslation();
  const rows = listed.filter(selectable);
  const picked = rows.filter((row) => selected.has(row.id)).length;
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (!next.delete(id)) next.add(id);
    onSelect(next);
  };

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped aria-label={t('privacy.eligible.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                size="xs"
                aria-label={t('privacy.eligible.selectAll')}
                checked={picked > 0 && picked === rows.length}
                indeterminate={picked > 0 && picked < rows.length}
                onChange={() => onSelect(picked === rows.length ? new Set() : new Set(rows.map((row) => row.id)))}
              />
            </Table.Th>
            <Table.Th>{t('privacy.columns.no')}</Table.Th>
            <Table.Th>{t('privacy.columns.customer')}</Table.Th>
            <Table.Th>{t('privacy.columns.receivedAt')}</Table.Th>
            <Table.Th>{t('privacy.columns.closedAt')}</Table.Th>
            <Table.Th>{t('privacy.columns.status')}</Table.Th>
            <Table.Th>{t('privacy.columns.category')}</Table.Th>
            <Table.Th>{t('privacy.columns.severity')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {listed.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td>
                <Checkbox
                  size="xs"
                  aria-label={t('privacy.eligible.select', { no: row.no })}
                  disabled={!selectable(row)}
                  checked={selectable(row) && selected.has(row.id)}
                  onChange={() => toggle(row.id)}
                />
              </Table.Td>
              <Table.Td>
                <Anchor href={`#/cases/${row.id}`}>{row.no}</Anchor>
                {row.hold && (
                  <Badge ml="xs" color="red" variant="light" title={row.hold.reference || undefined}>
                    {t('legalHold.eligibleHeld', { kind: t(`legalHold.kinds.${row.hold.kind}`) })}
                  </Badge>
                )}
                {row.referralReply && (
                  <>
                    <Badge ml="xs" color="orange" variant="light">
                      {t('privacy.eligible.referralOwed')}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {row.referralReply.paused
                        ? t('privacy.eligible.referralPaused')
                        : t('privacy.eligible.referralDue', { at: formatDateTime(row.referralReply.dueAt) })}
                    </Text>
                  </>
                )}
              </Table.Td>
              <Table.Td>{row.customerName}</Table.Td>
              <Table.Td>{formatDateTime(row.receivedAt)}</Table.Td>
              <Table.Td>{formatDateTime(row.closedAt)}</Table.Td>
              <Table.Td>{t(`status.${row.status}`)}</Table.Td>
              <Table.Td>{row.category ? t(`category.${row.category}`) : ''}</Table.Td>
              <Table.Td>{t(`severity.${row.severity}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
