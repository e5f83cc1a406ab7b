import { Alert, Button, Group, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDateTime } from '../../../components/format';
import { useCommandSubmit } from '../../../components/useCommandSubmit';
import { useDialogGuard } from './dialogGuard';
import { useNow, useStore, useStoreQuery } from '../../../data/hooks';
import { createCalendar } from '../../../../domain/clocks/calendar';
import { extendClock } from '../../../../domain/clocks/clock';
import { Field } from '../Field';
import { byAt, formatDuration } from '../format';
import type { ActionProps } from './types';

/** What the dialog says of a request decided (or withdrawn with its case) in another window meanwhile. */
const DECIDED_ELSEWHERE = {
  pending: 'flow.extension.rejectedElsewhere',
  approved: 'flow.extension.approvedElsewhere',
  rejected: 'flow.extension.rejectedElsewhere',
  withdrawn: 'flow.extension.withdrawnElsewhere',
} as const;

/**
 * 审批延期: the pending request in full, a note, and the two answers. A rejection needs its
 * reason (the store host refuses one without, onto the note field); the confirmation says
 * which answer was given. When the deadline moved after the request (a pause while it waited),
 * the current one is shown too, and a running one already at or past the requested date is
 * said to stay: an approval never shortens it.
 */
export function DecideExtensionForm({ record, onDone, onCancel }: ActionProps) {
  const { t } = useTranslation();
  const store = useStore();
  const settings = useStoreQuery('settings.get', {}, 'settings').data;
  const now = useNow();
  const form = useForm({ initialValues: { note: '', approve: true } });
  // The request the dialog opened on, kept when another window decides it meanwhile: the dialog then
  // says who did, rather than losing the request and sending a decision on nothing.
  const [requestId] = useState(() => record.extensions.find((e) => e.decision === 'pending')?.id);
  const request = record.extensions.find((e) => e.id === requestId);
  const decidedElsewhere = request && request.decision !== 'pending' ? request : undefined;
  const clock = record.clocks.resolution;
  const moved = request && clock && clock.dueAt !== request.fromDueAt;
  // Whether approving would move the deadline at all, as the store host works it out (extendClock).
  const noGain = !!request && !decidedElsewhere && !!clock && !!settings && extendClock(clock, request.toDueAt, now, createCalendar(settings.calendar)) === clock;
  const { submit, failure, submitting } = useCommandSubmit(form, (values) =>
    store.send('progress.decideExtension', { caseId: record.id, requestId: requestId ?? '', approve: values.approve, note: values.note }),
  );
  // Decided elsewhere, nothing here can be sent: a note typed before is no unsaved work to ask about.
  useDialogGuard(() => !decidedElsewhere && form.isDirty(), submitting);
  const cancelRef = useRef<HTMLButtonElement>(null);
  // The note field (which had focus) goes when another window decides: focus to 取消, not to the page behind.
  useEffect(() => {
    if (decidedElsewhere && formRef.current?.contains(document.activeElement) !== true) cancelRef.current?.focus();
  }, [decidedElsewhere]);
  const formRef = useRef<HTMLFormElement>(null);
  async function decide(approve: boolean) {
    const decided = await submit({ ...form.getValues(), approve }, formRef.current);
    if (!decided) return;
    if (!approve) return onDone(t('flow.extension.rejectedDone'));
    const after = decided.clocks.resolution;
    const dueAt = after?.dueAt ?? request?.toDueAt;
    if (dueAt === request?.toDueAt) return onDone(t('flow.extension.approvedDone', { dueAt: dueAt === undefined ? '' : formatDateTime(dueAt) }));
    // Left as it was: a paused clock has more time left than the requested date leaves; a running one is already past it.
    onDone(after?.state === 'paused' ? t('flow.extension.approvedKeptPaused') : t('flow.extension.approvedNoChange', { dueAt: dueAt === undefined ? '' : formatDateTime(dueAt) }));
  }
  // A form, so a refusal moves focus to its field or message as in the other dialogs; it has two
  // answers and no default one, so Enter and Ctrl+Enter send neither.
  return (
    <form ref={formRef} onSubmit={(event) => event.preventDefault()} noValidate>
      <Stack gap="md">
        {!decidedElsewhere && (
          <Text size="sm" c="dimmed">
            {t('flow.help.progress.decideExtension')}
          </Text>
        )}
        {request && (
          <SimpleGrid cols={2}>
            <Field label={t('flow.extension.fromDueAt')}>{formatDateTime(request.fromDueAt)}</Field>
            <Field label={t('flow.extension.toDueAt')}>{formatDateTime(request.toDueAt)}</Field>
            <Field label={t('flow.extension.reason')}>{request.reason}</Field>
            <Field label={t('flow.extension.requestedBy')}>{byAt(request.requestedBy, request.requestedAt)}</Field>
            {moved && <Field label={t('flow.extension.currentDueAt')}>{formatDateTime(clock.dueAt)}</Field>}
          </SimpleGrid>
        )}
        {decidedElsewhere && (
          <Alert color="blue" variant="light" role="status">
            {t(DECIDED_ELSEWHERE[decidedElsewhere.decision], {
              byAt: byAt(decidedElsewhere.decidedBy, decidedElsewhere.decidedAt),
            })}
          </Alert>
        )}
        {noGain && clock && (
          <Alert color="yellow" variant="light">
            {clock.state === 'paused'
              ? t('flow.extension.noGainPaused', { left: formatDuration(t, clock.budgetMs - clock.consumedMs) })
              : t('flow.extension.noGain', { dueAt: formatDateTime(clock.dueAt) })}
          </Alert>
        )}
        {!decidedElsewhere && (
          <Textarea
            label={t('flow.form.decisionNote')}
            description={t('flow.extension.noteHelp')}
            autosize
            minRows={2}
            data-autofocus
            {...form.getInputProps('note')}
          />
        )}
        <ErrorAlert error={failure} />
        <Group justify="flex-end">
          <Button ref={cancelRef} variant="default" onClick={onCancel} disabled={submitting}>
            {t('flow.form.cancel')}
          </Button>
          {!decidedElsewhere && (
            <>
              <Button color="red" variant="light" loading={submitting} onClick={() => void decide(false)}>
                {t('flow.extension.reject')}
              </Button>
              <Button loading={submitting} onClick={() => void decide(true)}>
                {t('flow.extension.approve')}
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </form>
  );
}
