import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChartCard } from './ChartCard';
import { CATEGORY_COLOR } from './colors';
import { DrillButton } from './DrillButton';
import type { CardProps } from './types';

/** 本期前五大问题: the most frequent graded category and sub-category pairs, each opening its cases. */
export function TopIssuesCard({ figures, format }: Omit<CardProps, 'bucketLabels'>) {
  const { t } = useTranslation();
  const issues = figures?.topIssues ?? [];
  return (
    <ChartCard title={t('dashboard.topIssues.title')} loading={!figures} empty={issues.length === 0} height={200}>
      <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {issues.map((issue, index) => {
          const sub = issue.subCategory === '' ? t('dashboard.categories.noSub') : issue.subCategory;
          const what = `${t(`category.${issue.category}`)} · ${sub}`;
          return (
            <Group key={`${issue.category}:${issue.subCategory}`} component="li" justify="space-between" wrap="nowrap" gap="sm">
              <Group gap="xs" wrap="nowrap">
                <Badge variant="light" color="gray" circle aria-label={t('dashboard.topIssues.rank', { rank: index + 1 })}>
                  {index + 1}
                </Badge>
                <Badge variant="dot" color={CATEGORY_COLOR[issue.category]} tt="none">
                  {t(`category.${issue.category}`)}
                </Badge>
                <Text size="sm">{sub}</Text>
              </Group>
              <Text fw={600}>
                <DrillButton drill={{ kind: 'category', category: issue.category, subCategory: issue.subCategory }} what={what} count={issue.count}>
                  {format.count(issue.count)}
                </DrillButton>
              </Text>
            </Group>
          );
        })}
      </Stack>
    </ChartCard>
  );
}
