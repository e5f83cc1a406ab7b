import { Button, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PrintButtons } from '../../components/PrintButtons';
import { ExportMenu } from './ExportMenu';
import { MAX_PRINT_ROWS } from './print/listRoute';
import type { ExportFormat } from './useExport';

/** How the selection was made: row by row, with the header checkbox (the loaded rows), or 选择全部 (every matching case). */
export type SelectionScope = 'picked' | 'loaded' | 'all';

/**
 * What can be done with the selected rows: assign an owner (supervisors), export and print them.
 * `matching`: how many cases the view holds; with the header checkbox's selection (the loaded rows
 * only) the bar says so and offers to select them all.
 */
export function BulkBar({
  count,
  scope,
  matching,
  selectingAll,
  printRoute,
  canAssign,
  onAssign,
  onExport,
  onSelectAll,
  onClear,
}: {
  count: number;
  scope: SelectionScope;
  matching: number | null;
  selectingAll: boolean;
  /** The print route of the selection, or null when it is too large to print. */
  printRoute: string | null;
  canAssign: boolean;
  onAssign(): void;
  onExport(format: ExportFormat): void;
  onSelectAll(): void;
  onClear(): void;
}) {
  const { t } = useTranslation();
  const more = scope === 'loaded' && matching !== null && matching > count;
  return (
    <Paper withBorder p={6} px="sm" bg="var(--mantine-primary-color-light)" role="region" aria-label={t('tracking.bulk.label')}>
      <Group gap="sm">
        <Text size="sm" fw={600} data-testid="selected-count" aria-live="polite">
          {t('tracking.bulk.selected', { count })}
        </Text>
        {canAssign && (
          <Button size="xs" onClick={onAssign} disabled={selectingAll}>
            {t('tracking.bulk.assign')}
          </Button>
        )}
        <ExportMenu label={t('tracking.bulk.export')} onExport={onExport} variant="light" size="xs" disabled={selectingAll} />
        {printRoute !== null && (
          <PrintButtons
            route={printRoute}
            fileName={`${t('tracking.print.fileName')}.pdf`}
            printLabel={t('tracking.bulk.print')}
            pdfLabel={t('tracking.bulk.pdf')}
            disabled={selectingAll}
            size="xs"
          />
        )}
        <Button size="xs" variant="subtle" onClick={onClear}>
          {t('tracking.bulk.clear')}
        </Button>
      </Group>
      {more && (
        <Group gap="xs" mt={4}>
          <Text size="xs" c="dimmed" data-testid="selected-loaded-only">
            {t('tracking.bulk.loadedOnly', { total: matching })}
          </Text>
          <Button size="compact-xs" variant="subtle" loading={selectingAll} onClick={onSelectAll}>
            {t('tracking.bulk.selectAll', { total: matching })}
          </Button>
        </Group>
      )}
      {scope === 'all' && (
        <Text size="xs" c="dimmed" mt={4} data-testid="selected-all">
          {t('tracking.bulk.allSelected', { count })}
        </Text>
      )}
      {printRoute === null && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('tracking.bulk.printTooMany', { max: MAX_PRINT_ROWS })}
        </Text>
      )}
    </Paper>
  );
}
