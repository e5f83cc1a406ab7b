import { z } from 'zod';
import { CHANNELS, SEVERITIES, type Channel, type Severity } from '../../../domain/cases/vocabulary';
import { query, type ServiceModule } from '../../rpc/define';

export interface Overview {
  total: number;
  bySeverity: Record<Severity, number>;
  byChannel: Record<Channel, number>;
  /** Cases still waiting for a first response whose response deadline has passed. */
  responseOverdue: number;
}

/** Counts come straight from indexes; no row is loaded. */
const overview = query(z.object({}).default({}), async ({ db, now }): Promise<Overview> => {
  const [total, severityCounts, channelCounts, responseOverdue] = await Promise.all([
    db.cases.count(),
    Promise.all(SEVERITIES.map((s) => db.cases.where('severity').equals(s).count())),
    Promise.all(CHANNELS.map((c) => db.cases.where('channel').equals(c).count())),
    db.cases.where('responseDueAt').below(now()).count(),
  ]);
  return {
    total,
    bySeverity: Object.fromEntries(SEVERITIES.map((s, i) => [s, severityCounts[i] ?? 0])) as Record<Severity, number>,
    byChannel: Object.fromEntries(CHANNELS.map((c, i) => [c, channelCounts[i] ?? 0])) as Record<Channel, number>,
    responseOverdue,
  };
});

/** 看板: figures for managers. */
export const dashboardService = {
  'dashboard.overview': overview,
} satisfies ServiceModule;
