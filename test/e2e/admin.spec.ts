import { expect, test } from './fixtures';
import { PASSWORD } from './pages/auth';
import { HOUR, shown, thisMinute } from './pages/time';

test.describe('administration', () => {
  test.describe('as the administrator', () => {
    test.use({ signedInAs: 'admin' });

    test('creates a user in 设置 → 用户, who then signs in with the initial password', async ({ desk }) => {
      const { settings, auth, shell, intake, labels: l } = desk;
      await shell.visit('settings');
      await settings.openTab(l.settings.tabs.users);
      await settings.createUser({ username: 'agent2', name: '吴新人', role: l.role.agent, department: '客服中心', password: 'Newbie2026x' });
      await expect(settings.userRow('agent2').getByRole('cell').nth(1)).toHaveText('吴新人');
      await expect(settings.userRow('agent2').getByRole('cell').nth(2)).toHaveText(l.role.agent);
      await expect(settings.userRow('agent2').getByRole('cell').nth(3)).toHaveText('客服中心');
      await expect(settings.userRow('agent2').getByRole('cell').nth(4)).toHaveText(l.settings.users.active);

      await auth.signOutToSignIn();
      await auth.signInWith('agent2', 'Newbie2026x');
      await expect(auth.userMenu('吴新人')).toHaveText(`吴新人 · ${l.role.agent}`);
      // An agent registers complaints and has no administration tabs.
      await shell.open('intake');
      await expect(intake.intakeAgent).toHaveValue('吴新人');
      await shell.open('settings');
      await expect(settings.tabs).toHaveText([l.settings.tabs.general, l.settings.tabs.account, l.settings.tabs.myAlerts]);
    });

    test('a shorter response limit for 重大 applies to the next 重大 case', async ({ desk, page }) => {
      const { settings, auth, shell, intake, tracking, casePage, labels: l } = desk;
      await shell.visit('settings');
      await settings.openTab(l.settings.tabs.sla);
      await expect(settings.responseHours(l.severity.major)).toHaveValue('2');
      await settings.setResponseHours(l.severity.major, 4);
      await page.reload();
      await expect(settings.responseHours(l.severity.major)).toHaveValue('4');
      await expect(settings.responseHours(l.severity.general)).toHaveValue('24');

      await auth.switchTo('agent');
      const now = thisMinute();
      await page.clock.setFixedTime(now);
      await shell.visit('intake');
      const no = await intake.register({ customerName: '沈一', phone: '13300000001', description: '门店消防通道被堵。', severity: l.severity.major });
      await expect(intake.confirmation).toContainText(l.intake.savedDetail(shown(now + 4 * HOUR)));
      await shell.open('tracking');
      await expect(tracking.cell(no, 'responseDueAt')).toHaveText(shown(now + 4 * HOUR));
      await tracking.openCase(no);
      await expect(casePage.clock('response')).toContainText(shown(now + 4 * HOUR));
    });
  });

  test('a wrong password is refused with a message that does not say which part was wrong', async ({ desk }) => {
    const { auth, labels: l } = desk;
    await auth.signOutToSignIn();
    await auth.signInWith('agent1', 'Wrong2026ok');
    await expect(auth.signInAlert).toContainText(l.errors.badCredentials);
    await expect(auth.signInForm.getByLabel(l.auth.password, { exact: true })).toHaveValue('');
    await auth.signInWith('nobody', PASSWORD);
    await expect(auth.signInAlert).toContainText(l.errors.badCredentials);
    await expect(auth.userMenu('李客服')).toHaveCount(0);

    await auth.signIn('agent');
    await expect(auth.userMenu('李客服')).toBeVisible();
  });
});
