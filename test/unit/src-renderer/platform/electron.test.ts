import { describe, expect, it, vi } from 'vitest';
import type { BackupFolderStatus, DeskBridge } from '../../../../src-main/core/contract';
import { createElectronPlatform } from '../../../../src-renderer/platform/electron';
import { DeskError } from '../../../../src-renderer/domain/common/errors';
import { translator } from '../ui/i18n/translator';
import { errorText } from '../../../../src-renderer/ui/i18n/errors';

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
    chooseBackupTarget: vi.fn(),
    chooseBackupSource: vi.fn(),
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

describe('the Electron platform’s files', () => {
  it('throws a file main could not write or read as the refusal it is, for the page to say why in the user’s language', async () => {
    const { fake } = bridge();
    const platform = createElectronPlatform(fake);
    fake.saveFile.mockResolvedValueOnce({ status: 'refused', code: 'file.writeFailed', params: { name: '投诉跟踪表.xlsx', why: 'busy' } });
    const refused = await platform.saveFile({ suggestedName: '投诉跟踪表.xlsx', data: new Uint8Array() }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DeskError);
    expect((refused as DeskError).data).toEqual({ code: 'file.writeFailed', params: { name: '投诉跟踪表.xlsx', why: 'busy' } });
    const t = await translator('zh-CN');
    expect(errorText(t, (refused as DeskError).data)).toBe('文件“投诉跟踪表.xlsx”未能保存：文件正被其他程序打开（例如 Excel），请关闭后重试。');
    fake.openFile.mockResolvedValueOnce({ status: 'refused', code: 'file.readFailed', params: { name: 'a.cdbak', why: 'missing' } });
    await expect(platform.openFile({})).rejects.toMatchObject({ data: { code: 'file.readFailed' } });
    // Anything else comes back as it was.
    fake.saveFile.mockResolvedValueOnce({ status: 'saved', path: '/tmp/a.csv' });
    await expect(platform.saveFile({ suggestedName: 'a.csv', data: new Uint8Array() })).resolves.toEqual({ status: 'saved', path: '/tmp/a.csv' });
    fake.print.mockResolvedValueOnce({ status: 'refused', code: 'file.writeFailed', params: { name: 'TS-1.pdf', why: 'full' } });
    await expect(platform.print({ route: '/print/case/1/registration', mode: 'pdf' })).rejects.toMatchObject({ data: { params: { why: 'full' } } });
  });
});

describe('the Electron platform’s backup files', () => {
  it('chooses the file to restore in main: its name and size, and the source the store host reads it through', async () => {
    const { fake } = bridge();
    const platform = createElectronPlatform(fake);
    fake.chooseBackupSource.mockResolvedValueOnce({ status: 'chosen', source: 'src-1', name: '投诉台备份.cdbak', bytes: 5 * 1024 ** 3 });
    const request = { filters: [{ name: '投诉台备份', extensions: ['cdbak'] }] };
    await expect(platform.chooseBackupFile(request)).resolves.toEqual({ status: 'chosen', name: '投诉台备份.cdbak', bytes: 5 * 1024 ** 3, ref: { source: 'src-1' } });
    expect(fake.chooseBackupSource).toHaveBeenCalledExactlyOnceWith(request);
    fake.chooseBackupSource.mockResolvedValueOnce({ status: 'cancelled' });
    await expect(platform.chooseBackupFile({})).resolves.toEqual({ status: 'cancelled' });
    fake.chooseBackupSource.mockResolvedValueOnce({ status: 'refused', code: 'file.readFailed', params: { name: 'a.cdbak', why: 'missing' } });
    const refused = await platform.chooseBackupFile({}).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DeskError);
    expect((refused as DeskError).data).toEqual({ code: 'file.readFailed', params: { name: 'a.cdbak', why: 'missing' } });
  });

  it('chooses where 备份到文件 writes in main, answering its target', async () => {
    const { fake } = bridge();
    const platform = createElectronPlatform(fake);
    expect(platform.chooseBackupTarget).toBeDefined();
    const chosen = { status: 'chosen' as const, target: 't-1', path: '/media/usb/投诉台备份.cdbak' };
    fake.chooseBackupTarget.mockResolvedValueOnce(chosen);
    await expect(platform.chooseBackupTarget!({ suggestedName: '投诉台备份.cdbak' })).resolves.toEqual(chosen);
    expect(fake.chooseBackupTarget).toHaveBeenCalledExactlyOnceWith({ suggestedName: '投诉台备份.cdbak' });
    fake.chooseBackupTarget.mockResolvedValueOnce({ status: 'cancelled' });
    await expect(platform.chooseBackupTarget!({ suggestedName: 'a.cdbak' })).resolves.toEqual({ status: 'cancelled' });
  });
});
