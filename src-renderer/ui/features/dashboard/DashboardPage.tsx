import { Alert, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardFigures, DashboardQuery } from '../../../domain/dashboard/figures';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { useNow, useStoreQuery } from '../../data/hooks';
import { IndexProgress } from '../jobs/IndexProgress';
import { useAuth } from '../auth/AuthGate';
import { CategoryCard } from './CategoryCard';
import { bucketsUpToNow, rememberDashboardQuery, restoreDashboardPreset, restoreDashboardQuery, type Preset } from './dashboardQuery';
import { DepartmentTable } from './DepartmentTable';
import { HotspotsCard } from './HotspotsCard';
import { KpiRow } from './KpiRow';
import { OnTimeCard } from './OnTimeCard';
import { PeriodControls } from './PeriodControls';
import { ReceivedCard } from './ReceivedCard';
import { SatisfactionCard } from './SatisfactionCard';
import { StagesCard } from './StagesCard';
import { TopIssuesCard } from './TopIssuesCard';
import { useDashboardFormat } from './useDashboardFormat';
import { DrillContext, useOpenDrill } from './useDrill';

/** Nothing at all to show: no case received, no clock completed, no survey in the period, and nothing open. */
function isEmpty(figures: DashboardFigures): boolean {
  const completed = figures.response.met + figures.response.missed + figures.resolution.met + figures.resolution.missed;
  return figures.received.total === 0 && completed === 0 && figures.satisfaction.count === 0 && figures.open === 0;
}

/**
 * 投诉看板: every figure of a period and departments, computed by the store
 * host; each bar, slice and number opens the tracking table on exactly the
 * cases it counts.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const { actor } = useAuth();
  const now = useNow(60_000);
  const [query, setQuery] = useState<DashboardQuery>(() => restoreDashboardQuery(actor.id, Date.now()));
  const [chosenPreset, setChosenPreset] = useState<Preset | null>(() => restoreDashboardPreset(actor.id));
  useEffect(() => rememberDashboardQuery(actor.id, query, chosenPreset), [actor.id, query, chosenPreset]);

  const figures = useStoreQuery('dashboard.figures', query, JSON.stringify(query));
  const options = useStoreQuery('tracking.options', {}, 'tracking.options');
  const data = figures.data;
  const format = useDashboardFormat();
  const openDrill = useOpenDrill(data);
  // Buckets after the one holding now are not drawn: every card lists the buckets it is given names for.
  const shown = data ? bucketsUpToNow(data.buckets, now) : 0;
  const bucketLabels = useMemo(() => (data ? format.bucketLabels(data.buckets.slice(0, shown), data.period) : []), [data, format, shown]);
  const card = { figures: data, bucketLabels, format };

  return (
    <DrillContext.Provider value={openDrill}>
      <Stack gap="md">
        <Group justify="space-between" align="baseline" wrap="wrap">
          <Title order={2}>{t('dashboard.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('dashboard.chartHint')}
          </Text>
        </Group>
        <PeriodControls
          query={query}
          chosenPreset={chosenPreset}
          onChange={(next, preset) => {
            setQuery(next);
            setChosenPreset(preset);
          }}
          departments={options.data?.departments ?? []}
          now={now}
        />
        <ErrorAlert error={figures.error ?? options.error} />
        <IndexProgress waiting={figures.loading} />
        {data && isEmpty(data) && (
          <Alert color="gray" variant="light">
            {t('dashboard.empty')}
          </Alert>
        )}
        <KpiRow figures={data} format={format} />
        {data && (
          <Text size="xs" c="dimmed">
            {t('dashboard.asOf', { time: formatDateTime(data.asOf) })}
          </Text>
        )}
        <HotspotsCard />
        <ReceivedCard {...card} />
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <CategoryCard {...card} />
          <TopIssuesCard {...card} />
          <OnTimeCard {...card} />
          <SatisfactionCard {...card} />
          <StagesCard {...card} />
        </SimpleGrid>
        <DepartmentTable {...card} />
      </Stack>
    </DrillContext.Provider>
  );
}
