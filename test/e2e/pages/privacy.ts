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
  const erasure = main.getByRole('region', { name: '个人信息删除请求' });
  const recordDialog = page.getByRole('dialog', { name: '记录删除请求', exact: true });
  const executeDialog = page.getByRole('dialog', { name: '执行删除请求' });
  const deliveryDialog = page.getByRole('dialog', { name: '记录告知书送达' });

  return {
    tab,
    retentionForm,
    eligible,
    eligibleTable,
    dialog,
    erasure,
    /** One deletion request opened below the list. */
    erasureDetail: (no: string) => erasure.getByRole('region', { name: `删除请求 ${no}` }),
    /** Its cases, each with what happened to it. */
    erasureCase: (no: string, caseNo: string) => erasure.getByRole('region', { name: `删除请求 ${no}` }).getByRole('table', { name: '请求涉及的投诉' }).getByRole('row').filter({ hasText: caseNo }),
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

    /**
     * 记录删除请求: finds the customer by phone, keeps every case found ticked (they agree on who the
     * customer is), says how the request came in, and returns the request's number (its detail opens
     * below the list).
     */
    async recordErasure({ phone, channel, verification, grounds }: { phone: string; channel: string; verification: string; grounds: string }): Promise<string> {
      await erasure.getByRole('button', { name: '记录删除请求' }).click();
      await expect(recordDialog).toBeVisible();
      await recordDialog.getByRole('textbox', { name: '查询内容' }).fill(phone);
      await recordDialog.getByRole('button', { name: '查找', exact: true }).click();
      await expect(recordDialog.getByRole('table', { name: '该客户的投诉及处理方式' })).toBeVisible();
      for (const [label, option] of [
        ['提出渠道', channel],
        ['身份核验方式', verification],
        ['请求理由（第四十七条）', grounds],
      ] as const) {
        const box = recordDialog.getByRole('combobox', { name: label, exact: true });
        await box.click();
        await page.getByRole('option', { name: option, exact: true }).click();
        await expect(box).toHaveValue(option);
      }
      await recordDialog.getByRole('button', { name: '记录请求' }).click();
      await expect(recordDialog).toBeHidden();
      const notice = page.getByRole('alert').filter({ hasText: /已记录删除请求 SC-\d{8}-\d{3}。/ });
      const no = /SC-\d{8}-\d{3}/.exec((await notice.textContent()) ?? '')?.[0] ?? '';
      await dismissNotice(page, `已记录删除请求 ${no}。`);
      await expect(this.erasureDetail(no)).toBeVisible();
      return no;
    },

    /** 执行删除 of the open request, confirmed with the password; `count` cases could be deleted. */
    async executeErasure(no: string, count: number, password: string) {
      await this.erasureDetail(no).getByRole('button', { name: `执行删除（${count} 宗可删除）` }).click();
      await expect(executeDialog).toBeVisible();
      await executeDialog.getByLabel('您的登录密码').fill(password);
      await executeDialog.getByRole('button', { name: '确认执行' }).click();
      await expect(executeDialog).toBeHidden();
      await dismissNotice(page, `已删除 ${count} 宗投诉的个人信息。`);
    },

    /** Opens a request from the list (after the page was left, to print its reply). */
    async openErasure(no: string) {
      await erasure.getByRole('button', { name: `查看 ${no}` }).click();
      await expect(this.erasureDetail(no)).toBeVisible();
    },

    /** 记录告知书送达 of the request: how (an option of 送达方式) and where, at the time the dialog proposes. */
    async recordDelivery(no: string, method: string, to: string) {
      await this.erasureDetail(no).getByRole('button', { name: '记录告知书送达' }).click();
      await expect(deliveryDialog).toBeVisible();
      const box = deliveryDialog.getByRole('combobox', { name: '送达方式', exact: true });
      await box.click();
      await page.getByRole('option', { name: method, exact: true }).click();
      await expect(box).toHaveValue(method);
      await deliveryDialog.getByRole('textbox', { name: '送达地址或对象' }).fill(to);
      await deliveryDialog.getByRole('button', { name: '记录送达' }).click();
      await expect(deliveryDialog).toBeHidden();
      await dismissNotice(page, '已记录告知书送达。');
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
