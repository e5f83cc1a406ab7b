import { Anchor, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SimilarCase } from '../../../domain/assist/similar';
import { SeverityBadge } from '../../components/SeverityBadge';
import { categoryText, formatDay, grantedText } from './similarCasesFormat';
import { SimilarCasesSatisfied } from './SimilarCasesSatisfied';

/** One similar closed case: how close, what it was, how it was resolved and whether the customer was satisfied. */
export function SimilarCasesItem({ item }: { item: SimilarCase }) {
  const { t } = useTranslation();
  const percent = Math.round(item.score * 100);
  const compensation = grantedText(t, item.compensation);
  const category = categoryText(t, item.category, item.subCategory);
  return (
    <Paper withBorder p="xs" component="li" data-testid="similar-case" style={{ listStyle: 'none' }}>
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Anchor href={`#/cases/${item.id}`} fw={600} size="sm">
            {item.no}
          </Anchor>
          <SimilarCasesSatisfied satisfied={item.satisfied} />
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Progress value={percent} size="sm" style={{ flex: 1 }} aria-label={t('similar.scoreLabel')} />
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('similar.score', { percent })}
          </Text>
        </Group>
        <Group gap="xs">
          <SeverityBadge severity={item.severity} />
          {category && <Text size="xs">{category}</Text>}
        </Group>
        {/* What the customer said, so the agent sees what the case was about without opening it. */}
        {item.excerpt && (
          <Text size="xs" c="dimmed" lineClamp={2} data-testid="similar-excerpt">
            {t('similar.excerpt', { text: item.excerpt })}
          </Text>
        )}
        {/* Clamped: the whole text is a click away on the case itself, and in the tooltip. */}
        <Text size="sm" lineClamp={3} title={item.resolution || undefined} c={item.resolution ? undefined : 'dimmed'}>
          {item.resolution || t('similar.noResolution')}
        </Text>
        <Group gap="xs" justify="space-between">
          {compensation && <Text size="xs">{t('similar.compensation', { value: compensation })}</Text>}
          {item.closedAt !== null && (
            <Text size="xs" c="dimmed">
              {t('similar.closedAt', { date: formatDay(item.closedAt) })}
            </Text>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
