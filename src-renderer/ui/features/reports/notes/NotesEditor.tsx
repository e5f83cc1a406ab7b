import { Alert, Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useAuth } from '../../auth/AuthGate';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_NOTE_LENGTH, monthKey, type MonthlyReport, type ReportNotes } from '../../../../domain/reports/monthly';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDateTime } from '../../../components/format';
import { useUnsavedChanges } from '../../../components/unsaved';
import { useCommandSubmit } from '../../../components/useCommandSubmit';
import { useStore } from '../../../data/hooks';
import { draftOf, sameDraft, type DraftStash, type NotesDraft } from './draft';

/**
 * 投诉分析 and 改进建议, written by the manager and saved with the month's
 * report. A store refresh never replaces what is being typed: a newer save
 * from elsewhere is taken over only while there are no unsaved changes, and
 * leaving the page with unsaved changes asks first. `locked`: the report is
 * finalised, and its notes read only until it is reopened.
 */
export function NotesEditor({ report, editable, locked = false, stash }: { report: MonthlyReport; editable: boolean; locked?: boolean; stash: DraftStash }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const store = useStore();
  const key = monthKey(report);
  const saved = report.notes;
  /** The saved notes the form started from. */
  // A draft kept from before the month was left is compared with what it was written on, not with a
  // save someone made meanwhile (taken over below only while nothing of the manager's would be lost).
  const [base, setBase] = useState<ReportNotes | null>(() => (stash.has(key) ? stash.get(key)!.base : saved));
  // The stash keeps each month's draft with the notes it was written on: the page asks before
  // leaving while any month's differs (this month's is asked below).
  const form = useForm<NotesDraft>({
    initialValues: stash.get(key)?.values ?? draftOf(saved),
    onValuesChange: (values) => stash.set(key, { values, base: stash.get(key)?.base ?? saved }),
  });
  const adopt = (notes: ReportNotes | null) => {
    setBase(notes);
    form.setValues(draftOf(notes));
    stash.set(key, { values: draftOf(notes), base: notes });
  };

  const dirty = !sameDraft(form.values, draftOf(base));
  useUnsavedChanges(() => editable && dirty);
  const incoming = saved !== null && saved.updatedAt !== base?.updatedAt ? saved : null;
  const conflict = incoming !== null && dirty && !sameDraft(form.values, draftOf(incoming));

  // Adjusted while rendering, as React advises for state that follows props: the newer save shows at once.
  // Unchanged by the manager, or changed to exactly what was saved: nothing of theirs is lost.
  if (incoming !== null && (!dirty || sameDraft(form.values, draftOf(incoming)))) adopt(incoming);

  const { submit, failure, submitting } = useCommandSubmit(form, (values: NotesDraft) =>
    store.send('reports.saveNotes', { year: report.year, month: report.month, ...values }),
  );

  const field = (name: keyof NotesDraft) => (
    <Textarea
      label={t(`reports.sections.${name}`)}
      placeholder={editable ? t(`reports.notes.${name}Hint`) : undefined}
      description={editable ? t('reports.notes.length', { count: form.values[name].length, max: MAX_NOTE_LENGTH }) : undefined}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      readOnly={!editable}
      autosize
      minRows={5}
      {...form.getInputProps(name)}
    />
  );

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="report-notes">
      <form
        noValidate
        aria-label={t('reports.notes.save')}
        onSubmit={form.onSubmit(async (values) => {
          const notes = await submit(values);
          if (!notes) return;
          adopt(notes);
          notifications.show({ color: 'teal', message: t('reports.notes.saved') });
        })}
      >
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={3} id="report-notes">
              {t('reports.notes.heading')}
            </Title>
            {editable && dirty && <Badge color="orange" variant="light">{t('reports.notes.unsaved')}</Badge>}
          </Group>
          {/* A finalised report's notes are its edition's: said as such, not as another role's to write. */}
          {!editable && <Text c="dimmed">{t(locked ? (can('reports.finalise') ? 'reports.edition.notesLocked' : 'reports.edition.notesFinal') : 'reports.notes.readOnly')}</Text>}
          {conflict && (
            <Alert color="yellow" variant="light">
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{t('reports.notes.changedElsewhere', { name: incoming.updatedBy.name, at: formatDateTime(incoming.updatedAt) })}</Text>
                <Button size="xs" variant="default" onClick={() => adopt(incoming)}>
                  {t('reports.notes.loadLatest')}
                </Button>
              </Stack>
            </Alert>
          )}
          <ErrorAlert error={failure} />
          {field('analysis')}
          {field('recommendations')}
          <Group justify="space-between">
            <Text size="sm" c="dimmed" data-testid="notes-saved">
              {base ? t('reports.notes.savedBy', { name: base.updatedBy.name, at: formatDateTime(base.updatedAt) }) : t('reports.notes.neverSaved')}
            </Text>
            {editable && (
              <Button type="submit" loading={submitting}>
                {t('reports.notes.save')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
