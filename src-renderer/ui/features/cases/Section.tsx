import { Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

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
