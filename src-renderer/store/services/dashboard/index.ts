import { computeFigures, DashboardQuerySchema, type DashboardFigures } from '../../../domain/dashboard/figures';
import { repeatFigures } from '../../../domain/dashboard/repeats';
import { readSettings } from '../../core/settings';
import { query, type ServiceModule } from '../../rpc/define';
import { caseIndexFor } from '../../search/case-index';

/** Every figure of the dashboard for a period and departments, computed here from the case index; the UI receives figures only. */
const figures = query(DashboardQuerySchema, async ({ db, now }, input): Promise<DashboardFigures> => {
  const { assist } = await readSettings(db);
  const { facts, previous } = await caseIndexFor(db).repeatLinks();
  const repeat = repeatFigures(facts, previous, input, assist.repeatWindowDays);
  return { ...computeFigures(facts, input, now()), repeat };
});

/** 看板: figures for managers. */
export const dashboardService = {
  'dashboard.figures': figures,
} satisfies ServiceModule;
