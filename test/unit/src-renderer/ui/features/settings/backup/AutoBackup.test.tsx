import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_APP_PREFS } from '../../../../../../../src-main/core/contract';
import type { AppPrefs, Platform } from '../../../../../../../src-renderer/platform/types';
import { PlatformContext } from '../../../../../../../src-renderer/ui/data/hooks';
import { AutoBackupPanel } from '../../../../../../../src-renderer/ui/features/settings/backup/AutoBackupPanel';
import { SettingsPage } from '../../../../../../../src-renderer/ui/features/settings/SettingsPage';
import { renderWithStore, teardown } from '../../../render';

afterEach(teardown);

/** The desktop as the panel sees it: main's preferences and backups folder. */
function desktop(lastFailure: { at: number; code: string } | null = null) {
  let prefs: AppPrefs = { ...DEFAULT_APP_PREFS };
  const runNow = vi.fn(async () => ({ status: 'saved' as const, path: '/home/desk/backups/complaint-desk-20261123-101500-daily.cdbak', at: 0 }));
  const openFolder = vi.fn(async () => undefined);
  const platform = {
    kind: 'electron',
    getPrefs: async () => prefs,
    setPrefs: async (patch: Partial<AppPrefs>) => (prefs = { ...prefs, ...patch }),
    backups: {
      status: async () => ({
        folder: '/home/desk/backups',
        freeBytes: 50 * 1024 ** 3,
        files: [{ name: 'complaint-desk-20261122-020000-daily.cdbak', path: '/home/desk/backups/complaint-desk-20261122-020000-daily.cdbak', at: new Date(2026, 10, 22, 2).getTime(), bytes: 3 * 1024 * 1024, kind: 'daily' }],
        lastFailure,
      }),
      runNow,
      openFolder,
    },
  } as unknown as Platform;
  return { platform, prefs: () => prefs, runNow, openFolder };
}

describe('自动备份 on the desktop', { timeout: 60_000 }, () => {
  it('edits main’s schedule and rotation, lists the backups folder, backs up now and opens the folder', async () => {
    const fake = desktop();
    await renderWithStore(
      <PlatformContext.Provider value={fake.platform}>
        <AutoBackupPanel />
      </PlatformContext.Provider>,
    );
    const form = await screen.findByRole('form', { name: '自动备份' });
    expect((within(form).getByRole('switch', { name: '每天自动备份' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(form).getByRole('switch', { name: '退出程序时备份' }));
    fireEvent.change(within(form).getByRole('textbox', { name: '保留最近的自动备份（份）' }), { target: { value: '14' } });
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(fake.prefs().backup).toEqual({ daily: true, onQuit: false, keepDaily: 14, keepMonthly: 12 }));
    expect(fake.prefs().language).toBe('zh-CN');

    expect(await screen.findByText('备份文件夹：/home/desk/backups · 磁盘剩余空间：50.00 GB')).toBeTruthy();
    const files = screen.getByRole('table', { name: '备份文件夹中的文件' });
    expect(within(files).getByText('complaint-desk-20261122-020000-daily.cdbak')).toBeTruthy();
    expect(within(files).getByText('3.0 MB')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '立即备份' }));
    expect(await screen.findByText('已备份到 /home/desk/backups/complaint-desk-20261123-101500-daily.cdbak')).toBeTruthy();
    expect(fake.runNow).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: '打开备份文件夹' }));
    expect(fake.openFolder).toHaveBeenCalledTimes(1);
  });

  it('says why the automatic backup failed and that it is retried, while it has not succeeded since', async () => {
    const fake = desktop({ at: new Date(2026, 10, 23, 10, 2).getTime(), code: 'backup.timeout' });
    await renderWithStore(
      <PlatformContext.Provider value={fake.platform}>
        <AutoBackupPanel />
      </PlatformContext.Provider>,
    );
    const failed = await screen.findByTestId('backup-auto-failed');
    expect(failed.textContent).toBe('自动备份未完成（最近一次尝试：2026-11-23 10:02）：本地数据服务未能及时完成备份，请稍后重试。程序每小时会再试一次；也可以点“立即备份”。');
  });

  it('keeps a count out of range as typed and refuses it with the range, changing nothing', async () => {
    const fake = desktop();
    await renderWithStore(
      <PlatformContext.Provider value={fake.platform}>
        <AutoBackupPanel />
      </PlatformContext.Provider>,
    );
    const form = await screen.findByRole('form', { name: '自动备份' });
    const keepDaily = within(form).getByRole('textbox', { name: '保留最近的自动备份（份）' }) as HTMLInputElement;
    fireEvent.focus(keepDaily);
    fireEvent.change(keepDaily, { target: { value: '500' } });
    fireEvent.blur(keepDaily);
    expect(keepDaily.value).toBe('500');
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));
    expect(await within(form).findByText('数值超出允许范围，请填写 1 至 60 之间的数。')).toBeTruthy();
    expect(keepDaily.getAttribute('aria-invalid')).toBe('true');
    expect(fake.prefs().backup).toEqual(DEFAULT_APP_PREFS.backup);
  });

  it('is a tab for the administrator only', async () => {
    await renderWithStore(<SettingsPage />);
    await screen.findByRole('tab', { name: '我的账户' });
    expect(screen.queryByRole('tab', { name: '备份与恢复' })).toBeNull();
  });
});
