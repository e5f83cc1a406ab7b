import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DashboardFigures } from '../../../domain/dashboard/figures';
import { KpiCard } from './KpiCard';
import type { DashboardFormat } from './useDashboardFormat';

/** The month at a glance: volume, on-time rates, handling times, satisfaction, callbacks, reopens, repeat complaints and the live open and overdue counts. */
export function KpiRow({ figures, format }: { figures: DashboardFigures | undefined; format: DashboardFormat }) {
  const { t } = useTranslation();
  const f = figures;
  const shown = (value: (f: DashboardFigures) => string) => (f ? value(f) : null);
  const completed = (clock: 'response' | 'resolution') => (f ? f[clock].met + f[clock].missed : 0);
  const clockDrill = (clock: 'response' | 'resolution') => ({ drill: { kind: 'clock', clock } as const, count: completed(clock) });
  // A case's response completes once; its handling once per round (a re-handled case's earlier round counts too).
  const completedNote = (clock: 'response' | 'resolution') =>
    t(clock === 'resolution' ? 'dashboard.kpi.completedHandlings' : 'dashboard.kpi.completed', { count: completed(clock) });
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 4, xl: 6 }} spacing="sm">
      <KpiCard label={t('dashboard.kpi.received')} value={shown((f) => format.count(f.received.total))} drill={{ drill: { kind: 'received' }, count: f?.received.total ?? 0 }} />
      <KpiCard label={t('dashboard.kpi.responseRate')} value={shown((f) => format.percent(f.response.rate))} drill={clockDrill('response')} note={completedNote('response')} />
      <KpiCard
        label={t('dashboard.kpi.resolutionRate')}
        value={shown((f) => format.percent(f.resolution.rate))}
        drill={clockDrill('resolution')}
        note={completedNote('resolution')}
      />
      <KpiCard
        label={t('dashboard.kpi.satisfaction')}
        value={shown((f) => format.score(f.satisfaction.overall))}
        drill={{ drill: { kind: 'surveyed' }, count: f?.satisfaction.count ?? 0 }}
        note={t('dashboard.kpi.surveys', { count: f?.satisfaction.count ?? 0 })}
      />
      <KpiCard
        label={t('dashboard.kpi.open')}
        value={shown((f) => format.count(f.open))}
        drill={{ drill: { kind: 'open' }, count: f?.open ?? 0 }}
      />
      <KpiCard
        label={t('dashboard.kpi.overdueNow')}
        value={shown((f) => format.count(f.overdueNow))}
        drill={{ drill: { kind: 'overdue' }, count: f?.overdueNow ?? 0 }}
      />
      <KpiCard label={t('dashboard.kpi.responseMean')} value={shown((f) => format.duration(f.response.meanMs))} drill={clockDrill('response')} />
      <KpiCard label={t('dashboard.kpi.responseP90')} value={shown((f) => format.duration(f.response.p90Ms))} drill={clockDrill('response')} />
      <KpiCard label={t('dashboard.kpi.resolutionMean')} value={shown((f) => format.duration(f.resolution.meanMs))} drill={clockDrill('resolution')} />
      <KpiCard label={t('dashboard.kpi.resolutionP90')} value={shown((f) => format.duration(f.resolution.p90Ms))} drill={clockDrill('resolution')} />
      <KpiCard
        label={t('dashboard.kpi.notReached')}
        value={shown((f) => format.percent(f.callbacks.notReachedRate))}
        drill={{ drill: { kind: 'callbacks', notReached: true }, count: f?.callbacks.notReached ?? 0 }}
        note={f ? t('dashboard.ofTotal', { part: format.count(f.callbacks.notReached), total: format.count(f.callbacks.due) }) : null}
      />
      <KpiCard
        label={t('dashboard.kpi.reopenRate')}
        value={shown((f) => format.percent(f.reopen.rate))}
        drill={{ drill: { kind: 'reopened' }, count: f?.reopen.reopened ?? 0 }}
        note={t('dashboard.kpi.reopened', { count: f?.reopen.reopened ?? 0 })}
      />
      <KpiCard
        label={t('dashboard.kpi.repeated')}
        value={shown((f) => (f.repeat ? format.count(f.repeat.repeated) : t('dashboard.none')))}
        drill={{ drill: { kind: 'repeated' }, count: f?.repeat?.repeated ?? 0 }}
        note={f?.repeat ? t('dashboard.kpi.repeatedNote', { share: format.percent(f.repeat.rate), days: f.repeat.windowDays }) : null}
      />
    </SimpleGrid>
  );
}
