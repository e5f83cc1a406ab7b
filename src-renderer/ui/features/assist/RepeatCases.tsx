import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useStoreQuery } from '../../data/hooks';
import { ContactIndexNotice, useContactIndexProgress } from './ContactIndexNotice';
import type { RepeatSummary } from '../../../store/services/assist/repeats';
import { RepeatCasesList } from './RepeatCasesList';

/**
 * 重复投诉: the customer's other complaints within the repeat window before and
 * after this one, shown only when there are any. The store sends no contacts
 * with them, so this panel tells nobody a phone number their role may not see. `action`: what the
 * case page offers beside each (并入此单).
 */
export function RepeatCases({ caseId, action }: { caseId: string; action?: (c: RepeatSummary) => ReactNode }) {
  const { t } = useTranslation();
  const { data, error } = useStoreQuery('assist.repeats', { caseId }, caseId);
  // Right after an update the lookup waits for the older cases' keys: the page says so, with the progress.
  const progress = useContactIndexProgress(!data && !error);
  if (error) return <ErrorAlert error={error} />;
  if (progress) return <ContactIndexNotice progress={progress} then="repeats" />;
  if (!data || data.earlierCount + data.laterCount === 0) return null;
  const days = data.windowDays;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="repeat-cases-title" style={{ borderColor: 'var(--mantine-color-orange-5)' }}>
      <Stack gap="sm">
        <Title order={3} size="h4" id="repeat-cases-title" c="orange.8">
          {t('similar.repeat.title')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('similar.repeat.hint', { days })}
        </Text>
        <RepeatCasesList label={t('similar.repeat.earlier', { days, count: data.earlierCount })} cases={data.earlier} total={data.earlierCount} action={action} />
        <RepeatCasesList label={t('similar.repeat.later', { days, count: data.laterCount })} cases={data.later} total={data.laterCount} action={action} />
      </Stack>
    </Paper>
  );
}
