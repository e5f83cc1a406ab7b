import { expect, type Page } from '@playwright/test';
import type { Labels } from './labels';

/** 投诉处理进度跟踪: the list of cases. */
export function trackingPage(page: Page, l: Labels) {
  const main = page.getByRole('main');
  const table = main.getByRole('table', { name: l.tracking.title });
  // Data rows are the ones that link to a case; the header row has no link.
  const caseRows = table.getByRole('row').filter({ has: page.getByRole('link', { name: /^TS-\d{8}-\d{4}$/ }) });
  return {
    table,
    caseRows,
    count: (n: number) => main.getByText(l.tracking.count(n), { exact: true }),
    emptyState: main.getByText(l.tracking.empty, { exact: true }),
    row: (no: string) => caseRows.filter({ has: page.getByRole('link', { name: no, exact: true }) }),

    async expectLoaded() {
      await expect(main.getByRole('heading', { name: l.tracking.title, level: 2 })).toBeVisible();
    },

    /** Expects exactly these case numbers, in this order (newest received first). */
    async expectCases(numbers: string[]) {
      await expect(this.count(numbers.length)).toBeVisible();
      await expect(caseRows.getByRole('link')).toHaveText(numbers);
    },

    overdueMark: (no: string) => caseRows.filter({ has: page.getByRole('link', { name: no, exact: true }) }).getByText(l.tracking.overdue, { exact: true }),

    async openCase(no: string) {
      await this.row(no).getByRole('link', { name: no, exact: true }).click();
    },
  };
}

export type CaseField = Exclude<keyof Labels['case'], 'title'>;

/** One case with every registered field. */
export function casePage(page: Page, l: Labels) {
  const main = page.getByRole('main');
  return {
    heading: (no: string) => main.getByRole('heading', { name: l.case.title(no), level: 2 }),
    /**
     * The value shown under a field's label. The page lays fields out as a
     * caption followed by its value, without label/term semantics.
     */
    value: (field: CaseField) => main.getByText(l.case[field], { exact: true }).locator('xpath=following-sibling::*[1]'),
  };
}
