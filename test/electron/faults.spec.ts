import { expect, test } from '@playwright/test';
import { createDesk, type Desk } from '../e2e/pages/desk';
import { RESTARTED_MESSAGE } from '../e2e/pages/faults';
import type { Complaint } from '../e2e/pages/intake';
import { firstRun } from './first-run';
import { appPerTest, crashStoreHost, storeHostId, uiWindow } from './electron-app';

/** The real window: the store host's renderer is killed while the user registers one complaint after another. */
test.describe('the desktop app when its store host dies', () => {
  const desktop = appPerTest();

  const complaint = (name: string): Complaint => ({ customerName: name, phone: '13800138000', description: `${name}的投诉。`, severity: '一般' });

  test('crashed in the middle of a run of registrations: the window reconnects by itself, keeps the form, loses nothing committed', async () => {
    test.setTimeout(180_000);
    const running = await desktop.launch();
    const desk: Desk = createDesk(await uiWindow(running));
    await firstRun(desk);
    await desk.shell.open('intake');
    const timeOrigin = await desk.page.evaluate(() => performance.timeOrigin);

    const saved: string[] = [];
    for (const name of ['连续一', '连续二', '连续三']) saved.push(await desk.intake.register(complaint(name)));

    // The fourth is submitted and the store host killed at once: the command races the crash.
    await desk.intake.fill(complaint('崩溃中'));
    await desk.intake.submit();
    const crashed = await crashStoreHost(running);
    await expect
      .poll(async () => {
        const id = await storeHostId(running);
        return id !== null && id !== crashed;
      }, { timeout: 30_000, message: 'main started a new store host' })
      .toBe(true);

    const restarted = desk.page.getByRole('alert').filter({ hasText: RESTARTED_MESSAGE.zh });
    await expect(desk.intake.confirmation.or(restarted)).toBeVisible({ timeout: 30_000 });
    let raced: 'saved' | 'refused' = 'saved';
    if (await restarted.isVisible()) {
      // Refused, never silently repeated; what was typed is still there for the retry.
      raced = 'refused';
      await expect(desk.intake.field('customerName')).toHaveValue('崩溃中');
      await desk.intake.submit();
    }
    saved.push(await desk.intake.confirmedCaseNumber());

    // The run goes on against the new store host, in the same page.
    for (const name of ['重启后一', '重启后二']) saved.push(await desk.intake.register(complaint(name)));
    expect(await desk.page.evaluate(() => performance.timeOrigin)).toBe(timeOrigin);

    // Every confirmed number is listed; numbers are never given twice. A refused command that had in fact
    // committed before the crash is the only extra case there may be.
    expect(new Set(saved).size).toBe(saved.length);
    await desk.shell.open('tracking');
    await desk.tracking.expectLoaded();
    const counted = desk.tracking.count(saved.length);
    await expect(raced === 'refused' ? counted.or(desk.tracking.count(saved.length + 1)) : counted).toBeVisible();
    for (const no of saved) await expect(desk.tracking.row(no)).toHaveCount(1);
    await desk.tracking.openCase(saved[0]!);
    await expect(desk.casePage.value('customerName')).toHaveText('连续一');
  });
});
