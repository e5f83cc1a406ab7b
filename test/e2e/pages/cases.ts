import { expect, type Page } from '@playwright/test';
import type { Labels } from './labels';

/** 投诉处理进度跟踪: the list of cases. */
export function trackingPage(page: Page, l: Labels) {
  const main = page.getByRole('main');
  const table = main.getByRole('table', { name: l.tracking.title });
  // Data rows are the ones that link to a case; the header row has no link.
  const caseRows = table.getByRole('row').filter({ has: page.getByRole('link', { name: /^TS-\d{8}-\d{4}$/ }) });
  const row = (no: string) => caseRows.filter({ has: page.getByRole('link', { name: no, exact: true }) });
  return {
    table,
    caseRows,
    headers: table.getByRole('columnheader'),
    /** One case's cell in a column; the columns are in the order of the labels. */
    cell: (no: string, column: keyof Labels['tracking']['columns']) => row(no).getByRole('cell').nth(Object.keys(l.tracking.columns).indexOf(column)),
    count: (n: number) => main.getByText(l.tracking.count(n), { exact: true }),
    emptyState: main.getByText(l.tracking.empty, { exact: true }),
    row,

    async expectLoaded() {
      await expect(main.getByRole('heading', { name: l.tracking.title, level: 2 })).toBeVisible();
    },

    /** Expects exactly these case numbers, in this order (newest received first). */
    async expectCases(numbers: string[]) {
      await expect(this.count(numbers.length)).toBeVisible();
      await expect(caseRows.getByRole('link')).toHaveText(numbers);
    },

    overdueMark: (no: string) => row(no).getByText(l.tracking.overdue, { exact: true }),

    async openCase(no: string) {
      await this.row(no).getByRole('link', { name: no, exact: true }).click();
    },
  };
}
