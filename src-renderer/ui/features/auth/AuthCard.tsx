import { Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/LanguageSwitch';

/** The frame of the sign-in and first-run pages. */
export function AuthCard({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    // The page's landmark and first heading (the app's name), as in the app's own frame.
    <Center component="main" mih="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={420}>
        <Stack>
          <Group justify="space-between" align="flex-start">
            <div>
              <Title order={1} size="sm" fw={400} c="dimmed">
                {t('app.title')}
              </Title>
              <Title order={2}>{title}</Title>
            </div>
            <LanguageSwitch size="xs" />
          </Group>
          {hint && (
            <Text size="sm" c="dimmed">
              {hint}
            </Text>
          )}
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}
