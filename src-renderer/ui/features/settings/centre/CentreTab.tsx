import { Stack } from '@mantine/core';
import { SettingsLoader } from '../SettingsLoader';
import { AttachmentsForm } from './AttachmentsForm';
import { CentreNameForm } from './CentreNameForm';
import { LifecycleForm } from './LifecycleForm';
import { PrintForm } from './PrintForm';

/** 中心与归档: the centre's name on paper forms, archiving and quality review periods, attachment limits, paper and margins. */
export function CentreTab() {
  return (
    <SettingsLoader>
      {(settings) => (
        <Stack maw={860}>
          <CentreNameForm key={settings.centreName} centreName={settings.centreName} />
          <LifecycleForm key={JSON.stringify(settings.lifecycle)} lifecycle={settings.lifecycle} />
          <AttachmentsForm key={JSON.stringify(settings.attachments)} attachments={settings.attachments} />
          <PrintForm key={JSON.stringify(settings.print)} print={settings.print} />
        </Stack>
      )}
    </SettingsLoader>
  );
}
