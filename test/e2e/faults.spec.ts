import { expect, test } from './fixtures';
import { faults, RESTARTED_MESSAGE } from './pages/faults';

// A supervisor both registers complaints and may check audit chains.
test.use({ signedInAs: 'supervisor' });

test.describe('the store host dies under load', () => {
  test('killed mid-burst: the page reconnects by itself, keeps the open form, and every committed case is whole', async ({ desk, page }) => {
    test.setTimeout(180_000);
    const { intake, shell, tracking } = desk;
    const fault = faults(page);
    // Proves at the end that nothing reloaded the page.
    await page.evaluate(() => sessionStorage.setItem('faults-spec', 'same page'));
    const pageMarker = await page.evaluate(() => performance.timeOrigin);

    // 1. An open form survives the store host: what was typed stays, the user is told, and the retry saves it.
    await shell.visit('intake');
    await intake.expectLoaded();
    const typed = { customerName: '赵六', phone: '139 0000 1111', description: '空调安装后漏水，要求上门维修。' };
    await intake.fill(typed);
    await fault.killStore();
    await intake.submit();
    await expect(page.getByText(RESTARTED_MESSAGE.zh, { exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(intake.field('customerName')).toHaveValue(typed.customerName);
    await expect(intake.field('description')).toHaveValue(typed.description);
    await intake.submit();
    const formCase = await intake.confirmedCaseNumber();

    // 2. A burst of registrations, six in flight at any time; the store host is killed after 15 have committed.
    const burst = await fault.burst(60, 6, 15);
    expect(burst.killedAfter).toBe(15);
    // Calls in flight when it died are reported as such, never as success and never as anything else.
    expect(burst.failed.length).toBeGreaterThan(0);
    expect(new Set(burst.failed)).toEqual(new Set(['store.restarted']));
    // The lanes went on after the restart on the new store host.
    expect(burst.saved.length).toBeGreaterThan(burst.killedAfter);
    expect(burst.saved.length + burst.failed.length).toBe(60);

    // 3. Every command that reported success is in the data; a failed one may or may not have committed, but never in part.
    const ids = await fault.caseIds();
    for (const saved of burst.saved) expect(ids, saved.no).toContain(saved.id);
    expect(ids.length).toBeGreaterThanOrEqual(burst.saved.length + 1);
    expect(ids.length).toBeLessThanOrEqual(60 + 1);
    for (const id of ids) {
      const check = await fault.checkCase(id);
      expect(check.no, id).toMatch(/^TS-\d{8}-\d{4}$/);
      expect(check.chainOk, `audit chain of ${check.no}`).toBe(true);
      expect(check.commands, `timeline of ${check.no}`).toContain('cases.register');
    }
    // Case numbers were never handed out twice, also across the restart.
    const numbers = await Promise.all(ids.map(async (id) => (await fault.checkCase(id)).no));
    expect(new Set(numbers).size).toBe(ids.length);

    // 4. The UI works on without a reload: the tracking table lists them all, including the form's case.
    await shell.open('tracking');
    await tracking.expectLoaded();
    await expect(tracking.count(ids.length)).toBeVisible();
    const beforeKill = burst.saved[0]!.no;
    await tracking.searchBox.fill(beforeKill);
    await expect(tracking.count(1)).toBeVisible();
    await expect(tracking.row(beforeKill)).toHaveCount(1);
    await tracking.searchBox.fill(formCase);
    await expect(tracking.row(formCase)).toHaveCount(1);
    expect(await page.evaluate(() => performance.timeOrigin)).toBe(pageMarker);
    expect(await page.evaluate(() => sessionStorage.getItem('faults-spec'))).toBe('same page');
  });
});
