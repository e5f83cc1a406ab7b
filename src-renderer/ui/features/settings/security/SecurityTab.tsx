import { Stack } from '@mantine/core';
import { SettingsLoader } from '../SettingsLoader';
import { IdleLockForm } from './IdleLockForm';

/** 安全: the automatic screen lock. */
export function SecurityTab() {
  return (
    <SettingsLoader>
      {(settings) => (
        <Stack maw={860}>
          <IdleLockForm key={JSON.stringify(settings.security)} security={settings.security} />
        </Stack>
      )}
    </SettingsLoader>
  );
}
