import { expect } from '@playwright/test';
import { PASSWORD, STAFF } from '../e2e/pages/auth';
import type { Desk } from '../e2e/pages/desk';

/**
 * First run of the desktop app, all through its screens (the Electron
 * renderer has no test hook into the store): the administrator is created,
 * creates an agent in 设置 → 用户, and hands the desk to that agent.
 */
export async function firstRun(desk: Desk): Promise<void> {
  const { page, labels: l } = desk;
  await expect(page.getByRole('heading', { name: l.auth.setupTitle })).toBeVisible();
  await page.getByLabel(l.auth.displayName).fill(STAFF.admin.name);
  const passwords = page.locator('input[type=password]');
  await passwords.nth(0).fill(PASSWORD);
  await passwords.nth(1).fill(PASSWORD);
  await page.getByRole('button', { name: l.auth.createAdmin }).click();
  await desk.shell.open('settings');
  await desk.settings.openTab(l.settings.tabs.users);
  await desk.settings.createUser({
    username: STAFF.agent.username,
    name: STAFF.agent.name,
    role: '客服专员',
    department: STAFF.agent.department,
    password: PASSWORD,
  });
  await desk.auth.switchTo('agent');
}
