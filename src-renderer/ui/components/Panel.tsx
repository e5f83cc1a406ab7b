import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface PanelProps {
  /** The panel's heading; also its region's accessible name. */
  title: string;
  /** A dimmed line under the heading: what the panel is for. */
  hint?: ReactNode;
  /** Beside the heading, at the right: the panel's own action. */
  aside?: ReactNode;
  /** 3 for a page's own panels, 4 for panels inside a tab that has its own heading. */
  order?: 3 | 4;
  /** Closer padding and spacing, for pages that stack many panels (the case page). */
  dense?: boolean;
  maw?: number;
  children?: ReactNode;
}

/** A titled, bordered section of a page: the one shell of the case page's stages and the settings' panels. */
export function Panel({ title, hint, aside, order = 3, dense = false, maw, children }: PanelProps) {
  // The heading takes what the action leaves: a long hint wraps, and the action keeps its whole label (a long hint once cut 关联投诉 to its first three and a half characters).
  const heading = (
    <div style={{ minWidth: 0, flex: 1 }}>
      <Title order={order} size={order === 3 ? 'h4' : 'h5'}>
        {title}
      </Title>
      {hint ? (
        <Text size="sm" c="dimmed" mt={4} maw={640}>
          {hint}
        </Text>
      ) : null}
    </div>
  );
  return (
    <Paper withBorder p={dense ? 'md' : 'lg'} component="section" aria-label={title} maw={maw}>
      <Stack gap={dense ? 'sm' : 'md'}>
        {aside === undefined ? (
          heading
        ) : (
          <Group justify="space-between" align={hint ? 'flex-start' : 'center'} gap="xs" wrap="nowrap">
            {heading}
            <div style={{ flexShrink: 0 }}>{aside}</div>
          </Group>
        )}
        {children}
      </Stack>
    </Paper>
  );
}
