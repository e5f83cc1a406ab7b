import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../domain/cases/case';
import { FINAL_STATUSES } from '../../../domain/lifecycle/machine';
import { createCalendar, type WorkCalendar } from '../../../domain/clocks/calendar';
import { CLOCK_KINDS, resumeClock, stoppedWithCase, viewClock, type Clock, type ClockState } from '../../../domain/clocks/clock';
import { formatDateTime } from '../../components/format';
import { useNow, useStoreQuery } from '../../data/hooks';
import { Field } from './Field';
import { Panel } from '../../components/Panel';
import { formatDuration } from './format';

const STATE_COLOR: Record<ClockState, string> = { running: 'blue', paused: 'yellow', met: 'teal', missed: 'red' };

/**
 * How a clock's deadline is counted. The 12315 reply deadline is fixed at receipt (so it runs in
 * calendar time), from the work order's date or a number of working days: that is what the reader
 * needs to know, not that the instant is reached in calendar time.
 */
export function clockBasisText(t: TFunction, record: Pick<CaseRecord, 'referralDeadline'>, clock: Pick<Clock, 'kind' | 'mode'>): string {
  const deadline = clock.kind === 'referralReply' ? record.referralDeadline : undefined;
  if (deadline) return deadline.workingDays === null ? t('referral.basis.date') : t('referral.basis.workingDays', { days: deadline.workingDays });
  return t(`flow.clock.mode.${clock.mode}`);
}

/**
 * Every deadline of the case, ticking: what is left, or by how much it is late. A case that ended
 * with a clock paused (terminated, redirected) stopped it for good: said so, greyed, never as an
 * overdue case still waiting. A paused clock's deadline moves on when it counts again: shown as it
 * would fall if counting resumed now (the store host's rule), not the date it stood at when paused —
 * a week into a pause that date lies in the past while days are left.
 */
export function ClocksPanel({ record }: { record: CaseRecord }) {
  const { t } = useTranslation();
  const now = useNow(15_000);
  const calendarSettings = useStoreQuery('settings.get', {}, 'settings').data?.calendar;
  const calendar = useMemo(() => (calendarSettings ? createCalendar(calendarSettings) : undefined), [calendarSettings]);
  const clocks = CLOCK_KINDS.flatMap((kind) => (record.clocks[kind] ? [record.clocks[kind]] : []));
  return (
    <Panel dense title={t('flow.clock.title')}>
      {clocks.length === 0 && <Text c="dimmed">{t('flow.clock.none')}</Text>}
      {clocks.map((clock) => (
        <ClockCard key={clock.kind} clock={clock} basis={clockBasisText(t, record, clock)} now={now} ended={FINAL_STATUSES.includes(record.status)} calendar={calendar} />
      ))}
    </Panel>
  );
}

interface ClockCardProps {
  clock: Clock;
  basis: string;
  now: number;
  ended: boolean;
  /** The desk's working calendar, to place a paused clock's deadline; until it is read, the date it stood at. */
  calendar: WorkCalendar | undefined;
}

function ClockCard({ clock, basis, now, ended, calendar }: ClockCardProps) {
  const { t } = useTranslation();
  const view = viewClock(clock, now);
  // Paused when its case ended (terminated, redirected): stopped for good where it stood, in grey.
  const stopped = stoppedWithCase(view, ended);
  // One paused when already late stays due when it was.
  const resumedDueAt = view.state === 'paused' && !stopped && !view.overdue && calendar ? resumeClock(clock, now, calendar).dueAt : undefined;
  const late = view.overdue && !stopped;
  const standing = stopped
    ? t(view.overdue ? 'flow.clock.stoppedOverdue' : 'flow.clock.stoppedLeft', { time: formatDuration(t, view.remainingMs) })
    : view.state === 'running'
      ? late
        ? t('flow.clock.overdueBy', { time: formatDuration(t, view.remainingMs) })
        : t('flow.clock.left', { time: formatDuration(t, view.remainingMs) })
      : view.state === 'paused'
        ? // Paused after the deadline had passed: it was late by then, not left with time.
          t(late ? 'flow.clock.pausedOverdue' : 'flow.clock.pausedLeft', { time: formatDuration(t, view.remainingMs) })
        : clock.completedAt
          ? t('flow.clock.completedAt', { at: formatDateTime(clock.completedAt) })
          : '';
  const shade = stopped ? 'dimmed' : late ? 'red' : undefined;
  return (
    <Paper withBorder p="xs" style={late ? { borderColor: 'var(--mantine-color-red-6)' } : undefined} data-clock={clock.kind}>
      <Stack gap={4}>
        <Field label={t(`flow.clock.${clock.kind}`)}>
          <Text span fw={stopped ? undefined : 600} c={shade}>
            {formatDateTime(resumedDueAt ?? view.dueAt)}
          </Text>
          {resumedDueAt !== undefined && (
            <Text span size="xs" c="dimmed">
              {' '}
              {t('flow.clock.ifResumedNow')}
            </Text>
          )}
        </Field>
        <Group gap="xs" wrap="wrap">
          <Badge color={stopped ? 'gray' : late && view.state === 'running' ? 'red' : STATE_COLOR[view.state]} variant="light">
            {stopped ? t('flow.clock.stopped') : t(`flow.clock.state.${view.state}`)}
          </Badge>
          <Text size="sm" c={shade} fw={late ? 600 : undefined}>
            {standing}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {basis}
        </Text>
        {clock.overdueSince !== undefined && (
          <Text size="xs" c="red">
            {t('flow.clock.extendedLate', { at: formatDateTime(clock.overdueSince) })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
