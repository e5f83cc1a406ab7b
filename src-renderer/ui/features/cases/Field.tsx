import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A caption with its value underneath. Empty values say so in words, so a
 * blank never reads as "still loading".
 */
export function Field({ label, children }: { label: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const empty = children === null || children === undefined || children === '' || children === false;
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="div" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} c={empty ? 'dimmed' : undefined}>
        {empty ? t('case.none') : children}
      </Text>
    </div>
  );
}

/** One stage of the loop on the case page: a titled panel. */
export function Section({ title, children, aside }: { title: string; children: ReactNode; aside?: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
          <Title order={3} size="h4">
            {title}
          </Title>
          {aside}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}
