import { Alert, Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../domain/cases/case';
import { FINAL_STATUSES, type LifecycleCommand } from '../../../domain/lifecycle/machine';
import type { Settings } from '../../../domain/settings/settings';
import { useNow } from '../../data/hooks';
import { useAuth } from '../auth/AuthGate';
import { availableCommands } from './actions/availability';
import { commandLabel, isRevision } from './actions/labels';
import { ACTIONS, type Tone } from './actions/registry';
import { nextStepHint } from './nextStep';

const VARIANT: Record<Tone, { variant: string; color?: string }> = {
  forward: { variant: 'filled' },
  record: { variant: 'light' },
  back: { variant: 'light', color: 'red' },
};

/**
 * 下一步: who acts next, and the buttons this user has on this case now.
 * Each button opens its dialog; after a committed command the page re-reads
 * the case by itself.
 */
export function ActionBar({ record, settings }: { record: CaseRecord; settings: Settings | undefined }) {
  const { t } = useTranslation();
  const { actor, can } = useAuth();
  const now = useNow();
  const [open, setOpen] = useState<LifecycleCommand | null>(null);
  const commands = availableCommands(record, { actorId: actor.id, can }, settings, now);
  const spec = open ? ACTIONS[open] : undefined;
  const Form = spec?.form;

  // Named as the record stood when the dialog opened: a first opinion is 出具, the next ones 修改.
  const label = (command: LifecycleCommand) => commandLabel(t, command, isRevision(command, record));

  function done(command: LifecycleCommand, confirmation?: string) {
    setOpen(null);
    notifications.show({ color: 'teal', message: confirmation ?? t('flow.done', { command: label(command) }) });
  }

  return (
    <Paper withBorder p="md" component="section" aria-label={t('flow.next.title')}>
      <Stack gap="sm">
        <Alert variant="light" color={record.archived === 1 ? 'gray' : 'blue'} title={t('flow.next.title')} role="status">
          {nextStepHint(t, record, settings, now)}
        </Alert>
        {commands.length > 0 ? (
          <Group gap="xs">
            {commands.map((command) => (
              <Button key={command} size="sm" {...VARIANT[ACTIONS[command].tone]} onClick={() => setOpen(command)}>
                {label(command)}
              </Button>
            ))}
          </Group>
        ) : (
          record.archived === 0 &&
          !FINAL_STATUSES.includes(record.status) && (
            <Text size="sm" c="dimmed">
              {t('flow.next.noActions', { role: t(`role.${actor.role}`) })}
            </Text>
          )
        )}
      </Stack>
      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={open ? label(open) : ''}
        size={spec?.size ?? 'md'}
        closeOnClickOutside={false}
      >
        {open && Form && <Form key={open} record={record} onDone={(confirmation) => done(open, confirmation)} onCancel={() => setOpen(null)} />}
      </Modal>
    </Paper>
  );
}
