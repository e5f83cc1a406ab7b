import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { BACKUP_LABELS, backupTab } from './pages/backup';

test.use({ signedInAs: 'agent' });

/** Registers a complaint through the store API, as the signed-in agent; answers its number. */
async function registerByApi(page: Page, customerName: string): Promise<string> {
  return page.evaluate(async (name) => {
    const c = await window.__desk!.store.send('cases.register', {
      receivedAt: Date.now() - 60_000,
      channel: 'phone',
      customerName: name,
      phone: '13812345678',
      email: '',
      description: '快递三天未送达。',
      severity: 'general',
    });
    return c.no;
  }, customerName);
}

test('备份到文件, then restoring it undoes what came after; a cut-short copy is refused and changes nothing', async ({ desk, page }, testInfo) => {
  test.setTimeout(180_000);
  const { auth, shell, tracking } = desk;
  const backup = backupTab(page);
  const first = await registerByApi(page, '张三');
  const second = await registerByApi(page, '李四');

  await auth.switchTo('admin');
  await backup.open();
  await expect(backup.main.getByText(BACKUP_LABELS.never)).toBeVisible();
  await expect(backup.main.getByText(BACKUP_LABELS.browserOnly)).toBeVisible();
  const file = await backup.backUpToFile();
  expect(file.name).toMatch(/^complaint-desk-\d{8}-\d{6}-manual\.cdbak$/);
  await expect(backup.main.getByText(BACKUP_LABELS.lastManual)).toBeVisible();
  await expect(backup.main.getByText(BACKUP_LABELS.never)).toBeHidden();

  await auth.switchTo('agent');
  const extra = await registerByApi(page, '王五');
  await shell.visit('tracking');
  await tracking.expectLoaded();
  await expect(tracking.count(3)).toBeVisible();

  await auth.switchTo('admin');
  await backup.open();
  const named = testInfo.outputPath(file.name);
  await writeFile(named, await readFile(file.path));
  await backup.chooseFile(named);
  await expect(backup.summaryValue('投诉单')).toHaveText('2');
  await backup.confirmRestore();
  await expect(auth.signInForm).toBeVisible({ timeout: 60_000 });

  await auth.signIn('agent');
  await shell.visit('tracking');
  await tracking.expectLoaded();
  await tracking.expectCases([second, first]);
  await expect(tracking.row(extra)).toHaveCount(0);

  // The way back: the copy made before the restore, kept in the browser, downloads from 备份记录 and holds all three.
  await auth.switchTo('admin');
  await backup.open();
  const kept = await backup.downloadKept(BACKUP_LABELS.preRestore);
  expect(kept.name).toMatch(/^complaint-desk-\d{8}-\d{6}-pre-restore\.cdbak$/);
  const keptNamed = testInfo.outputPath(kept.name);
  await writeFile(keptNamed, await readFile(kept.path));
  await backup.chooseFile(keptNamed);
  await expect(backup.summaryValue('投诉单')).toHaveText('3');

  // A copy cut short is refused with what is wrong; nothing changes.
  const bytes = await readFile(file.path);
  const truncated = testInfo.outputPath('cut-short.cdbak');
  await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
  await auth.switchTo('admin');
  await backup.open();
  await backup.chooseFile(truncated);
  await expect(backup.restoreSection.getByRole('alert')).toHaveText(BACKUP_LABELS.truncated);
  await expect(backup.restoreSection.getByRole('button', { name: BACKUP_LABELS.start })).toHaveCount(0);
  await auth.switchTo('agent');
  await shell.visit('tracking');
  await tracking.expectCases([second, first]);
});
