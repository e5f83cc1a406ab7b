import { Group, Stack, Switch } from '@mantine/core';
import { TimePicker } from '@mantine/dates';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarSettings } from '../../../../domain/clocks/calendar';
import { SettingsForm } from '../SettingsForm';
import { SettingsSection } from '../SettingsSection';
import { useSettingsForm } from '../useSettingsForm';
import { DayList } from './DayList';
import { toClockTime, toMinutes } from './days';

type CalendarValues = {
  calendar: {
    dayStart: string;
    dayEnd: string;
    lunch: boolean;
    breakStart: string;
    breakEnd: string;
    extraHolidays: string[];
    extraWorkdays: string[];
  };
};

function toValues(calendar: CalendarSettings): CalendarValues {
  return {
    calendar: {
      dayStart: toClockTime(calendar.dayStart),
      dayEnd: toClockTime(calendar.dayEnd),
      lunch: calendar.breakStart !== null && calendar.breakEnd !== null,
      breakStart: toClockTime(calendar.breakStart ?? 12 * 60),
      breakEnd: toClockTime(calendar.breakEnd ?? 13 * 60),
      extraHolidays: calendar.extraHolidays,
      extraWorkdays: calendar.extraWorkdays,
    },
  };
}

function toSettings({ calendar }: CalendarValues): CalendarSettings {
  return {
    dayStart: toMinutes(calendar.dayStart),
    dayEnd: toMinutes(calendar.dayEnd),
    breakStart: calendar.lunch ? toMinutes(calendar.breakStart) : null,
    breakEnd: calendar.lunch ? toMinutes(calendar.breakEnd) : null,
    extraHolidays: calendar.extraHolidays,
    extraWorkdays: calendar.extraWorkdays,
  };
}

/** Working hours and the centre's own days off and make-up working days. */
export function CalendarForm({ calendar }: { calendar: CalendarSettings }) {
  const { t } = useTranslation();
  const state = useSettingsForm('calendar', toValues(calendar), toSettings);
  const { form } = state;
  const values = form.values.calendar;
  // The picker's hour and minute fields carry the names; each names its field too.
  const time = (field: 'dayStart' | 'dayEnd' | 'breakStart' | 'breakEnd') => {
    const label = t(`admin.calendar.${field}`);
    return (
      <TimePicker
        label={label}
        hoursInputLabel={`${label} ${t('admin.calendar.hoursInput')}`}
        minutesInputLabel={`${label} ${t('admin.calendar.minutesInput')}`}
        w={120}
        {...form.getInputProps(`calendar.${field}`)}
      />
    );
  };
  // A list's own error and those of its items (`calendar.extraHolidays.3`) show under the list.
  const listError = (path: string): ReactNode =>
    form.errors[path] ?? Object.entries(form.errors).find(([key]) => key.startsWith(`${path}.`))?.[1];

  return (
    <SettingsForm title={t('admin.tabs.calendar')} state={state}>
      <Stack gap="xl">
        <SettingsSection title={t('admin.calendar.hoursTitle')} hint={t('admin.calendar.hoursHint')}>
          <Group align="flex-start">
            {time('dayStart')}
            {time('dayEnd')}
          </Group>
          <Switch mt="xs" label={t('admin.calendar.lunchBreak')} {...form.getInputProps('calendar.lunch', { type: 'checkbox' })} />
          {values.lunch && (
            <Group align="flex-start">
              {time('breakStart')}
              {time('breakEnd')}
            </Group>
          )}
        </SettingsSection>
        <SettingsSection title={t('admin.calendar.daysTitle')} hint={t('admin.calendar.daysHint')} spread>
          <DayList
            label={t('admin.calendar.extraHolidays')}
            value={values.extraHolidays}
            onChange={(days) => form.setFieldValue('calendar.extraHolidays', days)}
            error={listError('calendar.extraHolidays')}
          />
          <DayList
            label={t('admin.calendar.extraWorkdays')}
            value={values.extraWorkdays}
            onChange={(days) => form.setFieldValue('calendar.extraWorkdays', days)}
            error={listError('calendar.extraWorkdays')}
          />
        </SettingsSection>
      </Stack>
    </SettingsForm>
  );
}
