import { LineChart } from '@mantine/charts';
import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SURVEY_DIMENSIONS } from '../../../domain/cases/vocabulary';
import type { SurveyFigures } from '../../../domain/dashboard/figures';
import { BucketTable, type BucketColumn } from './BucketTable';
import { ChartCard } from './ChartCard';
import { ChartFigure } from './ChartFigure';
import { DIMENSION_COLOR } from './colors';
import { DrillButton } from './DrillButton';
import type { CardProps } from './types';
import { useDrill } from './useDrill';

const KEYS = [...SURVEY_DIMENSIONS, 'overall'] as const;
type Key = (typeof KEYS)[number];

const scoreOf = (figures: SurveyFigures | undefined, key: Key) => (key === 'overall' ? figures?.overall : figures?.averages[key]) ?? null;
const rounded = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

/** 满意度: the average of each survey dimension and overall, per bucket and for the period; a point opens the surveys taken then. */
export function SatisfactionCard({ figures, bucketLabels, format }: CardProps) {
  const { t } = useTranslation();
  const open = useDrill();
  const label = (key: Key) => (key === 'overall' ? t('dashboard.satisfaction.overall') : t(`flow.survey.${key}`));
  const buckets = figures?.satisfaction.byBucket ?? [];
  const data = bucketLabels.map((bucket, index) => ({ bucket, ...Object.fromEntries(KEYS.map((key) => [key, rounded(scoreOf(buckets[index], key))])) }));
  const columns: BucketColumn[] = [
    {
      key: 'count',
      label: t('dashboard.satisfaction.surveys'),
      cell: (bucket) => {
        const count = buckets[bucket]?.count ?? 0;
        return { text: format.count(count), count, drill: { kind: 'surveyed', bucket } };
      },
    },
    ...KEYS.map((key) => ({ key, label: label(key), cell: (bucket: number) => ({ text: format.score(scoreOf(buckets[bucket], key)), count: 0, drill: null }) })),
  ];
  const count = figures?.satisfaction.count ?? 0;
  const title = t('dashboard.satisfaction.title');
  return (
    <ChartCard title={title} loading={!figures} empty={count === 0} table={<BucketTable caption={title} buckets={bucketLabels} columns={columns} />}>
      <Stack gap="xs">
        <Group gap="lg" wrap="wrap" role="list" aria-label={t('dashboard.satisfaction.average')}>
          {KEYS.map((key) => (
            <Stack key={key} gap={0} role="listitem">
              <Text size="xs" c="dimmed">
                {label(key)}
              </Text>
              <Text fw={key === 'overall' ? 700 : 600}>{format.score(scoreOf(figures?.satisfaction, key))}</Text>
            </Stack>
          ))}
          <Stack gap={0} role="listitem">
            <Text size="xs" c="dimmed">
              {t('dashboard.satisfaction.surveys')}
            </Text>
            <Text fw={600}>
              <DrillButton drill={{ kind: 'surveyed' }} what={t('dashboard.satisfaction.surveys')} count={count}>
                {format.count(count)}
              </DrillButton>
            </Text>
          </Stack>
          {/* Surveys without a score count as surveys, in no average. */}
          {(figures?.satisfaction.declined ?? 0) > 0 && (
            <Stack gap={0} role="listitem">
              <Text size="xs" c="dimmed">
                {t('dashboard.satisfaction.declined')}
              </Text>
              <Text fw={600}>{format.count(figures!.satisfaction.declined)}</Text>
            </Stack>
          )}
        </Group>
        <ChartFigure label={figures ? t('dashboard.chartName.satisfaction', { per: t(`dashboard.chartName.per.${figures.period.granularity}`) }) : title}>
          <LineChart
            h={220}
            data={data}
            dataKey="bucket"
            // The axis reads 1–5 plainly: the unit of every tick (5.00 pts) wrapped onto a second line in English.
            yAxisProps={{ domain: [1, 5], tickFormatter: (value: number) => String(value) }}
            connectNulls={false}
            withLegend
            // In the questions' order, as the figures above and the data table (not alphabetically by label).
            legendProps={{ itemSorter: (item) => KEYS.indexOf(item.dataKey as Key) }}
            accessibilityLayer={false}
            tooltipAnimationDuration={0}
            valueFormatter={(value) => format.score(value)}
            series={KEYS.map((key) => ({ name: key, label: label(key), color: DIMENSION_COLOR[key], ...(key === 'overall' ? { strokeDasharray: '5 5' } : {}) }))}
            lineChartProps={{
              style: { cursor: 'pointer' },
              // Every line of a bucket counts the same surveys: a click anywhere on the bucket opens them.
              onClick: (state) => {
                const bucket = Number(state.activeTooltipIndex ?? Number.NaN);
                if (Number.isInteger(bucket) && (buckets[bucket]?.count ?? 0) > 0) open({ kind: 'surveyed', bucket });
              },
            }}
          />
        </ChartFigure>
      </Stack>
    </ChartCard>
  );
}
