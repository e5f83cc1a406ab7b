import { LineChart } from '@mantine/charts';
import { getThemeColor, useMantineTheme } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { onTimeRate } from '../../../domain/dashboard/stats';
import { RATED_CLOCKS, type RatedClock } from '../../../domain/dashboard/facts';
import { BucketTable, type BucketColumn } from './BucketTable';
import { ChartCard } from './ChartCard';
import { ChartFigure } from './ChartFigure';
import { CLOCK_COLOR } from './colors';
import type { CardProps } from './types';
import { useDrill } from './useDrill';

/** Percent with one decimal for the axis (the rate is a share of clocks completed in the bucket; none completed is a gap, not 0). */
const asPercent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

/** 按时率: response and resolution on-time rates per bucket; a point opens the clocks it counts. */
export function OnTimeCard({ figures, bucketLabels, format }: CardProps) {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const open = useDrill();
  // recharts tells the chart, not the dot, which bucket the pointer is on.
  const hovered = useRef<number | null>(null);
  const data = bucketLabels.map((bucket, index) => ({
    bucket,
    ...Object.fromEntries(
      RATED_CLOCKS.map((clock) => {
        const counts = figures?.[clock].byBucket[index];
        return [clock, counts ? asPercent(onTimeRate(counts.met, counts.missed)) : null];
      }),
    ),
  }));
  const name = (clock: RatedClock) => t(`dashboard.onTime.${clock}`);
  const columns: BucketColumn[] = RATED_CLOCKS.flatMap((clock) => {
    const counts = (bucket: number) => figures?.[clock].byBucket[bucket] ?? { met: 0, missed: 0 };
    return [
      ...(['met', 'missed'] as const).map((outcome) => ({
        key: `${clock}-${outcome}`,
        label: `${name(clock)} · ${t(`dashboard.onTime.${outcome}`)}`,
        cell: (bucket: number) => ({ text: format.count(counts(bucket)[outcome]), count: counts(bucket)[outcome], drill: { kind: 'clock', clock, outcome, bucket } as const }),
      })),
      {
        key: `${clock}-rate`,
        label: name(clock),
        cell: (bucket: number) => {
          const { met, missed } = counts(bucket);
          return { text: format.percent(onTimeRate(met, missed)), count: met + missed, drill: { kind: 'clock', clock, bucket } as const };
        },
      },
    ];
  });
  const completed = figures ? RATED_CLOCKS.reduce((sum, clock) => sum + figures[clock].met + figures[clock].missed, 0) : 0;
  const title = t('dashboard.onTime.title');
  return (
    <ChartCard title={title} loading={!figures} empty={completed === 0} table={<BucketTable caption={title} buckets={bucketLabels} columns={columns} />}>
      <ChartFigure label={figures ? t('dashboard.chartName.onTime', { per: t(`dashboard.chartName.per.${figures.period.granularity}`) }) : title}>
        <LineChart
          h={240}
          data={data}
          dataKey="bucket"
          yAxisProps={{ domain: [0, 100] }}
          connectNulls={false}
          withLegend
          accessibilityLayer={false}
          tooltipAnimationDuration={0}
          valueFormatter={(value) => format.percent(value / 100)}
          series={RATED_CLOCKS.map((clock) => ({ name: clock, label: name(clock), color: CLOCK_COLOR[clock] }))}
          lineChartProps={{
            onMouseMove: (state) => {
              hovered.current = state.activeTooltipIndex === undefined || state.activeTooltipIndex === null ? null : Number(state.activeTooltipIndex);
            },
          }}
          lineProps={(series) => ({
            activeDot: {
              r: 6,
              strokeWidth: 2,
              stroke: 'var(--mantine-color-body)',
              fill: getThemeColor(series.color, theme),
              cursor: 'pointer',
              onClick: () => {
                if (hovered.current !== null && Number.isInteger(hovered.current)) open({ kind: 'clock', clock: series.name as RatedClock, bucket: hovered.current });
              },
            },
          })}
        />
      </ChartFigure>
    </ChartCard>
  );
}
