import { expect, type Page } from '@playwright/test';
import type { Labels } from './labels';

export type TrackingColumn = keyof Labels['tracking']['columns'];
export type ExportFormat = 'csv' | 'xlsx';

/** 投诉处理进度跟踪: the tracking table (an ARIA grid whose rows load as they scroll into view). */
export function trackingPage(page: Page, l: Labels) {
  const main = page.getByRole('main');
  const table = main.getByRole('grid', { name: l.tracking.title });
  // Data rows are the ones that link to a case; the header row and rows still loading have no link.
  const caseRows = table.getByRole('row').filter({ has: page.getByRole('link', { name: /^TS-\d{8}-\d{4}$/ }) });
  const row = (no: string) => caseRows.filter({ has: page.getByRole('link', { name: no, exact: true }) });
  // The selection column has a checkbox and no name; the columns of data are the others.
  const notSelection = { hasNot: page.getByRole('checkbox') };
  return {
    table,
    caseRows,
    /** The headers of the data columns shown, in order. */
    headers: table.getByRole('columnheader').filter(notSelection),
    /** One case's cell in a column, found by the column's header (each cell is described by its header). */
    cell: (no: string, column: TrackingColumn) => row(no).getByRole('gridcell', { description: l.tracking.columns[column], exact: true }),
    /** One case's cells in the data columns shown, in order. */
    cells: (no: string) => row(no).getByRole('gridcell').filter(notSelection),
    count: (n: number) => main.getByText(l.tracking.count(n), { exact: true }),
    /** 共 N 宗投诉, whatever N is. */
    countText: main.getByTestId('case-count'),
    emptyState: main.getByText(l.tracking.empty, { exact: true }),
    searchBox: main.getByRole('searchbox', { name: l.tracking.search }),
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

    /** Shows a hidden column through the columns menu (the layout is then kept for the user). */
    async showColumn(column: TrackingColumn) {
      await main.getByRole('button', { name: l.tracking.columnsMenu, exact: true }).click();
      await page.getByRole('checkbox', { name: l.tracking.columns[column], exact: true }).check();
      await page.keyboard.press('Escape');
      await expect(table.getByRole('columnheader', { name: l.tracking.columns[column], exact: true })).toBeVisible();
    },

    /** Clicks a column header: sorts by it, or flips the direction when it already sorts. */
    async sortBy(column: TrackingColumn) {
      await table.getByRole('columnheader', { name: l.tracking.columns[column], exact: true }).getByRole('button').click();
    },

    sortState: (column: TrackingColumn) => table.getByRole('columnheader', { name: l.tracking.columns[column], exact: true }),

    async openFilters() {
      const toggle = main.getByRole('button', { name: new RegExp(`^${l.tracking.filters}`) });
      if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    },

    /** A choice of the filter panel (a chip or a segment; their inputs are hidden, their labels clicked). */
    filterChoice: (group: keyof Labels['tracking']['filterGroups'], label: string) =>
      main.getByRole('group', { name: l.tracking.filterGroups[group], exact: true }).getByText(label, { exact: true }),

    bulkBar: main.getByRole('region', { name: l.tracking.bulk.label }),

    /** Ticks a case's row (its checkbox; a click elsewhere on the row opens the case). */
    async select(no: string) {
      await row(no).getByRole('checkbox').check();
    },

    /** 分配负责人 for the selected rows: picks the owner, submits, returns the dialog showing the outcome. */
    async assignSelected(count: number, owner: string) {
      await this.bulkBar.getByRole('button', { name: l.tracking.bulk.assign }).click();
      const dialog = page.getByRole('dialog', { name: l.tracking.assign.title(count) });
      await dialog.getByRole('combobox', { name: l.tracking.assign.owner }).click();
      await page.getByRole('option', { name: owner, exact: true }).click();
      await dialog.getByRole('button', { name: l.tracking.assign.submit, exact: true }).click();
      return dialog;
    },

    /** Exports the current view; resolves with the download. */
    async exportView(format: ExportFormat) {
      await main.getByRole('button', { name: l.tracking.exportView, exact: true }).click();
      const download = page.waitForEvent('download');
      await page.getByRole('menuitem', { name: format === 'csv' ? l.tracking.csv : l.tracking.xlsx }).click();
      return download;
    },
  };
}
