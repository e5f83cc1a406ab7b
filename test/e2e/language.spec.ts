import { expect, test } from './fixtures';
import { en } from './pages/labels';

test.describe('UI language', () => {
  test('switches to English, validates in English and keeps the choice after reload', async ({ desk, page }) => {
    await desk.shell.visit('intake');
    await expect(desk.shell.navigation.getByRole('link')).toHaveText(['登记', '跟踪', '看板', '报告', '设置']);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

    await desk.shell.switchLanguage('English');
    const english = desk.in(en);
    await expect(english.shell.navigation.getByRole('link')).toHaveText(['Intake', 'Tracking', 'Dashboard', 'Reports', 'Settings']);
    await expect(page.getByRole('banner').getByRole('heading', { level: 1 })).toHaveText('Complaint Desk');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await english.intake.expectLoaded();
    await expect(english.intake.field('customerName')).toBeVisible();
    await expect(english.intake.channel).toHaveValue('Phone');

    await english.intake.submit();
    await english.intake.expectFieldError('customerName', en.errors.required);
    await english.intake.expectFieldError('description', en.errors.required);
    await english.intake.expectFieldError('phone', en.errors.contactRequired);
    await english.intake.fill({ customerName: 'Chen Jie', description: 'Wrong size delivered.', phone: '999' });
    await english.intake.submit();
    await english.intake.expectFieldError('phone', en.errors.phoneFormat);

    await page.reload();
    await english.intake.expectLoaded();
    await expect(english.shell.navigation.getByRole('link')).toHaveText(['Intake', 'Tracking', 'Dashboard', 'Reports', 'Settings']);
    await expect(english.shell.header.getByRole('radio', { name: 'English' })).toBeChecked();

    const no = await english.intake.register({
      customerName: 'Chen Jie',
      phone: '13912345678',
      description: 'Wrong size delivered.',
      channel: 'Walk-in',
      severity: 'Major',
    });
    await english.shell.open('tracking');
    await english.tracking.expectLoaded();
    await english.tracking.expectCases([no]);
    await expect(english.tracking.row(no).getByRole('cell')).toContainText(['Walk-in', 'Major', 'Awaiting screening']);

    // And back to Chinese.
    await english.shell.switchLanguage('简体中文');
    await expect(desk.shell.navigation.getByRole('link')).toHaveText(['登记', '跟踪', '看板', '报告', '设置']);
    await desk.tracking.expectCases([no]);
    await expect(desk.tracking.row(no).getByRole('cell')).toContainText(['现场', '重大', '待初审']);
  });

  test('messages already on screen follow a language switch', async ({ desk }) => {
    await desk.shell.visit('intake');
    await desk.intake.submit();
    await desk.intake.expectFieldError('customerName', desk.labels.errors.required);

    await desk.shell.switchLanguage('English');
    const english = desk.in(en);
    await english.intake.expectFieldError('customerName', en.errors.required);
    await english.intake.expectFieldError('phone', en.errors.contactRequired);
    await expect(english.intake.errorTexts(desk.labels.errors.required)).toHaveCount(0);
  });
});
