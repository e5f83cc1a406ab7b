import { Anchor, Badge, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditLogRow } from '../../../../store/services/audit/list';
import { formatDateTime } from '../../../components/format';
import { actorText, changedFields, commandLabel, fieldLabel, subjectText } from './labels';

/** Where a chain the check found broken breaks: its first event that does not check out, and why. */
export interface ChainBreak {
  subject: string;
  n: number;
  reason: 'hash' | 'link' | 'sequence' | 'truncated' | 'missing';
}

/** Events missing, not altered: there is no row to mark, only the place where they should be. */
const MISSING = new Set<ChainBreak['reason']>(['sequence', 'truncated', 'missing']);

/**
 * Where the line for missing records goes among rows newest first: right above the first older event of
 * the chain, or below its oldest row when none is older (the first records were deleted). The log around
 * a break starts a few events above it, so the rows reach that far.
 */
function gapIndex(rows: readonly AuditLogRow[], breakAt: ChainBreak): number {
  const older = rows.findIndex((row) => row.subject === breakAt.subject && row.n < breakAt.n);
  if (older !== -1) return older;
  return rows.some((row) => row.subject === breakAt.subject) ? rows.length : -1;
}

/**
 * One row per event, newest first; a click opens its field changes. `breakAt` marks the first
 * broken event of a chain, or — when records were deleted — a line where the missing one belongs.
 */
export function AuditLogTable({ rows, onOpen, breakAt }: { rows: AuditLogRow[]; onOpen(row: AuditLogRow): void; breakAt?: ChainBreak }) {
  const { t } = useTranslation();
  const gapAt = breakAt && MISSING.has(breakAt.reason) ? gapIndex(rows, breakAt) : -1;
  const gap = breakAt && (
    <Table.Tr bg="red.0" data-testid="audit-gap">
      <Table.Td colSpan={5}>
        <Badge color="red" variant="filled" mr="xs" tt="none">
          {t('security.audit.chains.brokenRow')}
        </Badge>
        <Text span size="sm">
          {t(`security.audit.chains.missing.${breakAt.reason}`, { n: breakAt.n })}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
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
          {rows.map((row, index) => {
            const fields = changedFields(row.changes, row.detail).map((field) => fieldLabel(t, row.subjectKind, field));
            const list = fields.join(t('flow.listSeparator'));
            const broken = breakAt !== undefined && !MISSING.has(breakAt.reason) && breakAt.subject === row.subject && breakAt.n === row.n;
            return (
              <Fragment key={`${row.subject}#${row.n}`}>
                {index === gapAt && gap}
                <Table.Tr data-event={`${row.subject}#${row.n}`} bg={broken ? 'red.0' : undefined}>
                  <Table.Td>{formatDateTime(row.at)}</Table.Td>
                  <Table.Td>{actorText(t, row.actor)}</Table.Td>
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
              </Fragment>
            );
          })}
          {gapAt === rows.length && gap}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
