import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { BackupFolderStatus, BackupNowResult, BackupPrefs, DeskBridge } from '../../src-main/core/contract';
import { createDesk } from '../e2e/pages/desk';
import { firstRun } from './first-run';
import { appPerTest, uiWindow } from './electron-app';

const BACKUP_NAME = /^complaint-desk-\d{8}-\d{6}-(daily|on-quit|pre-restore)\.cdbak$/;

/** The UI preload's bridge, as the Settings page uses it. */
const desk = (page: Page) => ({
  backupNow: () => page.evaluate(() => (window as unknown as { desk: DeskBridge }).desk.backupNow()) as Promise<BackupNowResult>,
  backupStatus: () => page.evaluate(() => (window as unknown as { desk: DeskBridge }).desk.backupStatus()) as Promise<BackupFolderStatus>,
  setBackupPrefs: (backup: BackupPrefs) => page.evaluate((prefs) => (window as unknown as { desk: DeskBridge }).desk.setPrefs({ backup: prefs }), backup),
});

test.describe('automatic backups of the desktop app', () => {
  const desktop = appPerTest();

  const backupsDir = () => join(desktop.profileDir, 'backups');
  const backupFiles = () => (existsSync(backupsDir()) ? readdirSync(backupsDir()).filter((name) => BACKUP_NAME.test(name)).sort() : []);

  /** Starts the app on this test's profile and goes through the first-run setup. */
  async function start(): Promise<Page> {
    const page = await uiWindow(await desktop.launch());
    await firstRun(createDesk(page));
    return page;
  }

  test('a backup from Settings lands in the profile’s backups folder and is listed there', async () => {
    const page = await start();
    const result = await desk(page).backupNow();
    expect(result.status).toBe('saved');
    if (result.status !== 'saved') return;
    expect(result.path.startsWith(backupsDir())).toBe(true);
    expect(result.path).toMatch(/-daily\.cdbak$/);
    expect(statSync(result.path).size).toBeGreaterThan(0);
    // Only complete files: no temp file is left beside it.
    expect(readdirSync(backupsDir()).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    const status = await desk(page).backupStatus();
    expect(status.folder).toBe(backupsDir());
    expect(status.files).toEqual([expect.objectContaining({ path: result.path, kind: 'daily', at: result.at, bytes: statSync(result.path).size })]);
    expect(status.freeBytes).toBeGreaterThan(0);
  });

  test('quitting makes an on-quit backup, unless the prefs turn it off', async () => {
    await start();
    await desktop.quit();
    const afterFirstQuit = backupFiles();
    expect(afterFirstQuit).toEqual([expect.stringMatching(/-on-quit\.cdbak$/)]);
    expect(statSync(join(backupsDir(), afterFirstQuit[0]!)).size).toBeGreaterThan(0);

    const page = await uiWindow(await desktop.launch());
    await desk(page).setBackupPrefs({ daily: true, onQuit: false, keepDaily: 7, keepMonthly: 12 });
    await desktop.quit();
    expect(backupFiles()).toEqual(afterFirstQuit);
  });

  test('rotation keeps only as many automatic backups as the prefs say', async () => {
    const page = await start();
    await desk(page).setBackupPrefs({ daily: true, onQuit: false, keepDaily: 2, keepMonthly: 0 });
    const saved: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const result = await desk(page).backupNow();
      expect(result.status).toBe('saved');
      if (result.status === 'saved') saved.push(result.path);
    }
    expect(new Set(saved).size).toBe(4);
    expect(backupFiles().map((name) => join(backupsDir(), name))).toEqual(saved.slice(-2).sort());
  });
});
