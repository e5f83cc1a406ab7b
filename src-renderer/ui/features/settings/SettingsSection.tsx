import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * One titled part of a settings form: its heading, a line on what it governs, then its fields.
 * `spread` keeps the heading and the line together and spaces the fields wider (lists of days).
 */
export function SettingsSection({ title, hint, spread = false, children }: { title: string; hint: string; spread?: boolean; children: ReactNode }) {
  const heading = (
    <>
      <Title order={4} size="h5">
        {title}
      </Title>
      <Text size="sm" c="dimmed">
        {hint}
      </Text>
    </>
  );
  return spread ? (
    <Stack gap="md">
      <div>{heading}</div>
      {children}
    </Stack>
  ) : (
    <Stack gap="xs">
      {heading}
      {children}
    </Stack>
  );
}
