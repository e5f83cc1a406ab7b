import { Button, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ExportMenu } from './ExportMenu';
import type { ExportFormat } from './useExport';

/**
 * What can be done with the selected rows: assign an owner (supervisors) and export them. `matching`:
 * the selection came from the header checkbox, which takes only the rows loaded so far, out of this many.
 */
export function BulkBar({
  count,
  matching = null,
  canAssign,
  onAssign,
  onExport,
  onClear,
}: {
  count: number;
  matching?: number | null;
  canAssign: boolean;
  onAssign(): void;
  onExport(format: ExportFormat): void;
  onClear(): void;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p={6} px="sm" bg="var(--mantine-primary-color-light)" role="region" aria-label={t('tracking.bulk.label')}>
      <Group gap="sm">
        <Text size="sm" fw={600} data-testid="selected-count">
          {t('tracking.bulk.selected', { count })}
        </Text>
        {canAssign && (
          <Button size="xs" onClick={onAssign}>
            {t('tracking.bulk.assign')}
          </Button>
        )}
        <ExportMenu label={t('tracking.bulk.export')} onExport={onExport} variant="light" size="xs" />
        <Button size="xs" variant="subtle" onClick={onClear}>
          {t('tracking.bulk.clear')}
        </Button>
      </Group>
      {matching !== null && (
        <Text size="xs" c="dimmed" mt={4} data-testid="selected-loaded-only">
          {t('tracking.bulk.loadedOnly', { total: matching })}
        </Text>
      )}
    </Paper>
  );
}
