import { Button, Group, Stack, Switch, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackupPrefs as BackupPrefsSchema } from '../../../../../src-main/core/contract';
import type { AppPrefs } from '../../../../platform/types';
import { usePlatform } from '../../../data/hooks';
import { numberErrors, schemaRange } from '../numberField';
import { RangeNumberInput } from '../RangeNumberInput';
import { useUnsavedChanges } from '../../../components/unsaved';

type BackupPrefs = AppPrefs['backup'];

const NUMBERS = ['keepDaily', 'keepMonthly'];
const backupRange = (path: string) => schemaRange(BackupPrefsSchema, path);

/** When main backs up on its own and how many files it keeps (`AppPrefs.backup`, main's own preferences). */
export function AutoBackupForm() {
  const platform = usePlatform();
  const [prefs, setPrefs] = useState<BackupPrefs | null>(null);

  useEffect(() => {
    void platform.getPrefs().then((all) => setPrefs(all.backup));
  }, [platform]);

  // Keyed by what main keeps: a save starts the form again from the saved preferences.
  return prefs && <AutoBackupFields key={JSON.stringify(prefs)} prefs={prefs} onSaved={setPrefs} />;
}

function AutoBackupFields({ prefs, onSaved }: { prefs: BackupPrefs; onSaved(prefs: BackupPrefs): void }) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const [saving, setSaving] = useState(false);
  // A count out of range stays as typed and is refused with the range, as in every settings form.
  const form = useForm<BackupPrefs>({ initialValues: prefs, validate: (values) => numberErrors(values, NUMBERS, backupRange) });
  useUnsavedChanges(() => form.isDirty());

  const save = form.onSubmit(async (values) => {
    setSaving(true);
    try {
      const saved = (await platform.setPrefs({ backup: values })).backup;
      notifications.show({ color: 'teal', message: t('backup.auto.saved') });
      onSaved(saved);
    } finally {
      setSaving(false);
    }
  });

  return (
    <form noValidate aria-label={t('backup.auto.title')} onSubmit={save}>
      <Stack gap="sm">
        <Switch label={t('backup.auto.daily')} {...form.getInputProps('daily', { type: 'checkbox' })} />
        <Switch label={t('backup.auto.onQuit')} {...form.getInputProps('onQuit', { type: 'checkbox' })} />
        <Group align="flex-start">
          <RangeNumberInput label={t('backup.auto.keepDaily')} range={backupRange('keepDaily')} w={220} {...form.getInputProps('keepDaily')} />
          <RangeNumberInput label={t('backup.auto.keepMonthly')} range={backupRange('keepMonthly')} w={220} {...form.getInputProps('keepMonthly')} />
        </Group>
        <Text size="xs" c="dimmed" maw={640}>
          {t('backup.auto.keepHint')}
        </Text>
        <Group>
          <Button type="submit" variant="light" loading={saving}>
            {t('backup.auto.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
