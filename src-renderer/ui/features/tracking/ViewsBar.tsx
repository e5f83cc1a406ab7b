import { ActionIcon, Button, Group, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILT_IN_VIEWS, type BuiltInView, type SavedView } from '../../../domain/tracking/views';
import { useStore } from '../../data/hooks';
import { StoreError } from '../../data/store-client';
import { errorText } from '../../i18n/errors';
import { approvalKindsOf } from '../../../domain/tracking/row';
import { useAuth } from '../auth/AuthGate';
import { APPROVALS_WAITING_ID, ApprovalsBadge, ApprovalsWaiting } from './ApprovalsBadge';

export interface ViewsBarProps {
  saved: readonly SavedView[];
  /** Id of the view the table shows, null when the user changed filters since. */
  active: string | null;
  onSelect(view: BuiltInView | SavedView): void;
  onSave(): void;
}

function DeleteView({ view }: { view: SavedView }) {
  const { t } = useTranslation();
  const store = useStore();
  const [opened, setOpened] = useState(false);
  const [busy, setBusy] = useState(false);

  async function remove() {
    setBusy(true);
    try {
      await store.send('tracking.deleteView', { id: view.id });
      notifications.show({ color: 'teal', message: t('tracking.viewBar.deleted', { name: view.name }) });
      setOpened(false);
    } catch (error) {
      const data = error instanceof StoreError ? error.data : { code: 'store.internal', params: { detail: String(error) } };
      notifications.show({ color: 'red', message: errorText(t, data) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom" withArrow trapFocus hideDetached={false}>
      <Popover.Target>
        <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('tracking.viewBar.delete', { name: view.name })} onClick={() => setOpened((o) => !o)}>
          <span aria-hidden="true">×</span>
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text size="sm">{t('tracking.viewBar.confirmDelete', { name: view.name })}</Text>
          <Group justify="flex-end" gap="xs">
            <Button size="xs" variant="default" onClick={() => setOpened(false)}>
              {t('admin.actions.cancel')}
            </Button>
            <Button size="xs" color="red" loading={busy} onClick={() => void remove()}>
              {t('tracking.viewBar.confirm')}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

/**
 * Each item keeps its full width. The scroll area's content box is as wide as the viewport, and a
 * button clips its label: squeezed, 全部 and 我的待办 became 全 and 我的待. So nothing shrinks and the
 * group is as wide as its buttons: the bar scrolls sideways instead.
 */
const WHOLE = { flexShrink: 0 } as const;

/** 全部 · 我的待办 · 即将超时 · 已超时 · 重大投诉 · 待审批, then the user's own views; each sets filters and sort. */
export function ViewsBar({ saved, active, onSelect, onSave }: ViewsBarProps) {
  const { t } = useTranslation();
  const { actor } = useAuth();
  const approves = approvalKindsOf(actor.role).length > 0;
  const button = (id: string, label: string, view: BuiltInView | SavedView, waiting = 0) => (
    <Button
      key={id}
      size="xs"
      radius="xl"
      variant={active === id ? 'filled' : 'default'}
      aria-pressed={active === id}
      onClick={() => onSelect(view)}
      style={WHOLE}
      // 待审批 says how many cases wait for this user's decision.
      rightSection={waiting > 0 ? <ApprovalsBadge waiting={waiting} /> : undefined}
      aria-describedby={waiting > 0 ? APPROVALS_WAITING_ID : undefined}
    >
      {label}
    </Button>
  );
  return (
    // Its own height in the page's column: the table below takes what is left, never the views.
    <ScrollArea type="auto" offsetScrollbars scrollbarSize={6} style={{ flexShrink: 0 }}>
      <Group gap="xs" wrap="nowrap" role="group" aria-label={t('tracking.viewBar.label')} w="max-content">
        {BUILT_IN_VIEWS.map((view) =>
          view.id === 'approvals' && approves ? (
            <ApprovalsWaiting key={view.id}>{(waiting) => button(view.id, t(`tracking.views.${view.id}`), view, waiting)}</ApprovalsWaiting>
          ) : (
            button(view.id, t(`tracking.views.${view.id}`), view)
          ),
        )}
        {saved.map((view) => (
          <Group key={view.id} gap={0} wrap="nowrap" style={WHOLE}>
            {button(view.id, view.name, view)}
            <DeleteView view={view} />
          </Group>
        ))}
        <Button size="xs" variant="subtle" onClick={onSave} style={WHOLE}>
          {t('tracking.viewBar.save')}
        </Button>
      </Group>
    </ScrollArea>
  );
}
