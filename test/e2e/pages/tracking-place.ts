import type { Locator, Page } from '@playwright/test';

/**
 * Words of the tracking page the shared labels do not carry yet, written out here (not imported
 * from the app) so a wrong translation fails a test.
 */
export const trackingWords = {
  zh: {
    viewBar: '视图',
    builtInViews: ['全部', '我的待办', '即将超时', '已超时', '重大投诉', '待审批'],
    saveView: '保存当前视图',
  },
  en: {
    viewBar: 'Views',
    builtInViews: ['All', 'My open cases', 'Due soon', 'Overdue', 'Major', 'Awaiting approval'],
    saveView: 'Save current view',
  },
} as const;

/** Where the tracking grid is: how far it is scrolled and which case its active (arrow-key) row shows. */
export function gridPlace(page: Page, table: Locator) {
  return {
    scrollTop: () => table.evaluate((grid) => grid.scrollTop),
    async scrollTo(top: number) {
      await table.evaluate((grid, to) => {
        grid.scrollTop = to;
      }, top);
    },
    /** The case number of the active row, null when no row is active or its row is not loaded. */
    activeCase: () =>
      table.evaluate((grid) => {
        const id = grid.getAttribute('aria-activedescendant');
        return (id ? document.getElementById(id)?.querySelector('a')?.textContent : null) ?? null;
      }),
    /** The row's position in the grid (`aria-rowindex`; the header is row 1). */
    rowIndexOf: (no: string) =>
      table
        .getByRole('row')
        .filter({ has: page.getByRole('link', { name: no, exact: true }) })
        .getAttribute('aria-rowindex')
        .then(Number),
    caseAtRow: (rowIndex: number) => table.locator(`[role="row"][aria-rowindex="${rowIndex}"]`).getByRole('link').textContent(),
    loadingRows: table.locator('[role="row"][aria-busy="true"]'),
  };
}

/**
 * Whether a button shows its whole text: neither the button nor its label is narrower than what
 * it holds (a squeezed button clips its label: 全部 → 全).
 */
export function showsWholeText(button: Locator): Promise<boolean> {
  return button.evaluate((element) => {
    const boxes = [element, ...element.querySelectorAll<HTMLElement>('.mantine-Button-inner, .mantine-Button-label')];
    return boxes.every((box) => box.scrollWidth <= box.clientWidth && box.getBoundingClientRect().width >= 8);
  });
}
