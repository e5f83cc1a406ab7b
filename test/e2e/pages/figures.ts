import type { Page } from '@playwright/test';
import type { Labels } from './labels';

/** A count in one of the labelled count tables (by severity, by channel). */
function countIn(page: Page, tableName: string, rowLabel: string) {
  return page
    .getByRole('main')
    .getByRole('table', { name: tableName })
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: rowLabel, exact: true }) })
    .getByRole('cell')
    .nth(1);
}

/** 投诉看板. */
export function dashboardPage(page: Page, l: Labels) {
  const main = page.getByRole('main');
  // The figure shown under a statistic's caption (the cards have no label semantics).
  const stat = (caption: string) => main.getByText(caption, { exact: true }).locator('xpath=following-sibling::*[1]');
  return {
    heading: main.getByRole('heading', { name: l.dashboard.title, level: 2 }),
    total: stat(l.dashboard.total),
    responseOverdue: stat(l.dashboard.responseOverdue),
    empty: main.getByText(l.dashboard.empty, { exact: true }),
    bySeverity: (label: string) => countIn(page, l.dashboard.bySeverity, label),
    byChannel: (label: string) => countIn(page, l.dashboard.byChannel, label),
  };
}

/** 月度投诉统计. */
export function reportsPage(page: Page, l: Labels) {
  const main = page.getByRole('main');
  return {
    heading: main.getByRole('heading', { name: l.reports.title, level: 2 }),
    total: (n: number) => main.getByText(l.reports.total(n), { exact: true }),
    empty: main.getByText(l.reports.empty, { exact: true }),
    bySeverity: (label: string) => countIn(page, l.dashboard.bySeverity, label),
  };
}
