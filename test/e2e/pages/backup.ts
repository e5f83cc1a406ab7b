import { expect, type Page } from '@playwright/test';
import { PASSWORD } from './auth';

/** What the 备份与恢复 tab says (Chinese; the tab's own strings, not shared with other pages). */
export const BACKUP_LABELS = {
  tab: '备份与恢复',
  backUp: '备份到文件…',
  never: '还没有做过备份。请立即备份到文件。',
  lastManual: /^最近一次备份：.*（手动备份）$/,
  restore: '从备份恢复…',
  start: '恢复此备份…',
  confirmTitle: '确认从备份恢复',
  password: '您的登录密码',
  submit: '恢复',
  truncated: '备份文件不完整（可能复制或下载中断），未做任何更改。',
  browserOnly: '浏览器中不会自动备份，自动备份由桌面版完成；请定期使用“备份到文件”。',
  done: '已从备份恢复（恢复前的数据已备份）。请重新登录。',
  history: '备份记录',
  preRestore: '恢复前备份',
};

/** 设置 › 备份与恢复, as the administrator uses it. */
export function backupTab(page: Page) {
  const l = BACKUP_LABELS;
  const main = page.getByRole('main');
  const restoreSection = main.getByRole('region', { name: '从备份恢复' });
  return {
    main,
    restoreSection,
    /** The file's summary: 投诉单, 用户… by label. */
    summaryValue: (label: string) => restoreSection.getByTestId(`summary-${label}`),

    async open() {
      await page.goto('/#/settings/backup');
      await expect(main.getByRole('tab', { name: l.tab, exact: true })).toHaveAttribute('aria-selected', 'true');
    },

    /** 备份到文件…: the browser downloads the file; answers where Playwright saved it and its name. */
    async backUpToFile(): Promise<{ path: string; name: string }> {
      const download = page.waitForEvent('download');
      await main.getByRole('button', { name: l.backUp, exact: true }).click();
      const file = await download;
      return { path: await file.path(), name: file.suggestedFilename() };
    },

    /** 备份记录's 下载 of a backup the browser kept (the one before a restore): answers where Playwright saved it and its name. */
    async downloadKept(kind: string): Promise<{ path: string; name: string }> {
      const row = main.getByRole('table', { name: l.history }).getByRole('row').filter({ hasText: kind });
      const download = page.waitForEvent('download');
      await row.getByRole('button', { name: /^下载备份/ }).click();
      const file = await download;
      return { path: await file.path(), name: file.suggestedFilename() };
    },

    /** 从备份恢复…, choosing `file` in the file chooser; the file is then checked and summarised (or refused). */
    async chooseFile(file: string) {
      const chooser = page.waitForEvent('filechooser');
      await main.getByRole('button', { name: l.restore, exact: true }).click();
      await (await chooser).setFiles(file);
    },

    /** 恢复此备份… with the password entered again; the app goes back to the sign-in page. */
    async confirmRestore(password = PASSWORD) {
      await restoreSection.getByRole('button', { name: l.start, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: l.confirmTitle });
      await dialog.getByLabel(l.password).fill(password);
      await dialog.getByRole('button', { name: l.submit, exact: true }).click();
    },
  };
}
