import { computeFigures, DashboardQuerySchema, type DashboardFigures } from '../../../domain/dashboard/figures';
import { query, type ServiceModule } from '../../rpc/define';
import { caseIndexFor } from '../../search/case-index';

/** Every figure of the dashboard for a period and departments, computed here from the case index; the UI receives figures only. */
const figures = query(DashboardQuerySchema, async ({ db, now }, input): Promise<DashboardFigures> => {
  const facts = await caseIndexFor(db).facts();
  return computeFigures(facts, input, now());
});

/** 看板: figures for managers. */
export const dashboardService = {
  'dashboard.figures': figures,
} satisfies ServiceModule;
