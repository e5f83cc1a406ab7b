import { BarChart } from '@mantine/charts';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OPEN_STAGES } from '../../../domain/dashboard/figures';
import { ChartCard } from './ChartCard';
import { ChartFigure } from './ChartFigure';
import { STAGE_COLOR } from './colors';
import { countAxis } from './countAxis';
import { SeriesLegend } from './SeriesLegend';
import type { CardProps } from './types';
import { useDrill } from './useDrill';

/** 未结案投诉所处环节: open cases now, one bar per stage of the loop; a bar opens its cases. */
export function StagesCard({ figures, format }: Omit<CardProps, 'bucketLabels'>) {
  const { t } = useTranslation();
  const open = useDrill();
  const label = (stage: string) => t(`flow.step.${stage}`);
  const data = OPEN_STAGES.map((stage) => ({ stage: label(stage), count: figures?.stages[stage] ?? 0, color: STAGE_COLOR[stage] }));
  return (
    <ChartCard title={t('dashboard.stages.title')} loading={!figures} empty={figures?.open === 0}>
      <Stack gap="xs">
        <ChartFigure label={t('dashboard.chartName.stages')}>
          <BarChart
            h={220}
            data={data}
            dataKey="stage"
            series={[{ name: 'count', label: t('dashboard.table.count'), color: 'teal.6' }]}
            valueFormatter={format.count}
            yAxisProps={countAxis(Math.max(0, ...data.map((bar) => bar.count)))}
            accessibilityLayer={false}
            tooltipAnimationDuration={0}
            barProps={{
              cursor: 'pointer',
              onClick: (_data, index) => {
                const stage = OPEN_STAGES[index];
                if (stage) open({ kind: 'stage', stage });
              },
            }}
          />
        </ChartFigure>
        <SeriesLegend
          items={OPEN_STAGES.map((stage) => ({
            key: stage,
            label: label(stage),
            color: STAGE_COLOR[stage],
            count: figures?.stages[stage] ?? 0,
            text: format.count(figures?.stages[stage] ?? 0),
            drill: { kind: 'stage', stage },
          }))}
        />
      </Stack>
    </ChartCard>
  );
}
