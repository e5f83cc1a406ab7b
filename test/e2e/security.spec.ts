import { expect, test } from './fixtures';
import { PASSWORD, STAFF } from './pages/auth';
import { securityPage, securityWords as w } from './pages/security';

test.describe('access: re-authentication, admin pages, idle lock', () => {
  test.describe('as the administrator', () => {
    test.use({ signedInAs: 'admin' });

    test('changing an agent’s role asks for the admin’s password; a wrong one changes nothing', async ({ desk, page }) => {
      const { shell, settings, labels: l } = desk;
      const security = securityPage(page);
      const agent = STAFF.agent;
      await shell.open('settings');
      await settings.openTab(l.settings.tabs.users);
      const dialog = await security.changeRole(agent.username, l.role.supervisor);

      const confirm = await security.confirmWith(w.confirmRoleTitle(agent.name), 'Wrong2026no');
      await expect(confirm.getByText(w.wrongPassword)).toBeVisible();
      // The edit dialog underneath still holds the new role.
      await expect(dialog.getByRole('combobox', { name: '角色', exact: true })).toHaveValue(l.role.supervisor);

      await security.confirmWith(w.confirmRoleTitle(agent.name), PASSWORD);
      await expect(dialog).toBeHidden();
      await security.dismissSaved(agent.username);
      await expect(settings.userRow(agent.username)).toContainText(l.role.supervisor);
      // The store host has it too.
      const role = await page.evaluate(async (username) => {
        const users = await window.__desk!.store.send('users.list', {});
        return users.find((u) => u.username === username)?.role;
      }, agent.username);
      expect(role).toBe('supervisor');
    });
  });

  test('an agent is offered no admin page, a direct address shows none, and the store host refuses with the action named', async ({ desk, page }) => {
    const { shell, settings, labels: l } = desk;
    await shell.open('settings');
    await expect(settings.tab(l.settings.tabs.general)).toBeVisible();
    for (const name of [l.settings.tabs.users, l.settings.tabs.audit, w.tabs.auditLog, w.tabs.security, l.settings.tabs.sla]) {
      await expect(settings.tab(name)).toHaveCount(0);
    }

    await page.goto('/#/settings/users');
    await expect(settings.tab(l.settings.tabs.general)).toHaveAttribute('aria-selected', 'true');
    await expect(settings.usersTable).toHaveCount(0);
    // The page says why, rather than silently showing another.
    await expect(page.getByRole('alert')).toHaveText(`“${l.settings.tabs.users}”页面不对你的角色（客服专员）开放。如需使用，请联系管理员。`);
    await page.goto('/#/settings/audit-log');
    await expect(settings.tab(l.settings.tabs.general)).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('table', { name: w.tabs.auditLog })).toHaveCount(0);

    const refusal = await page.evaluate(async () => {
      try {
        await window.__desk!.store.send('settings.update', { key: 'centreName', value: '别的中心' });
        return null;
      } catch (error) {
        return (error as { data?: unknown }).data;
      }
    });
    expect(refusal).toEqual({ code: 'auth.forbidden', params: { permission: 'settings.update', role: 'agent' } });
  });

  test.describe('the idle lock', () => {
    // A reload with the half-typed registration kept under the lock asks before unloading.
    test.use({ unloadPrompts: 'allow' });

    test('the screen locks after the idle minutes on the page’s clock and unlocks with the password', async ({ desk, page }) => {
      const { shell } = desk;
      const security = securityPage(page);
      // The idle timer runs in the page, on Playwright's clock (the store Worker keeps real time). Installed, then
      // reloaded, so the timer is armed on the fake clock; the session resumes.
      await page.clock.install({ time: Date.now() });
      await page.reload();
      await shell.open('intake');
      await expect(shell.navigation).toBeVisible();
      // An agent called away in the middle of registering a complaint.
      await desk.intake.field('customerName').fill('锁屏前填写的王女士');

      // The minutes in force (Settings → 安全; 15 unless the desk was set otherwise).
      const minutes = await page.evaluate(async () => (await window.__desk!.store.send('settings.get', {})).security.idleLockMinutes);
      await page.clock.fastForward((minutes - 1) * 60_000);
      await expect(security.lockForm).toHaveCount(0);
      await page.clock.fastForward(90_000);
      await expect(security.lockForm).toBeVisible();
      await expect(security.lockForm).toContainText(STAFF.agent.name);
      // The app is out of sight and out of reach, not just covered.
      await expect(shell.navigation).toBeHidden();
      // The one main landmark left is the lock screen's own.
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.getByRole('main').getByRole('form', { name: w.lockTitle })).toBeVisible();
      // Unlocked, the half-typed form is there as it was left.
      await security.unlockWith(PASSWORD);
      await expect(security.lockForm).toBeHidden();
      await expect(desk.intake.field('customerName')).toHaveValue('锁屏前填写的王女士');
      await page.clock.fastForward((minutes + 1) * 60_000);
      await expect(security.lockForm).toBeVisible();

      // A reload comes back locked.
      await page.reload();
      await expect(security.lockForm).toBeVisible();

      await security.unlockWith('Wrong2026no');
      await expect(security.lockForm.getByText(w.unlockWrong)).toBeVisible();
      await security.unlockWith(PASSWORD);
      await expect(security.lockForm).toBeHidden();
      await expect(shell.navigation).toBeVisible();

      // Stepping away, the agent locks the screen from the user menu: it says so, not that the desk sat idle,
      // and the menu opens again after unlocking.
      for (const round of [1, 2]) {
        await security.lockFromMenu();
        await expect(security.lockForm, `lock ${round}`).toContainText(w.lockedByHand);
        await expect(security.lockForm).not.toContainText(w.lockedIdle);
        await expect(shell.navigation).toBeHidden();
        await security.unlockWith(PASSWORD);
        await expect(security.lockForm).toBeHidden();
      }
    });
  });
});
