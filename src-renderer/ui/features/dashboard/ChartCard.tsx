import { Button, Center, Collapse, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ChartCardProps {
  title: string;
  /** Controls beside the title (a switch of what the chart splits by). */
  controls?: ReactNode;
  /** Still waiting for the first answer: a skeleton of the chart's size. */
  loading: boolean;
  /** Nothing to show for the period: a sentence instead of empty axes. */
  empty: boolean;
  height?: number;
  children?: ReactNode;
  /** The chart's numbers as a table (its buttons drill too), behind a toggle: the way in for keyboards and screen readers. */
  table?: ReactNode;
}

/** One figure of the dashboard: a titled card with its chart, empty state and data table. */
export function ChartCard({ title, controls, loading, empty, height = 260, children, table }: ChartCardProps) {
  const { t } = useTranslation();
  const [showTable, setShowTable] = useState(false);
  const titleId = useId();
  const tableId = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="center" wrap="wrap" gap="xs">
          <Title order={3} size="h5" id={titleId}>
            {title}
          </Title>
          {controls}
        </Group>
        {loading ? (
          <Skeleton h={height} aria-label={t('dashboard.loading')} />
        ) : empty ? (
          <Center h={Math.min(height, 140)}>
            <Text c="dimmed">{t('dashboard.cardEmpty')}</Text>
          </Center>
        ) : (
          <>
            {children}
            {table && (
              <>
                <Group justify="flex-end">
                  <Button variant="subtle" size="compact-sm" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((shown) => !shown)}>
                    {showTable ? t('dashboard.table.hide') : t('dashboard.table.show')}
                  </Button>
                </Group>
                <Collapse expanded={showTable} id={tableId}>
                  {showTable && table}
                </Collapse>
              </>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
