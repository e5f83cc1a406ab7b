import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GradingRecord, PlanRecord } from '../../../../domain/cases/case';
import { earlierReturns, returnsOf } from '../../../../domain/grading/returns';
import { byAt } from '../format';
import { NoteList } from './NoteList';

/**
 * The reason a grading or plan waits on since it was sent back, with who sent it back and when;
 * nothing once it was resubmitted. Shown on the case page and atop the dialog that revises it.
 */
export function PendingReturn({ record }: { record: GradingRecord | PlanRecord | null }) {
  const { t } = useTranslation();
  if (!record?.returnReason) return null;
  const last = returnsOf(record).at(-1);
  return (
    <Alert color="red" variant="light" title={t('flow.returned')}>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {record.returnReason}
      </Text>
      {last && (
        <Text size="xs" c="dimmed" mt={4}>
          {byAt(last.by, last.at)}
        </Text>
      )}
    </Alert>
  );
}

/**
 * Why a grading or plan was sent back: the reason it waits on, as an alert, and the returns a
 * resubmission has answered, so the approver sees what was asked before.
 */
export function Returns({ record }: { record: GradingRecord | PlanRecord }) {
  const { t } = useTranslation();
  const earlier = earlierReturns(record);
  return (
    <>
      <PendingReturn record={record} />
      <NoteList label={t('flow.earlierReturns')} notes={earlier.map((note) => ({ ...note, text: note.reason }))} />
    </>
  );
}
