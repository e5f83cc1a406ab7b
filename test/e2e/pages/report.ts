import { expect, type Page } from '@playwright/test';
import type { Labels } from './labels';

/** 月度投诉分析报告: the report page and its print view. */
export function reportsPage(page: Page, l: Labels) {
  const main = page.getByRole('main');
  /** A table's row by its first cell. */
  const row = (table: string, first: string) =>
    main
      .getByRole('table', { name: table })
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: first, exact: true }) });
  const analysis = main.getByRole('textbox', { name: l.reports.analysis });
  const recommendations = main.getByRole('textbox', { name: l.reports.recommendations });
  return {
    heading: main.getByRole('heading', { name: l.reports.title, level: 2 }),
    total: (n: number) => main.getByText(l.reports.total(n), { exact: true }),
    empty: main.getByText(l.reports.empty, { exact: true }),
    /** The count of a severity in 按严重程度. */
    bySeverity: (label: string) => row(l.reports.bySeverity, label).getByRole('cell').nth(1),
    /** This month's value of a headline figure in 主要指标. */
    kpi: (label: string) => row(l.reports.kpis, label).getByRole('cell').nth(1),
    /** A figure of 八、12315 转办反馈. */
    referral: (label: string) => row(l.reports.referrals.table, label).getByRole('cell').nth(1),
    analysis,
    recommendations,
    savedBy: (name: string) => main.getByText(l.reports.savedBy(name)),

    /** Writes both notes and saves them; waits for the confirmation. */
    async writeNotes(analysisText: string, recommendationsText: string) {
      await analysis.fill(analysisText);
      await recommendations.fill(recommendationsText);
      await main.getByRole('button', { name: l.reports.save }).click();
      await expect(page.getByText(l.reports.saved)).toBeVisible();
    },

    /** Opens the print view of a month in this window (it carries this window's session). */
    async openPrintView(year: number, month: number) {
      await page.goto(`/#/print/report/${year}/${month}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    },
  };
}
