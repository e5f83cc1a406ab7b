import { expect, type Page } from '@playwright/test';

/** One password for every test account; it meets the policy (letters, digits, ≥ 8, no user name). */
export const PASSWORD = 'Desk2026ok';

export const STAFF = {
  admin: { username: 'admin', name: '王管理', role: 'admin', department: '运营部' },
  agent: { username: 'agent1', name: '李客服', role: 'agent', department: '客服中心' },
  supervisor: { username: 'sup1', name: '赵主管', role: 'supervisor', department: '客服中心' },
  director: { username: 'dir1', name: '孙总监', role: 'director', department: '客服中心' },
  ops_director: { username: 'ops1', name: '钱运营', role: 'ops_director', department: '运营部' },
  legal: { username: 'legal1', name: '周法务', role: 'legal', department: '法务部' },
} as const;
export type StaffRole = keyof typeof STAFF;

/** First-run setup and signing in, as a person does it (Chinese UI). */
export function authPage(page: Page) {
  const header = page.getByRole('banner');
  const signedIn = (role: StaffRole) => expect(header.getByRole('button', { name: `当前用户 ${STAFF[role].name}` })).toBeVisible();

  return {
    /**
     * A fresh desk: creates the administrator on the first-run page, then the
     * staff of every role through the store API (as that admin), and signs in as `as`.
     */
    async setUp(as: StaffRole = 'agent') {
      await page.goto('/');
      await expect(page.getByRole('heading', { name: '首次使用：创建管理员' })).toBeVisible();
      await page.getByLabel('姓名').fill(STAFF.admin.name);
      const passwords = page.locator('input[type=password]');
      await passwords.nth(0).fill(PASSWORD);
      await passwords.nth(1).fill(PASSWORD);
      await page.getByRole('button', { name: '创建管理员并登录' }).click();
      await signedIn('admin');
      await page.evaluate(
        async ({ staff, password }) => {
          for (const person of staff) await window.__desk!.store.send('users.save', { ...person, active: true, password });
        },
        { staff: Object.values(STAFF).filter((s) => s.role !== 'admin'), password: PASSWORD },
      );
      if (as !== 'admin') await this.switchTo(as);
    },

    /** 切换用户 from the header's user menu, then signs in as another member of staff. */
    async switchTo(role: StaffRole) {
      await header.getByRole('button', { name: /^当前用户/ }).click();
      await page.getByRole('menuitem', { name: '切换用户' }).click();
      await this.signIn(role);
    },

    async signIn(role: StaffRole, password = PASSWORD) {
      await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
      await page.getByLabel('用户名').fill(STAFF[role].username);
      await page.locator('input[type=password]').fill(password);
      await page.getByRole('button', { name: '登录' }).click();
      if (password === PASSWORD) await signedIn(role);
    },
  };
}
