import { Stack } from '@mantine/core';
import { SettingsLoader } from '../SettingsLoader';
import { HeldWhileEdited } from '../HeldWhileEdited';
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
          <HeldWhileEdited value={settings.centreName}>{(centreName) => <CentreNameForm key={centreName} centreName={centreName} />}</HeldWhileEdited>
          <HeldWhileEdited value={settings.lifecycle}>{(lifecycle) => <LifecycleForm key={JSON.stringify(lifecycle)} lifecycle={lifecycle} />}</HeldWhileEdited>
          <HeldWhileEdited value={settings.attachments}>
            {(attachments) => <AttachmentsForm key={JSON.stringify(attachments)} attachments={attachments} />}
          </HeldWhileEdited>
          <HeldWhileEdited value={settings.print}>{(print) => <PrintForm key={JSON.stringify(print)} print={print} />}</HeldWhileEdited>
        </Stack>
      )}
    </SettingsLoader>
  );
}
