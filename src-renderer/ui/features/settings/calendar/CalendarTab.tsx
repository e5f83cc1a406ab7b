import { Stack } from '@mantine/core';
import { SettingsLoader } from '../SettingsLoader';
import { HeldWhileEdited } from '../HeldWhileEdited';
import { CalendarForm } from './CalendarForm';
import { OfficialDays } from './OfficialDays';

/** 工作日历: working hours, the centre's own days off and make-up days, and the official schedule for reference. */
export function CalendarTab() {
  return (
    <Stack>
      <SettingsLoader>{(settings) => <HeldWhileEdited value={settings.calendar}>{(calendar) => <CalendarForm key={JSON.stringify(calendar)} calendar={calendar} />}</HeldWhileEdited>}</SettingsLoader>
      <OfficialDays />
    </Stack>
  );
}
