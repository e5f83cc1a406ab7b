import { describe, expect, it, vi } from 'vitest';
import type { BackupFolderStatus, DeskBridge } from '../../../../src-main/core/contract';
import { createElectronPlatform } from '../../../../src-renderer/platform/electron';

/** A bridge whose every member records its calls; only the backup ones answer something. */
function bridge() {
  const status: BackupFolderStatus = {
    folder: '/u/backups',
    files: [{ name: 'complaint-desk-20261123-093005-daily.cdbak', path: '/u/backups/complaint-desk-20261123-093005-daily.cdbak', at: 1, bytes: 10, kind: 'daily' }],
    freeBytes: 123,
  };
  const fake = {
    appInfo: vi.fn(),
    notify: vi.fn(),
    print: vi.fn(),
    saveFile: vi.fn(),
    openFile: vi.fn(),
    getPrefs: vi.fn(),
    setPrefs: vi.fn(),
    backupStatus: vi.fn(async () => status),
    backupNow: vi.fn(async () => ({ status: 'refused' as const, code: 'backup.diskFull', params: { neededMB: 300, freeMB: 12 } })),
    openBackupsFolder: vi.fn(async () => undefined),
    requestStorePort: vi.fn(),
    printReady: vi.fn(),
    onNavigate: vi.fn(),
  } satisfies DeskBridge;
  return { fake, status };
}

describe('the Electron platform’s backups', () => {
  it('go to main over the bridge, and their answers come back unchanged', async () => {
    const { fake, status } = bridge();
    const platform = createElectronPlatform(fake);
    expect(platform.backups).toBeDefined();
    await expect(platform.backups!.status()).resolves.toBe(status);
    await expect(platform.backups!.runNow()).resolves.toEqual({ status: 'refused', code: 'backup.diskFull', params: { neededMB: 300, freeMB: 12 } });
    await platform.backups!.openFolder();
    expect(fake.backupStatus).toHaveBeenCalledExactlyOnceWith();
    expect(fake.backupNow).toHaveBeenCalledExactlyOnceWith();
    expect(fake.openBackupsFolder).toHaveBeenCalledExactlyOnceWith();
    const others = Object.entries(fake).filter(([name]) => !name.startsWith('backup') && name !== 'openBackupsFolder');
    for (const [name, member] of others) expect(member, name).not.toHaveBeenCalled();
  });
});
