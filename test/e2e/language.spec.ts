import { expect, test } from './fixtures';
import { en, zh } from './pages/labels';

test.describe('UI language', () => {
  // The reload below leaves a half-typed registration: the page asks first, as it should.
  test.use({ unloadPrompts: 'allow' });

  test('switches to English, validates in English and keeps the choice after reload', async ({ desk, page }) => {
    await desk.shell.visit('intake');
    await expect(desk.shell.navigation.getByRole('link')).toHaveText(Object.values(zh.nav));
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    // Chinese takes the CJK font first; English takes Latin glyphs first (the CJK font drew its quotes full-width).
    const firstFont = () => page.evaluate(() => getComputedStyle(document.body).fontFamily.split(',')[0]!.trim().replace(/"/g, ''));
    expect(await firstFont()).toBe('Noto Sans CJK SC');

    await desk.shell.switchLanguage('English');
    const english = desk.in(en);
    await expect(english.shell.navigation.getByRole('link')).toHaveText(Object.values(en.nav));
    await expect(page.getByRole('banner').getByRole('heading', { level: 1 })).toHaveText(en.appTitle);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await firstFont()).toBe('system-ui');
    await english.intake.expectLoaded();
    for (const legend of Object.values(en.intake.sections)) await expect(english.intake.section(legend)).toBeVisible();
    await expect(english.intake.field('customerName')).toBeVisible();
    await expect(english.intake.field('demandNote')).toBeVisible();
    await expect(english.intake.demand(en.demand.apology)).toBeVisible();
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
    await expect(english.shell.navigation.getByRole('link')).toHaveText(Object.values(en.nav));
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
    await expect(english.tracking.headers).toHaveText(en.tracking.defaultColumns.map((column) => en.tracking.columns[column]));
    await english.tracking.showColumn('channel');
    await expect(english.tracking.cells(no)).toContainText(['Walk-in', 'Major', 'Awaiting screening']);

    // The case page speaks English too: stages, next step, actions, deadlines.
    await english.tracking.openCase(no);
    const casePage = english.casePage;
    await expect(casePage.heading(no)).toBeVisible();
    await expect(casePage.steps).toHaveText(en.flow.steps.map((step, i) => (i === 0 ? `1${step}${en.flow.stepCurrent}` : `${i + 1}${step}`)));
    await expect(casePage.hint).toContainText(en.flow.hint.registered);
    const { accept, redirect, requestInfo, addContact, correct, addAttachment } = en.flow.command;
    await expect(casePage.actions).toHaveText([accept, redirect, requestInfo, addContact, correct, addAttachment]);
    await expect(casePage.clock('response')).toContainText(en.flow.clockState.running);
    await expect(casePage.value('customerType')).toHaveText(en.customerType.individual);
    await expect(casePage.timelineTitles).toHaveText([en.flow.timeline.register]);
    await english.shell.open('tracking');

    // And back to Chinese.
    await english.shell.switchLanguage('简体中文');
    await expect(desk.shell.navigation.getByRole('link')).toHaveText(Object.values(zh.nav));
    await desk.tracking.expectCases([no]);
    await expect(desk.tracking.cells(no)).toContainText(['现场', '重大', '待初审']);
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
