import { z } from 'zod';
import { monthRange, summarizeMonth, type MonthSummary } from '../../../domain/cases/month';
import { query, type ServiceModule } from '../../rpc/define';

const MonthInput = z.object({
  year: z.number().int().min(2000).max(2100),
  month: z.number().int().min(1).max(12),
});

/** Cases received in the month, read through the receivedAt index only. */
const monthSummary = query(MonthInput, async ({ db }, { year, month }): Promise<MonthSummary> => {
  const { start, end } = monthRange(year, month);
  const rows = await db.cases
    .where('[receivedAt+id]')
    .between([start, ''], [end, ''], true, false)
    .toArray();
  return summarizeMonth(year, month, rows);
});

/** 报告: monthly figures. */
export const reportsService = {
  'reports.monthSummary': monthSummary,
} satisfies ServiceModule;
