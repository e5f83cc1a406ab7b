import { expect, test } from '@playwright/test';
import { createDesk, type Desk } from '../e2e/pages/desk';
import type { Complaint } from '../e2e/pages/intake';
import { firstRun } from './first-run';
import { appPerTest, crashStoreHost, storeHostId, uiWindow } from './electron-app';

test.describe('the desktop app', () => {
  const desktop = appPerTest();

  /**
   * Starts the app on this test's profile: on a new profile through the
   * first-run setup, afterwards by signing in (a session does not outlive the
   * app); then waits for the first screen, the tracking list.
   */
  async function start(first: boolean): Promise<Desk> {
    const desk = createDesk(await uiWindow(await desktop.launch()));
    if (first) await firstRun(desk);
    else await desk.auth.signIn('agent');
    await desk.shell.open('tracking');
    await desk.tracking.expectLoaded();
    return desk;
  }

  const complaint = (name: string): Complaint => ({
    customerName: name,
    phone: '13800138000',
    description: `${name}的投诉。`,
    channel: '信函',
    severity: '严重',
  });

  test('registers a case that is still there after the app is closed and started again', async () => {
    let desk = await start(true);
    await expect(desk.tracking.emptyState).toBeVisible();
    await desk.shell.open('intake');
    const no = await desk.intake.register(complaint('林桌面'));
    expect(no).toMatch(/^TS-\d{8}-0001$/);
    await desk.shell.open('tracking');
    await desk.tracking.expectCases([no]);

    // Quitting flushes the store host; the data stays in the profile directory.
    await desktop.quit();
    desk = await start(false);
    await desk.tracking.expectCases([no]);
    await desk.tracking.openCase(no);
    await expect(desk.casePage.heading(no)).toBeVisible();
    await expect(desk.casePage.value('customerName')).toHaveText('林桌面');
    await expect(desk.casePage.value('phone')).toHaveText('13800138000');
    await expect(desk.casePage.value('channel')).toHaveText('信函');
    await expect(desk.casePage.value('description')).toHaveText('林桌面的投诉。');
  });

  test('restarts a crashed store host; registering works again and nothing was lost', async () => {
    const desk = await start(true);
    await desk.shell.open('intake');
    const first = await desk.intake.register(complaint('崩溃前'));

    const crashed = await crashStoreHost(desktop.running());
    // Main notices the crash and starts a new store host in a new renderer.
    await expect
      .poll(async () => {
        const id = await storeHostId(desktop.running());
        return id !== null && id !== crashed;
      }, { timeout: 30_000, message: 'a new store host is running' })
      .toBe(true);

    await desk.intake.fill(complaint('崩溃后'));
    await desk.intake.submit();
    // A submit that raced the restart is refused, never silently repeated, and the form keeps the input.
    const restarted = desk.page.getByRole('alert').filter({ hasText: '本地数据服务刚刚重启' });
    await expect(desk.intake.confirmation.or(restarted)).toBeVisible();
    if (await restarted.isVisible()) {
      await expect(desk.intake.field('customerName')).toHaveValue('崩溃后');
      await desk.intake.submit();
    }
    const second = await desk.intake.confirmedCaseNumber();
    // The day's counter survived the crash: no number is given twice.
    expect(first).toMatch(/^TS-\d{8}-0001$/);
    expect(second).toMatch(/^TS-\d{8}-0002$/);

    await desk.shell.open('tracking');
    await expect(desk.tracking.count(2)).toBeVisible();
    await expect(desk.tracking.row(first)).toHaveCount(1);
    await expect(desk.tracking.row(second)).toHaveCount(1);
  });
});
