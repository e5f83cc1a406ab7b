import { ActionIcon, Button, Checkbox, Group, Popover, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LAYOUT, VIEW_COLUMNS, type TableLayout } from '../../../domain/tracking/columns';
import { columnOrder, moveColumn, setHidden } from './layout';

/** Show, hide and order the columns from the keyboard as well as the mouse; reset to the default layout. */
export function ColumnsMenu({ layout, onChange }: { layout: TableLayout; onChange(layout: TableLayout): void }) {
  const { t } = useTranslation();
  const order = columnOrder(layout);
  return (
    // The toolbar never scrolls away, so the dropdown need not hide with a detached target (nor where nothing is laid out, as in jsdom).
    <Popover position="bottom-end" shadow="md" withinPortal trapFocus hideDetached={false}>
      <Popover.Target>
        <Button variant="default">{t('tracking.columnsMenu.label')}</Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={4} role="group" aria-label={t('tracking.columnsMenu.title')}>
          <Text size="sm" fw={600} mb={4}>
            {t('tracking.columnsMenu.title')}
          </Text>
          {order.map((id, index) => {
            const label = t(`tracking.columns.${id}`);
            return (
              <Group key={id} gap={6} justify="space-between" wrap="nowrap">
                <Checkbox
                  label={label}
                  description={id === 'no' ? t('tracking.columnsMenu.alwaysShown') : VIEW_COLUMNS[id] === 'approvals' ? t('tracking.columnsMenu.approvalsOnly') : undefined}
                  checked={id === 'no' || !layout.hidden.includes(id)}
                  disabled={id === 'no'}
                  onChange={(event) => onChange(setHidden(layout, id, !event.currentTarget.checked))}
                />
                <Group gap={2} wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    size="sm"
                    disabled={index === 0}
                    aria-label={t('tracking.columnsMenu.moveUp', { column: label })}
                    onClick={() => onChange(moveColumn(layout, id, index - 1))}
                  >
                    <span aria-hidden="true">↑</span>
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    size="sm"
                    disabled={index === order.length - 1}
                    aria-label={t('tracking.columnsMenu.moveDown', { column: label })}
                    onClick={() => onChange(moveColumn(layout, id, index + 1))}
                  >
                    <span aria-hidden="true">↓</span>
                  </ActionIcon>
                </Group>
              </Group>
            );
          })}
          <Button variant="subtle" size="xs" mt="xs" onClick={() => onChange(DEFAULT_LAYOUT)}>
            {t('tracking.columnsMenu.reset')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
