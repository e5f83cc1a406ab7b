import { Anchor, Badge, Group, Text, VisuallyHidden } from '@mantine/core';
import { SEVERITY_RANK } from '../../../domain/cases/vocabulary';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { ColumnId } from '../../../domain/tracking/columns';
import { MAX_CHASES_COUNTED, type TrackingRow } from '../../../domain/tracking/row';
import { formatDateTime } from '../../components/format';
import { SeverityBadge } from '../../components/SeverityBadge';
import { SEVERITY_COLOR } from '../../theme';
import { formatDuration } from '../cases/format';
import { awaitingText, clockState, ownerText, satisfactionText, severityText, statusText, timeLeftText } from './columnValues';

const dash = (t: TFunction) => t('tracking.none');
const when = (t: TFunction, instant: number | null) => (instant === null ? dash(t) : formatDateTime(instant));
const text = (t: TFunction, value: string) => (value === '' ? dash(t) : value);

function TimeLeft({ row, now, t }: { row: TrackingRow; now: number; t: TFunction }) {
  const state = clockState(row, now);
  if (state.kind === 'none') return <>{dash(t)}</>;
  if (state.kind === 'overdue') {
    return (
      <>
        <Badge color="red" variant="filled" size="sm" radius="sm" style={{ flexShrink: 0 }}>
          {t('tracking.overdue')}
        </Badge>{' '}
        {/* Whole on hover where a narrowed column cuts it. */}
        <Text span size="sm" c="red.8" title={formatDuration(t, state.lateMs)}>
          {formatDuration(t, state.lateMs)}
        </Text>
      </>
    );
  }
  return (
    <Text span size="sm" c={state.kind === 'paused' ? 'dimmed' : undefined}>
      {timeLeftText(t, state)}
    </Text>
  );
}

/** The content of one grid cell. */
export function cellContent(id: ColumnId, row: TrackingRow, now: number, t: TFunction): ReactNode {
  switch (id) {
    case 'no':
      return (
        <Anchor href={`#/cases/${row.id}`} size="sm" tabIndex={-1} onClick={(event) => event.stopPropagation()}>
          {row.no}
        </Anchor>
      );
    case 'receivedAt':
      return formatDateTime(row.receivedAt);
    case 'channel':
      return t(`channel.${row.channel}`);
    case 'customer':
      return (
        <>
          {row.customerName}
          {row.phone !== '' && (
            <Text span size="xs" c="dimmed">
              {' '}
              {row.phone}
            </Text>
          )}
        </>
      );
    case 'category':
      return row.category === null ? dash(t) : t(`category.${row.category}`);
    case 'severity':
      // A grading waiting for approval that proposes another severity: the case's own (the severity filter,
      // sort and 重大投诉 go by it until approval), an arrow up or down in the proposal's colour, and the
      // words in its title and for screen readers (一般（拟定为重大）) — the column's 80 px hold no more.
      return row.proposedSeverity ? (
        <Group gap={4} wrap="nowrap" title={severityText(t, row)}>
          <SeverityBadge severity={row.severity} />
          <Text span fw={700} c={`${SEVERITY_COLOR[row.proposedSeverity]}.9`} aria-hidden>
            {SEVERITY_RANK[row.proposedSeverity] > SEVERITY_RANK[row.severity] ? '↑' : '↓'}
          </Text>
          <VisuallyHidden>{t('tracking.proposedShort', { proposed: t(`severity.${row.proposedSeverity}`) })}</VisuallyHidden>
        </Group>
      ) : (
        <SeverityBadge severity={row.severity} />
      );
    case 'status':
      return row.returned ? (
        <Text span size="sm" c="red.8">
          {statusText(t, row)}
        </Text>
      ) : (
        statusText(t, row)
      );
    case 'awaiting':
      return text(t, awaitingText(t, row));
    case 'department':
      return text(t, row.department);
    case 'owner':
      return text(t, ownerText(t, row));
    case 'responseDueAt':
      return when(t, row.responseDueAt);
    case 'resolutionDueAt':
      return when(t, row.resolutionDueAt);
    case 'timeLeft':
      return <TimeLeft row={row} now={now} t={t} />;
    case 'chases':
      return row.chases === 0 ? (
        dash(t)
      ) : (
        <Text span size="sm" c="orange.8" fw={600}>
          {row.chases >= MAX_CHASES_COUNTED ? t('tracking.chasesMany', { count: MAX_CHASES_COUNTED }) : t('tracking.chasesCount', { count: row.chases })}
        </Text>
      );
    case 'satisfaction':
      return text(t, satisfactionText(t, row));
    case 'updatedAt':
      return formatDateTime(row.updatedAt);
  }
}
