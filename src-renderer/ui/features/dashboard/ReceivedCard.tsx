import { BarChart } from '@mantine/charts';
import { SegmentedControl, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, SEVERITIES } from '../../../domain/cases/vocabulary';
import type { Drill } from '../../../domain/dashboard/drill';
import type { DashboardFigures } from '../../../domain/dashboard/figures';
import { BucketTable } from './BucketTable';
import { ChartCard } from './ChartCard';
import { ChartFigure } from './ChartFigure';
import { CHANNEL_COLOR, SEVERITY_CHART_COLOR } from './colors';
import { countAxis } from './countAxis';
import { SeriesLegend } from './SeriesLegend';
import type { CardProps } from './types';
import { useDrill } from './useDrill';

type Split = 'channel' | 'severity';

interface Series {
  name: string;
  label: string;
  color: string;
  byBucket: number[];
  total: number;
  drill(bucket?: number): Drill;
}

function seriesOf(figures: DashboardFigures, split: Split, label: (key: string) => string): Series[] {
  const { received } = figures;
  const all =
    split === 'channel'
      ? CHANNELS.map((channel) => ({
          name: channel,
          label: label(`channel.${channel}`),
          color: CHANNEL_COLOR[channel],
          byBucket: received.byChannel[channel],
          total: received.channelTotals[channel],
          drill: (bucket?: number): Drill => ({ kind: 'received', channel, ...(bucket === undefined ? {} : { bucket }) }),
        }))
      : SEVERITIES.map((severity) => ({
          name: severity,
          label: label(`severity.${severity}`),
          color: SEVERITY_CHART_COLOR[severity],
          byBucket: received.bySeverity[severity],
          total: received.severityTotals[severity],
          drill: (bucket?: number): Drill => ({ kind: 'received', severity, ...(bucket === undefined ? {} : { bucket }) }),
        }));
  // Channels nobody used in the period only crowd the legend; every severity stays, a zero there is news.
  return split === 'channel' ? all.filter((series) => series.total > 0) : all;
}

/** 受理量 over time, stacked by channel or by severity; a bar segment opens its cases. */
export function ReceivedCard({ figures, bucketLabels, format }: CardProps) {
  const { t } = useTranslation();
  const open = useDrill();
  const [split, setSplit] = useState<Split>('channel');
  const series = figures ? seriesOf(figures, split, (key) => t(key)) : [];
  const data = bucketLabels.map((bucket, index) => ({ bucket, ...Object.fromEntries(series.map((s) => [s.name, s.byBucket[index] ?? 0])) }));
  const title = t('dashboard.received.title');
  return (
    <ChartCard
      title={title}
      loading={!figures}
      empty={figures?.received.total === 0}
      controls={
        <SegmentedControl
          size="xs"
          aria-label={t('dashboard.received.split')}
          value={split}
          onChange={(value) => setSplit(value as Split)}
          data={[
            { value: 'channel', label: t('dashboard.received.byChannel') },
            { value: 'severity', label: t('dashboard.received.bySeverity') },
          ]}
        />
      }
      table={
        <BucketTable
          caption={title}
          buckets={bucketLabels}
          columns={[
            ...series.map((s) => ({
              key: s.name,
              label: s.label,
              cell: (bucket: number) => ({ text: format.count(s.byBucket[bucket] ?? 0), count: s.byBucket[bucket] ?? 0, drill: s.drill(bucket) }),
            })),
            {
              key: 'total',
              label: t('dashboard.received.total'),
              cell: (bucket: number) => {
                const count = figures?.received.byBucket[bucket] ?? 0;
                return { text: format.count(count), count, drill: { kind: 'received', bucket } };
              },
            },
          ]}
        />
      }
    >
      <Stack gap="xs">
        <ChartFigure label={figures ? t(`dashboard.chartName.received.${split}`, { per: t(`dashboard.chartName.per.${figures.period.granularity}`) }) : title}>
          <BarChart
            h={240}
            data={data}
            dataKey="bucket"
            type="stacked"
            series={series.map((s) => ({ name: s.name, label: s.label, color: s.color }))}
            valueFormatter={format.count}
            yAxisProps={countAxis(Math.max(0, ...(figures?.received.byBucket ?? [])))}
            accessibilityLayer={false}
            tooltipAnimationDuration={0}
            barProps={(s) => ({
              cursor: 'pointer',
              onClick: (_data, bucket) => {
                const found = series.find((item) => item.name === s.name);
                if (found) open(found.drill(bucket));
              },
            })}
          />
        </ChartFigure>
        <SeriesLegend
          items={series.map((s) => ({ key: s.name, label: s.label, color: s.color, count: s.total, text: format.count(s.total), drill: s.drill() }))}
        />
      </Stack>
    </ChartCard>
  );
}
