import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { authPage } from './pages/auth';
import { createDesk } from './pages/desk';

/** What a tab that may not run the desk shows (the page's own words; tests do not read the app's strings). */
const ELSEWHERE = '投诉处理台已在另一个标签页中打开';
const TAKE_OVER = '在此标签页中使用';
const elsewhere = (page: Page) => page.getByRole('alert').filter({ hasText: ELSEWHERE });

test.describe('the desk in several tabs of one browser', () => {
  test('runs in one tab at a time: another tab says so, may take it over, and each tab then works on the same data', async ({ desk, page, context }) => {
    test.setTimeout(120_000);
    await desk.shell.open('intake');
    const first = await desk.intake.register({ customerName: '第一页', phone: '13800138000', description: '第一个标签页登记的投诉。', severity: '一般' });

    // A second tab of the same browser: it does not start a store host of its own.
    const second = await context.newPage();
    await second.goto('/');
    await expect(elsewhere(second)).toBeVisible();
    await expect(elsewhere(page)).toHaveCount(0);

    // Taken over: the second tab runs the desk (its own sign-in: a session belongs to its tab), the first stops.
    await second.getByRole('button', { name: TAKE_OVER }).click();
    await expect(elsewhere(page)).toBeVisible();
    await authPage(second).signIn('agent');
    const other = createDesk(second);
    await other.shell.open('tracking');
    await other.tracking.expectCases([first]);
    await other.shell.open('intake');
    const later = await other.intake.register({ customerName: '第二页', phone: '13900139000', description: '第二个标签页登记的投诉。', severity: '一般' });

    // Taken back: the first tab is still signed in and sees the case the second one registered.
    await page.getByRole('button', { name: TAKE_OVER }).click();
    await expect(elsewhere(second)).toBeVisible();
    await expect(elsewhere(page)).toHaveCount(0);
    await desk.shell.open('tracking');
    await desk.tracking.expectCases([later, first]);
  });

  test('a registration half typed in the tab the desk was taken from is there again when that tab takes it back', async ({ desk, page, context }) => {
    await desk.shell.open('intake');
    await desk.intake.fill({ customerName: '转走前填写的王女士', phone: '13700137000', description: '第一个标签页里尚未提交的投诉。', severity: '一般' });

    const second = await context.newPage();
    await second.goto('/');
    await second.getByRole('button', { name: TAKE_OVER }).click();
    await expect(elsewhere(page)).toBeVisible();
    // Out of sight and out of reach under the notice.
    await expect(desk.intake.field('customerName')).toBeHidden();

    await page.getByRole('button', { name: TAKE_OVER }).click();
    await expect(elsewhere(page)).toHaveCount(0);
    await expect(desk.intake.field('customerName')).toHaveValue('转走前填写的王女士');
    await expect(desk.intake.field('description')).toHaveValue('第一个标签页里尚未提交的投诉。');
    // Still signed in, on a store host started afresh in this tab: the registration goes through.
    await desk.intake.submit();
    await desk.intake.confirmedCaseNumber();
  });

  test('a tab told the desk is open elsewhere takes it up by itself when the tab running it closes', async ({ desk, page, context }) => {
    await desk.shell.open('intake');
    const second = await context.newPage();
    await second.goto('/');
    await expect(elsewhere(second)).toBeVisible();
    await page.close();
    // Nobody clicks anything: the waiting tab runs the desk now (its own sign-in, as a session belongs to its tab).
    await expect(elsewhere(second)).toHaveCount(0, { timeout: 15_000 });
    await authPage(second).signIn('agent');
    const other = createDesk(second);
    await other.shell.open('tracking');
    await other.tracking.expectLoaded();
  });

  test('reloading the tab that runs the desk keeps it there: a waiting tab in the background does not take it', async ({ desk, page, context }) => {
    await desk.shell.open('intake');
    const second = await context.newPage();
    await second.goto('/');
    await expect(elsewhere(second)).toBeVisible();
    // The second tab goes to the background, as a tab does when another is shown.
    await second.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await page.reload();
    await expect(desk.shell.navigation).toBeVisible({ timeout: 15_000 });
    await expect(elsewhere(page)).toHaveCount(0);
    await expect(elsewhere(second)).toBeVisible();
  });
});

test.describe('a tab holding a half-typed registration', () => {
  // The question before unloading is what this spec checks.
  test.use({ unloadPrompts: 'allow' });

  test('reloading a tab with a registration half typed asks first; with nothing typed it does not', async ({ desk, page }) => {
    const asked: string[] = [];
    page.on('dialog', (dialog) => void asked.push(dialog.type()));
    await desk.shell.open('intake');
    await desk.intake.field('customerName').fill('未提交的李先生');
    await page.reload();
    expect(asked).toEqual(['beforeunload']);
    await desk.shell.open('intake');
    await expect(desk.intake.field('customerName')).toHaveValue('');
    await page.reload();
    expect(asked).toEqual(['beforeunload']);
  });
});
