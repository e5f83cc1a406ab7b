import { Button, Group, Select, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStoreQuery } from '../../../data/hooks';
import { commandOptions } from './labels';

export interface AuditFilterValues {
  userId: string | null;
  caseNo: string;
  command: string | null;
  /** `YYYY-MM-DD`, first and last day, local time. */
  days: [string | null, string | null];
}

export const NO_AUDIT_FILTER: AuditFilterValues = { userId: null, caseNo: '', command: null, days: [null, null] };

/** The filters as `audit.list` arguments: the days as [start of the first, end of the last], local time. */
export function toQuery({ userId, caseNo, command, days: [first, last] }: AuditFilterValues) {
  return {
    ...(userId ? { userId } : {}),
    ...(caseNo.trim() ? { caseNo: caseNo.trim() } : {}),
    ...(command ? { command } : {}),
    ...(first ? { from: dayjs(first).startOf('day').valueOf() } : {}),
    ...(last ? { to: dayjs(last).endOf('day').valueOf() } : {}),
  };
}

/** 操作人, 投诉单号, 操作 and the days; applied with 查询. `caseNoError` is the store's word on the number. */
export function AuditFilters({ onApply, caseNoError }: { onApply(values: AuditFilterValues): void; caseNoError?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const form = useForm<AuditFilterValues>({ initialValues: NO_AUDIT_FILTER });
  // Former colleagues too: their actions stay in the log.
  const users = useStoreQuery('users.directory', { includeInactive: true }, 'directory:all');
  const commands = useMemo(() => commandOptions(t, i18n), [t, i18n]);
  const userOptions = (users.data ?? []).map((user) => ({
    value: user.id,
    label: user.active === false ? t('security.audit.inactiveUser', { name: user.name }) : user.name,
  }));
  const days = form.getInputProps('days');

  return (
    <form noValidate role="search" aria-label={t('security.audit.filters')} onSubmit={form.onSubmit(onApply)}>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('security.audit.user')}
          placeholder={t('security.audit.anyUser')}
          data={userOptions}
          clearable
          searchable
          w={180}
          {...form.getInputProps('userId')}
        />
        <TextInput label={t('security.audit.caseNo')} w={200} {...form.getInputProps('caseNo')} error={caseNoError} />
        <Select
          label={t('security.audit.command')}
          placeholder={t('security.audit.anyCommand')}
          data={commands}
          clearable
          searchable
          w={200}
          {...form.getInputProps('command')}
        />
        <DatePickerInput
          type="range"
          label={`${t('security.audit.from')} – ${t('security.audit.to')}`}
          valueFormat="YYYY-MM-DD"
          value={days.value as AuditFilterValues['days']}
          onChange={(value) => form.setFieldValue('days', [value[0] ? String(value[0]) : null, value[1] ? String(value[1]) : null])}
          allowSingleDateInRange
          clearable
          miw={220}
        />
        <Button type="submit">{t('security.audit.apply')}</Button>
        {form.isDirty() && (
          <Button
            variant="subtle"
            onClick={() => {
              form.reset();
              onApply(NO_AUDIT_FILTER);
            }}
          >
            {t('security.audit.clear')}
          </Button>
        )}
      </Group>
    </form>
  );
}
