import { expect, type Page } from '@playwright/test';
import type { Labels } from './labels';
import { dismissNotice } from './notices';

export interface NewUser {
  username: string;
  name: string;
  /** Role and department as listed, e.g. 客服专员, 客服中心. */
  role: string;
  department: string;
  password: string;
}

/** 设置 as the administrator sees it: a tab per concern. */
export function settingsPage(page: Page, l: Labels) {
  const s = l.settings;
  const main = page.getByRole('main');
  const usersTable = main.getByRole('table', { name: s.users.table });
  const slaForm = main.getByRole('form', { name: s.sla.title });

  return {
    tab: (name: string) => main.getByRole('tab', { name, exact: true }),
    tabs: main.getByRole('tab'),
    usersTable,
    userRow: (username: string) => usersTable.getByRole('row').filter({ has: page.getByRole('cell', { name: username, exact: true }) }),
    slaForm,
    /** A response limit, by severity, in hours. */
    responseHours: (severity: string) => slaForm.getByRole('textbox', { name: severity, exact: true }),

    async openTab(name: string) {
      await this.tab(name).click();
      await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
    },

    async createUser(user: NewUser) {
      await main.getByRole('button', { name: s.users.add, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: s.users.createTitle });
      await expect(dialog).toBeVisible();
      const choose = async (label: string, option: string) => {
        await dialog.getByRole('combobox', { name: label, exact: true }).click();
        await page.getByRole('option', { name: option, exact: true }).click();
      };
      await dialog.getByRole('textbox', { name: s.users.username, exact: true }).fill(user.username);
      await dialog.getByRole('textbox', { name: s.users.name, exact: true }).fill(user.name);
      await choose(s.users.role, user.role);
      await choose(s.users.department, user.department);
      await dialog.getByLabel(s.users.initialPassword).fill(user.password);
      await dialog.getByLabel(s.users.confirmPassword).fill(user.password);
      await dialog.getByRole('button', { name: s.save, exact: true }).click();
      await expect(dialog).toBeHidden();
      await dismissNotice(page, s.users.created(user.username));
    },

    async setResponseHours(severity: string, hours: number) {
      await this.responseHours(severity).fill(String(hours));
      await slaForm.getByRole('button', { name: s.save, exact: true }).click();
      await dismissNotice(page, s.saved);
    },
  };
}
