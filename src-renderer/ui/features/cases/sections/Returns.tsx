import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GradingRecord, PlanRecord } from '../../../../domain/cases/case';
import { earlierReturns, returnsOf } from '../../../../domain/grading/returns';
import { Field } from '../Field';
import { byAt } from '../format';

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
      {earlier.length > 0 && (
        <Field label={t('flow.earlierReturns')}>
          <List type="ordered" size="sm" spacing={2}>
            {earlier.map((note) => (
              <List.Item key={note.at}>
                {note.reason}
                <Text span size="xs" c="dimmed">
                  {t('flow.returnedByAt', { byAt: byAt(note.by, note.at) })}
                </Text>
              </List.Item>
            ))}
          </List>
        </Field>
      )}
    </>
  );
}
