import { Alert, Select, Stack, Text, Textarea } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../../domain/cases/case';
import { createCalendar } from '../../../../domain/clocks/calendar';
import { defaultReplyBy, mayAnswer, mayWithdraw, openRequests, type VerificationRequest } from '../../../../domain/verification/requests';
import { formatDateTime } from '../../../components/format';
import { useStore, useStoreQuery } from '../../../data/hooks';
import { useAuth } from '../../auth/AuthGate';
import { CommandForm } from './CommandForm';
import { deadlineTimeOfDay, pickerEarliestDay, pickerValue, toInstant } from './dates';
import { TextCommandForm } from './TextCommandForm';
import type { ActionProps } from './types';

/**
 * 发起核实请求: a department of the desk, the question, and by when to reply — filled in with the
 * default (the running 核实 deadline, else one working day) once the calendar is read.
 */
export function RequestCheckForm({ record, onDone, onCancel }: ActionProps) {
  const { t } = useTranslation();
  const store = useStore();
  const settings = useStoreQuery('settings.get', {}, 'settings').data;
  const form = useForm({ initialValues: { department: '', question: '', replyBy: '' } });
  useEffect(() => {
    if (!settings) return;
    // The default is where the form starts: leaving it is no unsaved change.
    form.initialize({ ...form.getValues(), replyBy: pickerValue(defaultReplyBy(record, createCalendar(settings.calendar), Date.now())) });
    // Once, when the settings arrive (`initialize` does nothing after the first call).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settings]);
  return (
    <CommandForm
      form={form}
      run={(values) =>
        store.send('verification.requestCheck', {
          caseId: record.id,
          department: values.department,
          question: values.question,
          // Cleared: the store host gives the default.
          ...(values.replyBy ? { replyBy: toInstant(values.replyBy) } : {}),
        })
      }
      onDone={onDone}
      onCancel={onCancel}
      help={t('flow.help.verification.requestCheck')}
      submitLabel={t('flow.command.verification.requestCheck')}
    >
      <Select
        label={t('verificationRequest.form.department')}
        withAsterisk
        searchable
        data={settings?.departments ?? []}
        data-autofocus
        {...form.getInputProps('department')}
      />
      <Textarea label={t('verificationRequest.form.question')} withAsterisk autosize minRows={3} {...form.getInputProps('question')} />
      <DateTimePicker
        label={t('verificationRequest.form.replyBy')}
        description={t('verificationRequest.form.replyByHint')}
        valueFormat="YYYY-MM-DD HH:mm"
        minDate={pickerEarliestDay()}
        defaultTimeValue={deadlineTimeOfDay(settings)}
        clearable
        {...form.getInputProps('replyBy')}
        onChange={(value) => form.setFieldValue('replyBy', value ?? '')}
      />
    </CommandForm>
  );
}

/** Which of several open requests the dialog acts on: a choice when there are several, the only one otherwise. */
function RequestChoice({ requests, value, onChange, error }: { requests: VerificationRequest[]; value: string; onChange(id: string): void; error?: ReactNode }) {
  const { t } = useTranslation();
  const chosen = requests.find((request) => request.id === value);
  return (
    <Stack gap={4}>
      {requests.length > 1 && (
        <Select
          label={t('verificationRequest.form.request')}
          withAsterisk
          data-autofocus
          data={requests.map((request) => ({
            value: request.id,
            label: t('verificationRequest.form.requestOption', { department: request.department, question: request.question.slice(0, 40) }),
          }))}
          value={value || null}
          onChange={(id) => onChange(id ?? '')}
          error={error}
        />
      )}
      {chosen && (
        <Alert variant="light" color="blue" title={chosen.department}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {chosen.question}
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            {t('verificationRequest.form.asked', { name: chosen.askedBy.name, at: formatDateTime(chosen.askedAt), replyBy: formatDateTime(chosen.replyBy) })}
          </Text>
        </Alert>
      )}
      {requests.length === 1 && error && (
        <Text size="sm" c="red" component="div">
          {error}
        </Text>
      )}
    </Stack>
  );
}

/** The open requests this user may act on, and the one preselected (the earliest due, which the queue lists first). */
function useEligible(record: ActionProps['record'], rule: typeof mayAnswer): VerificationRequest[] {
  const { actor } = useAuth();
  return openRequests(record)
    .filter((request) => rule(actor, request, record))
    .sort((a, b) => a.replyBy - b.replyBy);
}

/**
 * 回复核实: what the department checked and found, recorded in the department's name (from the
 * request, not typed) as an internal check, which closes the request.
 */
export function AnswerRequestForm({ record, onDone, onCancel }: ActionProps) {
  const { t } = useTranslation();
  const store = useStore();
  const eligible = useEligible(record, mayAnswer);
  const form = useForm({ initialValues: { requestId: eligible[0]?.id ?? '', checked: '', finding: '' } });
  const chosen = eligible.find((request) => request.id === form.values.requestId);
  return (
    <CommandForm
      form={form}
      run={(values) => store.send('verification.answerRequest', { caseId: record.id, ...values })}
      onDone={onDone}
      onCancel={onCancel}
      help={t('flow.help.verification.answerRequest')}
      submitLabel={t('flow.command.verification.answerRequest')}
    >
      {eligible.length === 0 && <Alert color="yellow">{t('verificationRequest.form.noneToAnswer')}</Alert>}
      <RequestChoice
        requests={eligible}
        value={form.values.requestId}
        onChange={(id) => form.setFieldValue('requestId', id)}
        error={form.errors.requestId}
      />
      {chosen && (
        <Text size="sm" c="dimmed">
          {t('verificationRequest.form.recordedAs', { department: chosen.department })}
        </Text>
      )}
      <Textarea label={t('flow.form.checked')} withAsterisk autosize minRows={2} data-autofocus={eligible.length <= 1 || undefined} {...form.getInputProps('checked')} />
      <Textarea label={t('flow.form.finding')} withAsterisk autosize minRows={2} {...form.getInputProps('finding')} />
    </CommandForm>
  );
}

/** 撤回核实请求: by whoever asked, the case's owner or a supervisor (`mayWithdraw`), with the reason. */
export function WithdrawRequestForm({ record, onDone, onCancel }: ActionProps) {
  const { t } = useTranslation();
  const store = useStore();
  const eligible = useEligible(record, mayWithdraw);
  const form = useForm({ initialValues: { requestId: eligible[0]?.id ?? '', reason: '' } });
  return (
    <CommandForm
      form={form}
      run={(values) => store.send('verification.withdrawRequest', { caseId: record.id, ...values })}
      onDone={onDone}
      onCancel={onCancel}
      help={t('flow.help.verification.withdrawRequest')}
      submitLabel={t('flow.command.verification.withdrawRequest')}
      submitColor="red"
    >
      {eligible.length === 0 && <Alert color="yellow">{t('verificationRequest.form.noneToWithdraw')}</Alert>}
      <RequestChoice
        requests={eligible}
        value={form.values.requestId}
        onChange={(id) => form.setFieldValue('requestId', id)}
        error={form.errors.requestId}
      />
      <Textarea label={t('verificationRequest.form.reason')} withAsterisk autosize minRows={2} data-autofocus={eligible.length <= 1 || undefined} {...form.getInputProps('reason')} />
    </CommandForm>
  );
}

/** What ends 核实 with 核实请求 still open, withdrawing them as of then (the store host does). */
export type OpenRequestsEnding = 'completion' | 'termination' | 'merge';

/**
 * The warning before 完成核实, 终止处理 or 并入此单 (a termination too) on a case with 核实请求 still
 * unanswered: how many, to which departments, and that going on withdraws them. One text for all
 * three, the step named; nothing when none is open. `no`: the case merged, named in its ending.
 */
export function OpenRequestsWarning({ record, ending, no }: { record: Pick<CaseRecord, 'verificationRequests'> | undefined; ending: OpenRequestsEnding; no?: string }) {
  const { t } = useTranslation();
  const open = record ? openRequests(record) : [];
  if (open.length === 0) return null;
  const departments = [...new Set(open.map((request) => request.department))].join(t('flow.listSeparator'));
  return (
    <Alert color="orange" variant="light" role="alert">
      {t('verificationRequest.openWarning', { count: open.length, departments, ending: t(`verificationRequest.endings.${ending}`, { no }) })}
    </Alert>
  );
}

/** 完成核实: the conclusion, and first the warning naming the requests still unanswered. */
export function CompleteVerificationForm(props: ActionProps) {
  return (
    <Stack gap="md">
      <OpenRequestsWarning record={props.record} ending="completion" />
      <TextCommandForm command="verification.complete" {...props} />
    </Stack>
  );
}
