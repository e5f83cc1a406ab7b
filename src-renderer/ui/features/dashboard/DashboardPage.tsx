import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CHANNELS, SEVERITIES } from '../../../domain/cases/vocabulary';
import { CountTable } from '../../components/CountTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useStoreQuery } from '../../data/hooks';

function Stat({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={32} fw={700} data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

/** 看板: the figures the store host computes from its indexes. */
export function DashboardPage() {
  const { t } = useTranslation();
  const { data, error } = useStoreQuery('dashboard.overview', {}, 'overview');
  return (
    <Stack>
      <Title order={2}>{t('dashboard.title')}</Title>
      <ErrorAlert error={error} />
      {data && data.total === 0 && <Text c="dimmed">{t('dashboard.empty')}</Text>}
      {data && data.total > 0 && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Stat label={t('dashboard.total')} value={data.total} testId="stat-total" />
            <Stat label={t('dashboard.responseOverdue')} value={data.responseOverdue} testId="stat-overdue" />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <CountTable
              title={t('dashboard.bySeverity')}
              rows={SEVERITIES.map((s) => ({ key: s, label: t(`severity.${s}`), count: data.bySeverity[s] }))}
            />
            <CountTable
              title={t('dashboard.byChannel')}
              rows={CHANNELS.map((c) => ({ key: c, label: t(`channel.${c}`), count: data.byChannel[c] }))}
            />
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
