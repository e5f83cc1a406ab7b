import { Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useStoreQuery } from '../../data/hooks';
import { HotspotItem } from './HotspotItem';

/**
 * 批量投诉苗头: categories, products and keywords that rose in the last days
 * against the weeks before — an early warning of many customers hit by the
 * same problem. It looks at the last days whatever period the dashboard shows.
 */
export function HotspotsCard() {
  const { t } = useTranslation();
  const titleId = useId();
  const { data, error } = useStoreQuery('assist.hotspots', {}, 'assist.hotspots');
  const settings = data?.settings;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="baseline" wrap="wrap" gap="xs">
          <Title order={3} size="h5" id={titleId}>
            {t('hotspots.title')}
          </Title>
          {settings && (
            <Text size="sm" c="dimmed">
              {t('hotspots.window', { count: settings.recentDays, baseline: settings.baselineDays })}
            </Text>
          )}
        </Group>
        <ErrorAlert error={error} />
        {!data ? (
          !error && <Skeleton h={48} aria-label={t('dashboard.loading')} />
        ) : data.hotspots.length > 0 ? (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {data.hotspots.map((hotspot) => (
              <HotspotItem key={`${hotspot.kind}:${hotspot.key}`} hotspot={hotspot} answer={data} />
            ))}
          </Stack>
        ) : (
          <Text c="dimmed">
            {data.cases.baseline < data.settings.minCount
              ? t('hotspots.noBaseline', { days: data.settings.baselineDays })
              : t('hotspots.empty', { count: data.settings.recentDays })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
