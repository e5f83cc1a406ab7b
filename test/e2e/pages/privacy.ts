import { expect, type Page } from '@playwright/test';
import { dismissNotice } from './notices';

/** 设置 → 个人信息保护 (legal and the administrator), in Chinese. */
export function privacyPage(page: Page) {
  const main = page.getByRole('main');
  const tab = main.getByRole('tab', { name: '个人信息保护', exact: true });
  const retentionForm = main.getByRole('form', { name: '保存期限' });
  const eligible = main.getByRole('region', { name: '超过保存期限的投诉' });
  const eligibleTable = eligible.getByRole('table', { name: '超过保存期限的投诉' });
  const dialog = page.getByRole('dialog', { name: '匿名化投诉' });

  return {
    tab,
    retentionForm,
    eligible,
    eligibleTable,
    dialog,
    /** The data rows of the eligible list (the header row left out). */
    eligibleRows: eligibleTable.locator('tbody tr'),

    /** Opens the tab through the settings' tab list. */
    async open() {
      await page.goto('/#/settings');
      await tab.click();
      await expect(tab).toHaveAttribute('aria-selected', 'true');
    },

    /** The administrator sets the retention period of personal data. */
    async setRetentionDays(days: number) {
      await retentionForm.getByRole('textbox', { name: '个人信息保存期限（天）' }).fill(String(days));
      await retentionForm.getByRole('button', { name: '保存', exact: true }).click();
      await dismissNotice(page, '设置已保存');
    },

    /** The case number in the first row of the eligible list. */
    async firstEligibleNo(): Promise<string> {
      await expect(this.eligibleRows.first()).toBeVisible();
      return (await this.eligibleRows.first().getByRole('link').textContent()) ?? '';
    },

    /** Ticks these cases, asks to anonymise them and confirms with the password. */
    async anonymise(nos: string[], password: string) {
      for (const no of nos) await eligibleTable.getByRole('checkbox', { name: `选择 ${no}` }).check();
      await eligible.getByRole('button', { name: `匿名化所选（${nos.length}）` }).click();
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText('此操作不可撤销');
      await dialog.getByLabel('您的登录密码').fill(password);
      await dialog.getByRole('button', { name: '永久匿名化' }).click();
      await expect(dialog).toBeHidden();
      await dismissNotice(page, `已匿名化 ${nos.length} 宗投诉。`);
    },
  };
}
