import { expect, type Page } from '@playwright/test';
import { zh, type Labels } from './labels';

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

/** First-run setup, signing in and handing the desk to a colleague, as people do it. */
export function authPage(page: Page, l: Labels = zh) {
  const header = page.getByRole('banner');
  const signInForm = page.getByRole('form', { name: l.auth.signInTitle });
  /** The header's user menu of `name`, whatever their role (its name reads 当前用户 张三 · 客服专员). */
  const userMenu = (name: string) => header.getByRole('button', { name: new RegExp(`^${l.auth.signedInAs(name)} · `) });

  return {
    signInForm,
    userMenu,
    /** The refusal shown on the sign-in page. */
    signInAlert: signInForm.getByRole('alert'),

    /**
     * A fresh desk: creates the administrator on the first-run page, then the
     * staff of every role through the store API (as that admin), and signs in as `as`.
     */
    async setUp(as: StaffRole = 'agent') {
      await page.goto('/');
      await expect(page.getByRole('heading', { name: l.auth.setupTitle })).toBeVisible();
      await page.getByLabel(l.auth.displayName).fill(STAFF.admin.name);
      const passwords = page.locator('input[type=password]');
      await passwords.nth(0).fill(PASSWORD);
      await passwords.nth(1).fill(PASSWORD);
      await page.getByRole('button', { name: l.auth.createAdmin }).click();
      await expect(userMenu(STAFF.admin.name)).toBeVisible();
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
      await this.signOutToSignIn();
      await this.signIn(role);
    },

    /** Opens the user menu and chooses 切换用户; the sign-in page follows. */
    async signOutToSignIn() {
      await header.getByRole('button', { name: new RegExp(`^${l.auth.signedInAs('')}`) }).click();
      await page.getByRole('menuitem', { name: l.auth.switchUser }).click();
      await expect(signInForm).toBeVisible();
    },

    async signIn(role: StaffRole) {
      await this.signInWith(STAFF[role].username, PASSWORD);
      await expect(userMenu(STAFF[role].name)).toBeVisible();
    },

    /** Types a user name and password on the sign-in page and submits; the caller checks the outcome. */
    async signInWith(username: string, password: string) {
      await expect(signInForm).toBeVisible();
      await signInForm.getByLabel(l.auth.username).fill(username);
      await signInForm.getByLabel(l.auth.password, { exact: true }).fill(password);
      await signInForm.getByRole('button', { name: l.auth.signIn }).click();
    },
  };
}
