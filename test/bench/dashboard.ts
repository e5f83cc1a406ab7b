/**
 * The dashboard and monthly report measurements: every figure of a 12-month
 * range (by day, the finest a manager picks for a year) and a whole monthly
 * report, computed in the store host over its case index.
 */
import type { Page } from '@playwright/test';
import type { DashboardQueryInput } from '../../src-renderer/domain/dashboard/figures';
import { timeInPage } from './tracking';

/** The twelve months up to `now`, ending a little earlier each run so no run could reuse another's answer. */
export function yearQuery(now: number, run: number): DashboardQueryInput {
  const to = now - run;
  const from = new Date(to);
  from.setFullYear(from.getFullYear() - 1);
  return { period: { from: from.getTime(), to, granularity: 'day' }, departments: [] };
}

export async function measureDashboard(page: Page, runs: number, now: number): Promise<number[]> {
  return timeInPage(
    page,
    runs,
    async ({ queries, run }: { queries: DashboardQueryInput[]; run: number }) => {
      const figures = await window.__desk!.store.send('dashboard.figures', queries[run]!);
      if (figures.received.total === 0) throw new Error('the dashboard bench found no cases in the year');
    },
    { queries: Array.from({ length: runs }, (_, run) => yearQuery(now, run)) },
  );
}

/** The report of the month before the current one (a full month of the seeded data). */
export async function measureMonthlyReport(page: Page, runs: number, now: number): Promise<number[]> {
  const date = new Date(now);
  const month = { year: date.getMonth() === 0 ? date.getFullYear() - 1 : date.getFullYear(), month: date.getMonth() === 0 ? 12 : date.getMonth() };
  return timeInPage(
    page,
    runs,
    async ({ month }: { month: { year: number; month: number } }) => {
      const report = await window.__desk!.store.send('reports.monthly', month);
      if (report.figures.received.total === 0) throw new Error('the report bench found no cases in the month');
    },
    { month },
  );
}
