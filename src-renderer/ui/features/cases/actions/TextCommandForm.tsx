import { Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../../domain/cases/case';
import type { StoreClient } from '../../../data/store-client';
import { useStore } from '../../../data/hooks';
import { CommandForm } from './CommandForm';
import { commandHelp, commandLabel, isRevision } from './labels';
import type { ActionProps } from './types';

interface TextCommand {
  /** The input field of the command's schema, so the store host's field error lands on it. */
  field: string;
  required: boolean;
  send(store: StoreClient, caseId: string, text: string): Promise<unknown>;
  /** The text a revision starts from (what was given before), '' for none. */
  current?(record: CaseRecord): string;
}

/** Commands whose only input is one text: a note, a reason, an opinion. */
export const TEXT_COMMANDS = {
  'screening.accept': { field: 'note', required: false, send: (s, caseId, note) => s.send('screening.accept', { caseId, note }) },
  'screening.requestInfo': { field: 'missing', required: true, send: (s, caseId, missing) => s.send('screening.requestInfo', { caseId, missing }) },
  'screening.infoReceived': { field: 'note', required: false, send: (s, caseId, note) => s.send('screening.infoReceived', { caseId, note }) },
  'verification.complete': {
    field: 'conclusion',
    required: true,
    send: (s, caseId, conclusion) => s.send('verification.complete', { caseId, conclusion }),
  },
  'grading.return': { field: 'reason', required: true, send: (s, caseId, reason) => s.send('grading.return', { caseId, reason }) },
  'plans.legalReview': {
    field: 'opinion',
    required: true,
    send: (s, caseId, opinion) => s.send('plans.legalReview', { caseId, opinion }),
    current: (record) => record.plan?.legalOpinion?.text ?? '',
  },
  'plans.return': { field: 'reason', required: true, send: (s, caseId, reason) => s.send('plans.return', { caseId, reason }) },
  'progress.add': { field: 'text', required: true, send: (s, caseId, text) => s.send('progress.add', { caseId, text }) },
  'progress.pause': { field: 'reason', required: true, send: (s, caseId, reason) => s.send('progress.pause', { caseId, reason }) },
  'progress.resume': { field: 'note', required: false, send: (s, caseId, note) => s.send('progress.resume', { caseId, note }) },
  'progress.complete': { field: 'summary', required: true, send: (s, caseId, summary) => s.send('progress.complete', { caseId, summary }) },
  'feedback.qualityReturn': { field: 'reason', required: true, send: (s, caseId, reason) => s.send('feedback.qualityReturn', { caseId, reason }) },
} satisfies Record<string, TextCommand>;

export type TextCommandName = keyof typeof TEXT_COMMANDS;

/**
 * One dialog for every one-text command; label and help say what the text is for. A revision
 * starts from the text on record and cannot be sent unchanged.
 */
export function TextCommandForm({ command, record, onDone, onCancel }: ActionProps & { command: TextCommandName }) {
  const { t } = useTranslation();
  const store = useStore();
  const spec: TextCommand = TEXT_COMMANDS[command];
  const current = spec.current?.(record) ?? '';
  const revision = isRevision(command, record);
  const form = useForm<Record<string, string>>({ initialValues: { [spec.field]: current } });
  const unchanged = revision && (form.values[spec.field] ?? '').trim() === current.trim();
  return (
    <CommandForm
      form={form}
      run={(values) => spec.send(store, record.id, values[spec.field] ?? '')}
      onDone={onDone}
      onCancel={onCancel}
      help={commandHelp(t, command, revision)}
      submitLabel={commandLabel(t, command, revision)}
      disabled={unchanged}
    >
      <Textarea
        label={t(`flow.text.${command}`)}
        withAsterisk={spec.required}
        autosize
        minRows={3}
        maxRows={12}
        data-autofocus
        {...form.getInputProps(spec.field)}
      />
    </CommandForm>
  );
}
