import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditLogRow } from '../../../../store/services/audit/list';
import { formatDateTime } from '../../../components/format';
import { changedFields, commandLabel, fieldLabel, subjectText } from './labels';

/** One row per event, newest first; a click opens its field changes. `breakAt` marks the first broken event of a chain. */
export function AuditLogTable({ rows, onOpen, breakAt }: { rows: AuditLogRow[]; onOpen(row: AuditLogRow): void; breakAt?: { subject: string; n: number } }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table aria-label={t('security.audit.title')} striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('security.audit.columns.at')}</Table.Th>
            <Table.Th>{t('security.audit.columns.actor')}</Table.Th>
            <Table.Th>{t('security.audit.columns.command')}</Table.Th>
            <Table.Th>{t('security.audit.columns.subject')}</Table.Th>
            <Table.Th>{t('security.audit.columns.changes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const fields = changedFields(row.changes).map((field) => fieldLabel(t, row.subjectKind, field));
            const list = fields.join(t('flow.listSeparator'));
            const broken = breakAt?.subject === row.subject && breakAt.n === row.n;
            return (
              <Table.Tr key={`${row.subject}#${row.n}`} data-event={`${row.subject}#${row.n}`} bg={broken ? 'red.0' : undefined}>
                <Table.Td>{formatDateTime(row.at)}</Table.Td>
                <Table.Td>{t('security.audit.actor', { name: row.actor.name, role: t(`role.${row.actor.role}`, { defaultValue: row.actor.role }) })}</Table.Td>
                <Table.Td>
                  <Anchor component="button" type="button" onClick={() => onOpen(row)}>
                    {commandLabel(t, row.command)}
                  </Anchor>
                  {broken && (
                    <Badge color="red" variant="filled" ml="xs" tt="none">
                      {t('security.audit.chains.brokenRow')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{row.caseId && row.subjectLabel ? <Anchor href={`#/cases/${row.caseId}`}>{subjectText(t, row)}</Anchor> : subjectText(t, row)}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={1} title={list}>
                    {fields.length > 3 ? t('security.audit.fieldCount', { count: fields.length }) : list || '—'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
