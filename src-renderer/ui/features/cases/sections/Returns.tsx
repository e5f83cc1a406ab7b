import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GradingRecord, PlanRecord } from '../../../../domain/cases/case';
import { earlierReturns, returnsOf } from '../../../../domain/grading/returns';
import { Field } from '../Field';
import { byAt } from '../format';

/**
 * Why a grading or plan was sent back: the reason it waits on, as an alert, and the returns a
 * resubmission has answered, so the approver sees what was asked before.
 */
export function Returns({ record }: { record: GradingRecord | PlanRecord }) {
  const { t } = useTranslation();
  const last = returnsOf(record).at(-1);
  const earlier = earlierReturns(record);
  return (
    <>
      {record.returnReason && (
        <Alert color="red" variant="light" title={t('flow.returned')}>
          {record.returnReason}
          {last && (
            <Text size="xs" c="dimmed" mt={4}>
              {byAt(last.by, last.at)}
            </Text>
          )}
        </Alert>
      )}
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
