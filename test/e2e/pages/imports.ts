import { expect, type Page } from '@playwright/test';

/** What the import wizard says (Chinese; its own strings, not shared with other pages). */
export const IMPORT_LABELS = {
  nav: '导入历史投诉',
  title: '导入历史投诉',
  choose: '选择 CSV 或 Excel 文件',
  toMapping: '下一步：对应列',
  toValues: '下一步：对应取值',
  toCheck: '下一步：检查',
  /** 对应取值: a file value's select, and the mark of a value pre-filled as a guess. */
  valueTarget: (value: string) => `“${value}”对应为`,
  suggested: '建议',
  remembered: '沿用上次',
  errors: '错误明细',
  download: '下载错误报告',
  modeAll: '有错误则全部不导入',
  start: '开始导入',
  openTracking: '到跟踪表查看',
  done: (imported: number, skipped: number) => `导入完成：导入 ${imported} 宗投诉，跳过 ${skipped} 行。`,
};

/** 导入历史投诉 (/import), as a supervisor uses it. */
export function importWizard(page: Page) {
  const l = IMPORT_LABELS;
  const main = page.getByRole('main');
  const errorTable = main.getByRole('table', { name: l.errors });
  return {
    main,
    errorTable,
    status: main.getByRole('status'),

    /** Through the navigation, as a user finds it. */
    async open() {
      await page.getByRole('navigation').getByRole('link', { name: l.nav, exact: true }).click();
      await expect(main.getByRole('heading', { name: l.title, level: 2 })).toBeVisible();
    },

    /** Chooses a file in the browser's file chooser; the wizard reads it and says what it found. */
    async chooseFile(name: string, buffer: Buffer, mimeType = 'text/csv') {
      const chooser = page.waitForEvent('filechooser');
      await main.getByRole('button', { name: l.choose, exact: true }).click();
      await (await chooser).setFiles({ name, mimeType, buffer });
      await expect(main.getByTestId('import-file')).toContainText(name);
    },

    /** The column chosen for a field (its select shows the header's text). */
    mappedColumn: (field: string) => main.getByRole('combobox', { name: field, exact: true }),

    async toMapping() {
      await main.getByRole('button', { name: l.toMapping, exact: true }).click();
    },

    /** 对应列 → 对应取值: the values the desk does not read, per field. */
    async toValues() {
      await main.getByRole('button', { name: l.toValues, exact: true }).click();
      await expect(main.getByRole('button', { name: l.toCheck, exact: true })).toBeVisible();
    },

    /** The values listed for a field (its table is named by the field), as [value, rows, example row]. */
    async unknownValues(field: string): Promise<string[][]> {
      const rows = main.getByRole('table', { name: field, exact: true }).getByRole('row');
      const out: string[][] = [];
      for (let i = 1; i < (await rows.count()); i += 1) out.push((await rows.nth(i).getByRole('cell').allInnerTexts()).slice(0, 3));
      return out;
    },

    /** The desk value a file value is matched to (its select shows the label). */
    valueTarget: (value: string) => main.getByRole('combobox', { name: l.valueTarget(value), exact: true }),

    /** The row of a file value in its field's table. */
    valueRow: (field: string, value: string) =>
      main.getByRole('table', { name: field, exact: true }).getByRole('row').filter({ has: page.getByRole('cell', { name: value, exact: true }) }),

    /** Matches a file value to a desk value by hand. */
    async matchValue(value: string, target: string) {
      await main.getByRole('combobox', { name: l.valueTarget(value), exact: true }).click();
      await page.getByRole('option', { name: target, exact: true }).click();
      await expect(main.getByRole('combobox', { name: l.valueTarget(value), exact: true })).toHaveValue(target);
    },

    /** On to the check, through 对应取值 when the wizard is still on 对应列. */
    async toCheck() {
      const toValues = main.getByRole('button', { name: l.toValues, exact: true });
      if (await toValues.isVisible()) await this.toValues();
      await main.getByRole('button', { name: l.toCheck, exact: true }).click();
      await expect(main.getByRole('button', { name: l.start, exact: true })).toBeVisible();
    },

    /** The error table's rows as [row, column, value, reason]. */
    async errorRows(): Promise<string[][]> {
      const rows = errorTable.getByRole('row');
      const count = await rows.count();
      const out: string[][] = [];
      for (let i = 1; i < count; i += 1) out.push(await rows.nth(i).getByRole('cell').allInnerTexts());
      return out;
    },

    /** 下载错误报告: the browser downloads it; answers its name and text. */
    async downloadReport(): Promise<{ name: string; text: string }> {
      const download = page.waitForEvent('download');
      await main.getByRole('button', { name: l.download, exact: true }).click();
      const file = await download;
      const { readFile } = await import('node:fs/promises');
      return { name: file.suggestedFilename(), text: (await readFile(await file.path())).toString('utf8') };
    },

    async start() {
      await main.getByRole('button', { name: l.start, exact: true }).click();
    },

    async expectDone(imported: number, skipped: number) {
      await expect(main.getByRole('status')).toHaveText(l.done(imported, skipped), { timeout: 60_000 });
    },

    async openTracking() {
      await main.getByRole('link', { name: l.openTracking, exact: true }).click();
    },
  };
}
