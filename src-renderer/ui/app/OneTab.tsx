import { Box, Button, Center, getDefaultZIndex, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Platform } from '../../platform';
import { useInertOutside } from '../components/cover';

/**
 * In a browser, the desk runs in one tab at a time (platform `tabs`). Any other tab shows why it
 * cannot be used, and offers to take the desk over; the tab it is taken from then shows the same.
 * The app of a tab the desk was taken from stays mounted under that notice, out of sight and out of
 * reach: a registration half typed there is there again when the tab takes the desk back (its store
 * connection is handed a new port, and the session resumes as after a store host restart).
 */
export function OneTab({ platform, children }: { platform: Platform; children: ReactNode }) {
  const { t } = useTranslation();
  const [elsewhere, setElsewhere] = useState(false);
  useEffect(
    () =>
      platform.tabs?.onElsewhere((value) => {
        // The notices of this tab's alerts go too: the other tab alerts now, and their actions would reach nobody.
        if (value) notifications.clean();
        setElsewhere(value);
      }),
    [platform],
  );
  useInertOutside(elsewhere, '[data-one-tab-cover]');
  return (
    <>
      <div style={{ display: elsewhere ? 'none' : 'contents' }} inert={elsewhere}>
        {children}
      </div>
      {elsewhere && (
        // Above everything, the app's open dialogs and notices too (see useInertOutside).
        <Box pos="fixed" inset={0} bg="gray.0" style={{ zIndex: getDefaultZIndex('max'), overflow: 'auto' }} data-one-tab-cover>
          <Center mih="100vh" p="md">
            <Paper withBorder p="xl" maw={520} role="alert" aria-labelledby="one-tab-title">
              <Stack>
                <Title order={2} size="h3" id="one-tab-title">
                  {t('app.elsewhere.title')}
                </Title>
                <Text>{t('app.elsewhere.body')}</Text>
                <Button onClick={() => platform.tabs?.takeOver()} style={{ alignSelf: 'flex-start' }}>
                  {t('app.elsewhere.takeOver')}
                </Button>
              </Stack>
            </Paper>
          </Center>
        </Box>
      )}
    </>
  );
}
