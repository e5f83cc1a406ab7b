import { Anchor, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepeatSummary } from '../../../store/services/assist/repeats';
import { categoryText, formatDay } from './similarCasesFormat';
import { SimilarCasesSatisfied } from './SimilarCasesSatisfied';

/** One side of the repeat panel (before or after this case): each case with its number, state and outcome, and `action` beside it. */
export function RepeatCasesList({ label, cases, total, action }: { label: string; cases: RepeatSummary[]; total: number; action?: (c: RepeatSummary) => ReactNode }) {
  const { t } = useTranslation();
  if (total === 0) return null;
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Stack component="ul" gap={6} p={0} m={0} aria-label={label}>
        {cases.map((c) => {
          const category = categoryText(t, c.category, c.subCategory);
          return (
            <Stack key={c.id} component="li" gap={2} data-testid="repeat-case" style={{ listStyle: 'none' }}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Anchor href={`#/cases/${c.id}`} fw={600} size="sm">
                  {c.no}
                </Anchor>
                {c.status === 'closed' && <SimilarCasesSatisfied satisfied={c.satisfied} />}
                {action?.(c)}
              </Group>
              <Text size="xs" c="dimmed">
                {[t('similar.repeat.receivedAt', { date: formatDay(c.receivedAt) }), t(`status.${c.status}`), category].filter(Boolean).join(' · ')}
              </Text>
            </Stack>
          );
        })}
      </Stack>
      {total > cases.length && (
        <Text size="xs" c="dimmed">
          {t('similar.repeat.more', { count: total - cases.length })}
        </Text>
      )}
    </Stack>
  );
}
