import { Paper, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, AppPrefs } from '../../../platform/types';
import { usePlatform } from '../../data/hooks';
import { LanguageSwitch } from '../../components/LanguageSwitch';

/** This desktop's preferences: language, tray behaviour, where the data lives, the version. */
export function GeneralTab() {
  const { t } = useTranslation();
  const platform = usePlatform();
  const [prefs, setPrefs] = useState<AppPrefs | null>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);

  useEffect(() => {
    void platform.getPrefs().then(setPrefs);
    void platform.appInfo().then(setInfo);
  }, [platform]);

  async function changeCloseToTray(closeToTray: boolean) {
    setPrefs(await platform.setPrefs({ closeToTray }));
    notifications.show({ message: t('settings.saved'), color: 'teal' });
  }

  return (
    <Paper withBorder p="lg" maw={720}>
      <Stack>
        <div>
          <Text fw={500} mb={4} id="language-label">
            {t('settings.language')}
          </Text>
          <LanguageSwitch labelledBy="language-label" />
        </div>
        {platform.kind === 'electron' ? (
          <Switch
            label={t('settings.closeToTray')}
            checked={prefs?.closeToTray ?? true}
            disabled={!prefs}
            onChange={(event) => void changeCloseToTray(event.currentTarget.checked)}
          />
        ) : (
          <Text c="dimmed" size="sm">
            {t('settings.closeToTrayWeb')}
          </Text>
        )}
        {info && (
          <>
            <div>
              <Text size="xs" c="dimmed">
                {t('settings.dataLocation')}
              </Text>
              <Text ff="monospace" size="sm" data-testid="data-location">
                {info.userDataPath}
              </Text>
            </div>
            <div>
              <Text size="xs" c="dimmed">
                {t('settings.version')}
              </Text>
              <Text size="sm">{info.version}</Text>
            </div>
          </>
        )}
      </Stack>
    </Paper>
  );
}
