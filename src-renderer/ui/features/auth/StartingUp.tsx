import { Center, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** After this long, the wait is explained: the first start of an updated version may upgrade the local data. */
export const SLOW_START_MS = 3_000;

/**
 * What the window shows until the store host answers. Usually a moment; at the first start after
 * an update that changed the database, the upgrade runs first (12.5 s with 100,000 cases on disk), and
 * an unexplained spinner is what makes people quit a program that is working.
 */
export function StartingUp() {
  const { t } = useTranslation();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_START_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <Center h="100vh">
      <Stack align="center" gap="sm" maw={420} role="status" aria-label={t('app.connecting')}>
        <Loader />
        <Text>{t('app.connecting')}</Text>
        {slow && (
          <Text size="sm" c="dimmed" ta="center">
            {t('app.slowStart')}
          </Text>
        )}
      </Stack>
    </Center>
  );
}
