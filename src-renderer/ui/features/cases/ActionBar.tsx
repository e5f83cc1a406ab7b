import { Alert, Anchor, Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../domain/cases/case';
import { FINAL_STATUSES, type LifecycleCommand } from '../../../domain/lifecycle/machine';
import type { OwnerStanding } from '../../../domain/tracking/row';
import type { Settings } from '../../../domain/settings/settings';
import { useNow } from '../../data/hooks';
import { LeaveDialog, UnsavedChangesProvider, useNestedUnsavedChanges } from '../../components/unsaved';
import { useAuth } from '../auth/AuthGate';
import { availableCommands } from './actions/availability';
import { DialogSendingContext, type DialogSending } from './actions/dialogGuard';
import { commandLabel, isRevision } from './actions/labels';
import { ACTIONS, type Tone } from './actions/registry';
import { nextStepHint } from './nextStep';

const VARIANT: Record<Tone, { variant: string; color?: string }> = {
  forward: { variant: 'filled' },
  record: { variant: 'light' },
  back: { variant: 'light', color: 'red' },
};

/** A dialog saved: focus is ours to place until the case re-read shows whether its button is still there. */
interface Settling {
  command: LifecycleCommand;
  /** The case's `updatedAt` when the dialog opened: a later one is the re-read after the save. */
  openedAt: number;
  /** Whether the dialog's closing was handled already. */
  closed: boolean;
}

/**
 * 下一步: who acts next, and the buttons this user has on this case now.
 * Each button opens its dialog; after a committed command the page re-reads
 * the case by itself.
 *
 * Focus: a dialog cancelled gives it back to its button (Mantine). A dialog saved gives it back to
 * its button as long as the button is there; a step that moves the case on takes its button away
 * (now or when the re-read arrives), and focus then goes to the first action now offered or, with
 * none, to the 下一步 line saying who acts — never to the top of the page.
 */
export function ActionBar({
  record,
  settings,
  planOwnerStanding,
}: {
  record: CaseRecord;
  settings: Settings | undefined;
  planOwnerStanding?: OwnerStanding;
}) {
  const { t } = useTranslation();
  const duplicateOf = record.status === 'terminated' ? record.termination?.duplicateOf : undefined;
  const { actor, can } = useAuth();
  const now = useNow();
  const [open, setOpen] = useState<LifecycleCommand | null>(null);
  // What the open dialog's form holds: Esc, its ✕ or 取消 ask before throwing typed text away.
  const dialogEdits = useNestedUnsavedChanges();
  const sending = useRef(false);
  // Shown: the ✕ is greyed while the command is on its way (it does nothing then).
  const [sendingShown, setSendingShown] = useState(false);
  const dialogSending = useMemo<DialogSending>(
    () => ({
      changed(now: boolean) {
        // Read at once by an Esc in the same moment; shown on the next render.
        sending.current = now;
        setSendingShown(now);
      },
    }),
    [],
  );
  const [askDiscard, setAskDiscard] = useState(false);
  const close = () => {
    // The command is on its way: the dialog closes by itself when it is done, or shows the refusal.
    if (sending.current) return;
    if (dialogEdits.any()) setAskDiscard(true);
    else setOpen(null);
  };
  // Mantine gives focus back on a cancel; after a save we do (the button may be gone).
  const [saved, setSaved] = useState(false);
  const actionsRef = useRef<HTMLDivElement>(null);
  const hintRef = useRef<HTMLDivElement>(null);
  const openedAt = useRef(record.updatedAt);
  const settling = useRef<Settling | null>(null);
  const commands = availableCommands(record, { actorId: actor.id, role: actor.role, department: actor.department, can }, settings, now);
  const spec = open ? ACTIONS[open] : undefined;
  const Form = spec?.form;

  // Named as the record stood when the dialog opened: a first opinion is 出具, the next ones 修改.
  const label = (command: LifecycleCommand) => commandLabel(t, command, isRevision(command, record));

  function start(command: LifecycleCommand) {
    openedAt.current = record.updatedAt;
    settling.current = null;
    setSaved(false);
    setOpen(command);
  }

  function done(command: LifecycleCommand, confirmation?: string) {
    settling.current = { command, openedAt: openedAt.current, closed: false };
    setSaved(true);
    setOpen(null);
    notifications.show({ color: 'teal', message: confirmation ?? t('flow.done', { command: label(command) }) });
  }

  // After every render while a save settles (no state is set here, only focus moved).
  useEffect(() => {
    const pending = settling.current;
    if (!pending || open !== null) return;
    const closing = !pending.closed;
    pending.closed = true;
    const opener = actionsRef.current?.querySelector<HTMLElement>(`[data-command="${pending.command}"]`) ?? null;
    const active = document.activeElement;
    if (opener) {
      // Still offered (a record kept, or the re-read not in yet): back to it, as after a cancel.
      if (closing) opener.focus();
      // Settled once the case was re-read with it still there, or the user went elsewhere.
      else if (active !== opener || record.updatedAt !== pending.openedAt) settling.current = null;
      return;
    }
    settling.current = null;
    // Focus is in the closing dialog, or on the page's body since the button went: never left there.
    if (closing || active === null || active === document.body) {
      const next = actionsRef.current?.querySelector<HTMLElement>('[data-command]') ?? hintRef.current;
      next?.focus();
    }
  });

  return (
    <Paper withBorder p="md" component="section" aria-label={t('flow.next.title')}>
      <Stack gap="sm">
        {/* Focusable from script only: where focus goes when a step leaves this user nothing to do. */}
        <Alert ref={hintRef} tabIndex={-1} variant="light" color={record.archived === 1 ? 'gray' : 'blue'} title={t('flow.next.title')} role="status">
          {nextStepHint(t, record, settings, now)}
          {duplicateOf && (
            <Anchor href={`#/cases/${duplicateOf.id}`} fw={600} ml="xs">
              {t('flow.next.openMerged', { no: duplicateOf.no })}
            </Anchor>
          )}
        </Alert>
        {commands.length > 0 ? (
          <Group gap="xs" ref={actionsRef}>
            {commands.map((command) => (
              <Button key={command} size="sm" {...VARIANT[ACTIONS[command].tone]} data-command={command} onClick={() => start(command)}>
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
        onClose={close}
        title={open ? label(open) : ''}
        size={spec?.size ?? 'md'}
        closeOnClickOutside={false}
        // The whole prop replaces the theme's (its name, app.controls.close), so the name is given again.
        closeButtonProps={{ 'aria-label': t('app.controls.close'), disabled: sendingShown }}
        returnFocus={!saved}
      >
        <UnsavedChangesProvider value={dialogEdits}>
          <DialogSendingContext.Provider value={dialogSending}>
            {open && Form && <Form key={open} record={record} planOwnerStanding={planOwnerStanding} onDone={(confirmation) => done(open, confirmation)} onCancel={close} />}
          </DialogSendingContext.Provider>
        </UnsavedChangesProvider>
      </Modal>
      <LeaveDialog
        opened={askDiscard}
        onStay={() => setAskDiscard(false)}
        onLeave={() => {
          setAskDiscard(false);
          setOpen(null);
        }}
        message={t('flow.form.discardMessage')}
        leaveLabel={t('flow.form.discardLeave')}
      />
    </Paper>
  );
}
