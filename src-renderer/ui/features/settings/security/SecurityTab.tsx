import { Stack } from '@mantine/core';
import { SettingsLoader } from '../SettingsLoader';
import { HeldWhileEdited } from '../HeldWhileEdited';
import { IdleLockForm } from './IdleLockForm';

/** 安全: the automatic screen lock. */
export function SecurityTab() {
  return (
    <SettingsLoader>
      {(settings) => (
        <Stack maw={860}>
          <HeldWhileEdited value={settings.security}>{(security) => <IdleLockForm key={JSON.stringify(security)} security={security} />}</HeldWhileEdited>
        </Stack>
      )}
    </SettingsLoader>
  );
}
