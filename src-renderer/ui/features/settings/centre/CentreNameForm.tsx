import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SettingsForm } from '../SettingsForm';
import { useSettingsForm, type KeyedValues } from '../useSettingsForm';

/** The centre's name, printed on the paper forms. */
export function CentreNameForm({ centreName }: { centreName: string }) {
  const { t } = useTranslation();
  const state = useSettingsForm('centreName', { centreName } satisfies KeyedValues<'centreName'>, (values) => values.centreName);
  return (
    <SettingsForm title={t('admin.centre.nameTitle')} hint={t('admin.centre.nameHint')} state={state}>
      <TextInput label={t('admin.centre.centreName')} withAsterisk maw={420} {...state.form.getInputProps('centreName')} />
    </SettingsForm>
  );
}
