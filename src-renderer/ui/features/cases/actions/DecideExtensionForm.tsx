import { Button, Group, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDateTime } from '../../../components/format';
import { useCommandSubmit } from '../../../components/useCommandSubmit';
import { useStore } from '../../../data/hooks';
import { Field } from '../Field';
import { byAt } from '../format';
import type { ActionProps } from './types';

/**
 * 审批延期: the pending request in full, a note, and the two answers. A rejection needs its
 * reason (the store host refuses one without, onto the note field); the confirmation says
 * which answer was given.
 */
export function DecideExtensionForm({ record, onDone, onCancel }: ActionProps) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm({ initialValues: { note: '', approve: true } });
  const request = record.extensions.find((e) => e.decision === 'pending');
  const { submit, failure, submitting } = useCommandSubmit(form, (values) =>
    store.send('progress.decideExtension', { caseId: record.id, requestId: request?.id ?? '', approve: values.approve, note: values.note }),
  );
  async function decide(approve: boolean) {
    if (!(await submit({ ...form.getValues(), approve }))) return;
    onDone(approve ? t('flow.extension.approvedDone', { dueAt: request ? formatDateTime(request.toDueAt) : '' }) : t('flow.extension.rejectedDone'));
  }
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('flow.help.progress.decideExtension')}
      </Text>
      {request && (
        <SimpleGrid cols={2}>
          <Field label={t('flow.extension.fromDueAt')}>{formatDateTime(request.fromDueAt)}</Field>
          <Field label={t('flow.extension.toDueAt')}>{formatDateTime(request.toDueAt)}</Field>
          <Field label={t('flow.extension.reason')}>{request.reason}</Field>
          <Field label={t('flow.extension.requestedBy')}>{byAt(request.requestedBy, request.requestedAt)}</Field>
        </SimpleGrid>
      )}
      <Textarea
        label={t('flow.form.decisionNote')}
        description={t('flow.extension.noteHelp')}
        autosize
        minRows={2}
        data-autofocus
        {...form.getInputProps('note')}
      />
      <ErrorAlert error={failure} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} disabled={submitting}>
          {t('flow.form.cancel')}
        </Button>
        <Button color="red" variant="light" loading={submitting} onClick={() => void decide(false)}>
          {t('flow.extension.reject')}
        </Button>
        <Button loading={submitting} onClick={() => void decide(true)}>
          {t('flow.extension.approve')}
        </Button>
      </Group>
    </Stack>
  );
}
