import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackupLogRecord } from '../../../../../../../src-renderer/domain/backup/log';
import { keptBackupPath } from '../../../../../../../src-renderer/domain/backup/kept';
import { BackupHistory } from '../../../../../../../src-renderer/ui/features/settings/backup/BackupHistory';
import { renderWithStore, teardown } from '../../../render';

afterEach(teardown);

const counts = { cases: 3, users: 2 };
const row = (id: number, kind: BackupLogRecord['kind'], fileName: string, path: string): BackupLogRecord =>
  ({ id, at: Date.UTC(2026, 11, 6, 8, id), kind, fileName, path, bytes: 8_500_000, counts, actor: { id: 'u-admin', name: '系统管理员' } });

const PRE = 'complaint-desk-20261206-080300-pre-restore.cdbak';
const OLD = 'complaint-desk-20261101-080300-pre-restore.cdbak';
const rows = [row(3, 'pre-restore', PRE, keptBackupPath(PRE)), row(2, 'pre-restore', OLD, keptBackupPath(OLD)), row(1, 'manual', 'mine.cdbak', '')];

describe('备份记录', { timeout: 30_000 }, () => {
  it('in the browser, downloads a backup the desk kept in its own storage, and says when it is no longer kept', async () => {
    const file = new Blob([new Uint8Array([1, 2, 3])]);
    const readKeptBackup = vi.fn(async (path: string) => (path === keptBackupPath(PRE) ? file : null));
    const downloadBlob = vi.fn(async () => undefined);
    await renderWithStore(<BackupHistory rows={rows} />, { platform: { readKeptBackup, downloadBlob } });
    const table = await screen.findByRole('table', { name: '备份记录' });
    // A backup downloaded or saved by hand is where the user put it: nothing to download.
    expect(within(table).getAllByRole('button', { name: /^下载备份/ })).toHaveLength(2);

    fireEvent.click(within(table).getByRole('button', { name: `下载备份 ${PRE}` }));
    await waitFor(() => expect(downloadBlob).toHaveBeenCalledWith(file, PRE));
    expect(screen.queryByRole('alert')).toBeNull();

    fireEvent.click(within(table).getByRole('button', { name: `下载备份 ${OLD}` }));
    expect((await screen.findByRole('alert')).textContent).toBe(`备份 ${OLD} 已不在浏览器中：浏览器只保留最近 5 份自动备份。`);
    expect(downloadBlob).toHaveBeenCalledTimes(1);
  });

  it('offers no download where the platform keeps no backups of its own (the desktop: they are files in its backup folder)', async () => {
    await renderWithStore(<BackupHistory rows={rows} />);
    const table = await screen.findByRole('table', { name: '备份记录' });
    expect(within(table).queryByRole('button')).toBeNull();
    expect(within(table).queryByRole('columnheader', { name: '操作' })).toBeNull();
  });
});
