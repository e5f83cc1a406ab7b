import { Button, Menu, Modal, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExportFormat, ExportProgress } from './useExport';

/** 导出: the current view (or, in the bulk bar, the selected rows) as CSV or XLSX. */
export function ExportMenu({
  label,
  onExport,
  disabled,
  variant = 'default',
  size,
}: {
  label: string;
  onExport(format: ExportFormat): void;
  disabled?: boolean;
  variant?: 'default' | 'light';
  size?: 'xs';
}) {
  const { t } = useTranslation();
  return (
    // In the toolbar, never scrolled away: shown whatever floating-ui's visibility check says (jsdom lays nothing out).
    <Menu position="bottom-end" withinPortal hideDetached={false}>
      <Menu.Target>
        <Button variant={variant} disabled={disabled} size={size}>
          {label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => onExport('csv')}>{t('tracking.export.csv')}</Menu.Item>
        <Menu.Item onClick={() => onExport('xlsx')}>{t('tracking.export.xlsx')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** A large export under way: how far it got, and the way out. */
export function ExportProgressModal({ progress, onCancel }: { progress: ExportProgress | null; onCancel(): void }) {
  const { t } = useTranslation();
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <Modal
      opened={progress !== null}
      onClose={onCancel}
      title={t('tracking.export.progressTitle')}
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('tracking.export.cancel') }}
    >
      <Stack>
        <Progress value={percent} animated aria-label={t('tracking.export.progressTitle')} />
        <Text size="sm" role="status">
          {t('tracking.export.progress', { done: progress?.done ?? 0, total: progress?.total ?? 0 })}
        </Text>
        <Button variant="default" onClick={onCancel}>
          {t('tracking.export.cancel')}
        </Button>
      </Stack>
    </Modal>
  );
}
