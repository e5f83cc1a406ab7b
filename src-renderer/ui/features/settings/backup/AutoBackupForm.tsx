import { Button, Group, NumberInput, Stack, Switch } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppPrefs } from '../../../../platform/types';
import { usePlatform } from '../../../data/hooks';

type BackupPrefs = AppPrefs['backup'];

/** When main backs up on its own and how many files it keeps (`AppPrefs.backup`, main's own preferences). */
export function AutoBackupForm() {
  const { t } = useTranslation();
  const platform = usePlatform();
  const [prefs, setPrefs] = useState<BackupPrefs | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    void platform.getPrefs().then((all) => setPrefs(all.backup));
  }, [platform]);

  if (!prefs) return null;
  const change = (patch: Partial<BackupPrefs>) => setPrefs({ ...prefs, ...patch });
  const count = (value: string | number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(Number(value) || min)));

  async function save() {
    if (!prefs) return;
    setSaving(true);
    try {
      setPrefs((await platform.setPrefs({ backup: prefs })).backup);
      notifications.show({ color: 'teal', message: t('backup.auto.saved') });
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      noValidate
      aria-label={t('backup.auto.title')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack gap="sm">
        <Switch label={t('backup.auto.daily')} checked={prefs.daily} onChange={(event) => change({ daily: event.currentTarget.checked })} />
        <Switch label={t('backup.auto.onQuit')} checked={prefs.onQuit} onChange={(event) => change({ onQuit: event.currentTarget.checked })} />
        <Group align="flex-end">
          <NumberInput label={t('backup.auto.keepDaily')} min={1} max={60} value={prefs.keepDaily} onChange={(value) => change({ keepDaily: count(value, 1, 60) })} w={220} />
          <NumberInput label={t('backup.auto.keepMonthly')} min={0} max={120} value={prefs.keepMonthly} onChange={(value) => change({ keepMonthly: count(value, 0, 120) })} w={220} />
          <Button type="submit" variant="light" loading={saving}>
            {t('backup.auto.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
