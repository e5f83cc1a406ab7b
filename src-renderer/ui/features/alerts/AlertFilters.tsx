import { Button, Checkbox, Group, Select, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ALERT_KINDS, type AlertKind } from '../../../../src-main/core/alert-feed';

export interface AlertFilter {
  /** Whose alerts; null: everyone's (managers only). */
  userId: string | null;
  caseNo: string;
  kind: AlertKind | null;
  unacknowledgedOnly: boolean;
  /** `YYYY-MM-DD` days, first and last, in local time. */
  days: [string | null, string | null];
}

export const NO_FILTER: AlertFilter = { userId: null, caseNo: '', kind: null, unacknowledgedOnly: false, days: [null, null] };

/** The days chosen as [start of the first day, start of the day after the last), local time. */
export function daysToRange([first, last]: AlertFilter['days']): { from?: number; to?: number } {
  return {
    ...(first ? { from: dayjs(first).startOf('day').valueOf() } : {}),
    ...(last ? { to: dayjs(last).startOf('day').add(1, 'day').valueOf() } : {}),
  };
}

export interface AlertFiltersProps {
  filter: AlertFilter;
  onChange(patch: Partial<AlertFilter>): void;
  /** Colleagues a manager may look at; undefined hides the choice (one sees one's own alerts only). */
  users: Array<{ id: string; name: string }> | undefined;
}

/** 接收人 (managers), 投诉单号, 类型, 只看未确认 and the days raised. */
export function AlertFilters({ filter, onChange, users }: AlertFiltersProps) {
  const { t } = useTranslation();
  const changed = JSON.stringify(filter) !== JSON.stringify({ ...NO_FILTER, userId: filter.userId });
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label={t('alerts.log.filters.label')}>
      {users && (
        <Select
          label={t('alerts.log.filters.user')}
          placeholder={t('alerts.log.filters.allUsers')}
          data={users.map((user) => ({ value: user.id, label: user.name }))}
          value={filter.userId}
          onChange={(userId) => onChange({ userId })}
          clearable
          searchable
          w={180}
        />
      )}
      <TextInput
        label={t('alerts.log.filters.caseNo')}
        value={filter.caseNo}
        onChange={(event) => onChange({ caseNo: event.currentTarget.value })}
        w={200}
      />
      <Select
        label={t('alerts.log.filters.kind')}
        placeholder={t('alerts.log.filters.allKinds')}
        data={ALERT_KINDS.map((kind) => ({ value: kind, label: t(`alerts.kinds.${kind}`) }))}
        value={filter.kind}
        onChange={(kind) => onChange({ kind: ALERT_KINDS.find((k) => k === kind) ?? null })}
        clearable
        w={150}
      />
      <DatePickerInput
        type="range"
        label={t('alerts.log.filters.dates')}
        valueFormat="YYYY-MM-DD"
        value={filter.days}
        onChange={(days) => onChange({ days: [days[0] ? String(days[0]) : null, days[1] ? String(days[1]) : null] })}
        allowSingleDateInRange
        clearable
        miw={200}
      />
      <Checkbox
        label={t('alerts.log.filters.unacknowledgedOnly')}
        checked={filter.unacknowledgedOnly}
        onChange={(event) => onChange({ unacknowledgedOnly: event.currentTarget.checked })}
        mb={8}
      />
      {changed && (
        <Button variant="subtle" onClick={() => onChange({ ...NO_FILTER, userId: filter.userId })}>
          {t('alerts.log.filters.clear')}
        </Button>
      )}
    </Group>
  );
}
