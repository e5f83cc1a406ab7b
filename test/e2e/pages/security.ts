import { expect, type Page } from '@playwright/test';
import { dismissNotice } from './notices';

/** The words of the access features, in Chinese (this spec runs in zh-CN only). */
export const securityWords = {
  lockTitle: '屏幕已锁定',
  unlock: '解锁',
  switchUser: '切换用户',
  /** The user menu's item (its hint follows in the same item). */
  lockScreen: /^锁定屏幕/,
  lockedByHand: '屏幕已锁定。请输入密码继续工作。',
  lockedIdle: '长时间未操作',
  password: '密码',
  confirmPassword: '您的登录密码',
  confirmSubmit: '确认修改',
  confirmRoleTitle: (name: string) => `确认修改 ${name} 的角色`,
  wrongPassword: '当前密码不正确。还可尝试 4 次',
  /** The first wrong password on the lock screen: four tries left. */
  unlockWrong: '密码不正确。还可尝试 4 次，之后账户将锁定 15 分钟。',
  edit: '编辑',
  editTitle: (username: string) => `编辑用户 ${username}`,
  updated: (username: string) => `已保存用户 ${username}`,
  tabs: { auditLog: '审计日志', security: '安全' },
};

const w = securityWords;

/** The lock screen, and the users dialog's password confirmation. */
export function securityPage(page: Page) {
  const lockForm = page.getByRole('form', { name: w.lockTitle });

  return {
    lockForm,

    /** 锁定屏幕 from the header's user menu, as someone stepping away does. */
    async lockFromMenu() {
      await page.getByRole('banner').getByRole('button', { name: /^当前用户 / }).click();
      await page.getByRole('menuitem', { name: w.lockScreen }).click();
    },

    async unlockWith(password: string) {
      await lockForm.getByLabel(w.password, { exact: true }).fill(password);
      await lockForm.getByRole('button', { name: w.unlock, exact: true }).click();
    },

    /** Opens 编辑 on a user's row of the users table and chooses another role; the save asks for the password. */
    async changeRole(username: string, role: string) {
      const main = page.getByRole('main');
      const row = main.getByRole('row').filter({ has: page.getByRole('cell', { name: username, exact: true }) });
      await row.getByRole('button', { name: w.edit, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: w.editTitle(username) });
      await expect(dialog).toBeVisible();
      await dialog.getByRole('combobox', { name: '角色', exact: true }).click();
      await page.getByRole('option', { name: role, exact: true }).click();
      await dialog.getByRole('button', { name: '保存', exact: true }).click();
      return dialog;
    },

    /** The password confirmation over the users dialog: enters the password and confirms. */
    async confirmWith(title: string, password: string) {
      const confirm = page.getByRole('dialog', { name: title });
      await expect(confirm).toBeVisible();
      await confirm.getByLabel(w.confirmPassword).fill(password);
      await confirm.getByRole('button', { name: w.confirmSubmit, exact: true }).click();
      return confirm;
    },

    dismissSaved: (username: string) => dismissNotice(page, w.updated(username)),
  };
}
