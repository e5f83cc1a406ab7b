import { SegmentedControl, Stack, Text } from '@mantine/core';
import { NumberField } from '../../components/NumberField';
import { DateTimePicker } from '@mantine/dates';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_REFERRAL_REPLY_DAYS, workingDaysDeadline } from '../../../domain/cases/referral-reply';
import { createCalendar, DEFAULT_CALENDAR, yearsWithoutHolidays } from '../../../domain/clocks/calendar';
import { referralReplyDaysOf } from '../../../domain/clocks/sla-settings';
import { formatDateTime } from '../../components/format';
import { EARLIEST_DAY } from '../cases/actions/dates';
import { useStoreQuery } from '../../data/hooks';
import type { ReferralDeadlineBy, ReferralDeadlineValues } from './referral-deadline-values';

const BY: ReferralDeadlineBy[] = ['workingDays', 'date', 'none'];

/**
 * 转办反馈时限 of a 12315 referral: working days from receipt (the date it falls on shown with the
 * desk's work calendar, as the store host will count it), the date printed on the order, or none.
 */
export function ReferralDeadlineInput({
  value,
  onChange,
  receivedAt,
  error,
}: {
  value: ReferralDeadlineValues;
  onChange(value: ReferralDeadlineValues): void;
  receivedAt: number;
  error?: ReactNode;
}) {
  const { t } = useTranslation();
  const settings = useStoreQuery('settings.get', {}, 'settings').data;
  const calendar = settings?.calendar;
  const centreDays = settings ? referralReplyDaysOf(settings.sla) : undefined;
  // Untouched, the days follow the centre's default once Settings are read.
  useEffect(() => {
    if (value.centreDefault && centreDays !== undefined && value.days !== centreDays) onChange({ ...value, days: centreDays });
  }, [value, centreDays, onChange]);
  // What the user changes is theirs: the default no longer applies.
  const change = (next: Partial<ReferralDeadlineValues>) => {
    const { centreDefault: _default, ...rest } = value;
    onChange({ ...rest, ...next });
  };
  const days = Number(value.days);
  const counted =
    value.by === 'workingDays' && Number.isInteger(days) && days >= 1 && days <= MAX_REFERRAL_REPLY_DAYS && Number.isFinite(receivedAt)
      ? workingDaysDeadline(createCalendar(calendar), receivedAt, days)
      : null;
  // Counted into a year whose holidays nobody entered yet: the date may fall on one, or too early.
  const dueOnText = (at: number) => {
    const unknown = yearsWithoutHolidays(calendar ?? DEFAULT_CALENDAR, receivedAt, at);
    const due = t('referral.dueOn', { at: formatDateTime(at) });
    if (unknown.length === 0) return due;
    return (
      <Text span inherit c="orange.9">
        {t('referral.dueOnUnknownHolidays', { due, years: unknown.join(t('flow.listSeparator')) })}
      </Text>
    );
  };
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {t('referral.deadline')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('referral.deadlineHint')}
      </Text>
      <SegmentedControl
        aria-label={t('referral.deadline')}
        value={value.by}
        onChange={(by) => onChange({ ...value, by: by as ReferralDeadlineBy })}
        data={BY.map((by) => ({ value: by, label: t(`referral.by.${by}`) }))}
      />
      {value.by === 'workingDays' && (
        <NumberField
          label={t('referral.days')}
          min={1}
          max={MAX_REFERRAL_REPLY_DAYS}
          // Kept as typed (0, 61, 7.5) for the store host to refuse with the range: clamped on leaving, or with
          // the point dropped (7.5 → 75 → 60), the deadline changed under the field without a word.
          clampBehavior="none"
          value={value.days}
          onChange={(days) => change({ days })}
          description={counted !== null ? dueOnText(counted) : undefined}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          error={error}
        />
      )}
      {value.by === 'date' && (
        <DateTimePicker
          label={t('referral.dueAt')}
          valueFormat="YYYY-MM-DD HH:mm"
          minDate={EARLIEST_DAY}
          value={value.dueAt || null}
          onChange={(dueAt) => change({ dueAt: dueAt ?? '' })}
          error={error}
        />
      )}
      {value.by === 'none' && error && (
        <Text size="xs" c="red">
          {error}
        </Text>
      )}
    </Stack>
  );
}
