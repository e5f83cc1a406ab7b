import type { Page } from '@playwright/test';
import type { Labels } from './labels';

/** 月度投诉统计. */
export function reportsPage(page: Page, l: Labels) {
  const main = page.getByRole('main');
  return {
    heading: main.getByRole('heading', { name: l.reports.title, level: 2 }),
    total: (n: number) => main.getByText(l.reports.total(n), { exact: true }),
    empty: main.getByText(l.reports.empty, { exact: true }),
    bySeverity: (label: string) =>
      main
        .getByRole('table', { name: l.dashboard.bySeverity })
        .getByRole('row')
        .filter({ has: page.getByRole('cell', { name: label, exact: true }) })
        .getByRole('cell')
        .nth(1),
  };
}
