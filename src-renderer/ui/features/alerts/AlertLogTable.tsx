import { Anchor, Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isErasureDeadline } from '../../../../src-main/core/alert-feed';
import { SeverityBadge } from '../../components/SeverityBadge';
import { formatDateTime } from '../../components/format';
import type { AlertLogRow } from './useAlertLog';

const KIND_COLOR = { warning: 'yellow', overdue: 'red', repeat: 'orange' } as const;

export interface AlertLogTableProps {
  rows: AlertLogRow[];
  /** The signed-in user: only their own alerts can be acknowledged here. */
  userId: string;
  /** The user may open deletion requests (legal, the administrator): a request's alert links to it. */
  opensRequests: boolean;
  /** Keys being acknowledged right now. */
  pending: ReadonlySet<string>;
  onAcknowledge(row: AlertLogRow): void;
}

/** The case an alert is about, or the deletion request: a link where the reader may open it. */
function Subject({ row, opensRequests }: { row: AlertLogRow; opensRequests: boolean }) {
  if (!isErasureDeadline(row)) return <Anchor href={`#/cases/${row.caseId}`}>{row.caseNo}</Anchor>;
  if (!opensRequests) return <>{row.caseNo}</>;
  return <Anchor href={`#/settings/privacy/${encodeURIComponent(row.caseNo)}`}>{row.caseNo}</Anchor>;
}

/** One row per alert raised: when, about which case (or deletion request), what, to whom and how, and who acknowledged it when. */
export function AlertLogTable({ rows, userId, opensRequests, pending, onAcknowledge }: AlertLogTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table aria-label={t('alerts.log.title')} striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('alerts.log.columns.raisedAt')}</Table.Th>
            <Table.Th>{t('alerts.log.columns.caseNo')}</Table.Th>
            <Table.Th>{t('alerts.log.columns.kind')}</Table.Th>
            <Table.Th>{t('alerts.log.columns.severity')}</Table.Th>
            <Table.Th>{t('alerts.log.columns.clock')}</Table.Th>
            <Table.Th>{t('alerts.log.columns.recipient')}</Table.Th>
            <Table.Th>{t('alerts.log.columns.delivery')}</Table.Th>
            <Table.Th>{t('alerts.log.columns.acknowledged')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id} data-alert={row.id}>
              <Table.Td>{formatDateTime(row.raisedAt)}</Table.Td>
              <Table.Td>
                <Subject row={row} opensRequests={opensRequests} />
              </Table.Td>
              <Table.Td>
                <Badge color={KIND_COLOR[row.kind]} variant="light">
                  {t(`alerts.kinds.${row.kind}`)}
                </Badge>
              </Table.Td>
              {/* A deletion request has no severity of its own: its lead time is a 严重 case's. */}
              <Table.Td>{isErasureDeadline(row) ? '—' : <SeverityBadge severity={row.severity} />}</Table.Td>
              <Table.Td>{t(`alerts.clocks.${row.clockKind}`)}</Table.Td>
              <Table.Td>{t('alerts.log.recipient', { name: row.userName, capacity: t(`alerts.capacities.${row.capacity}`) })}</Table.Td>
              <Table.Td>{t(`alerts.deliveries.${row.delivery}`)}</Table.Td>
              <Table.Td>
                {row.acknowledgedAt !== null ? (
                  t('alerts.log.acknowledgedBy', { name: row.acknowledgedBy?.name ?? row.userName, at: formatDateTime(row.acknowledgedAt) })
                ) : row.userId === userId ? (
                  <Button
                    size="compact-sm"
                    variant="light"
                    loading={pending.has(row.key)}
                    aria-label={t('alerts.log.acknowledgeCase', { no: row.caseNo })}
                    onClick={() => onAcknowledge(row)}
                  >
                    {t('alerts.log.acknowledge')}
                  </Button>
                ) : (
                  <Text size="sm" c="dimmed" component="span">
                    {t('alerts.log.unacknowledged')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
