import { Stack } from '@mantine/core';
import { SettingsLoader } from '../SettingsLoader';
import { CalendarForm } from './CalendarForm';
import { OfficialDays } from './OfficialDays';

/** 工作日历: working hours, the centre's own days off and make-up days, and the official schedule for reference. */
export function CalendarTab() {
  return (
    <Stack>
      <SettingsLoader>{(settings) => <CalendarForm key={JSON.stringify(settings.calendar)} calendar={settings.calendar} />}</SettingsLoader>
      <OfficialDays />
    </Stack>
  );
}
