import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackupManifest } from '../../../../../../../src-renderer/domain/backup/manifest';
import { BackupTab } from '../../../../../../../src-renderer/ui/features/settings/backup/BackupTab';
import { ADMIN, registerCase, renderWithStore, teardown, type Rendered } from '../../../render';
import { backupEnvironment, provideBackupEnvironment } from '../../../../../../../src-renderer/store/backup/environment';
import { mainSource, mainTarget } from '../../../../../../../src-renderer/store/backup/auto';
import { fakeMainFiles } from '../../../../store/backup/kit';
import { blobBytes } from '../../../../../../../src-renderer/store/backup/encode';
import type { ChosenBackupTarget } from '../../../../../../../src-renderer/platform/types';
import { refusesUnload } from '../../../refusesUnload';
import { DeskError } from '../../../../../../../src-renderer/domain/common/errors';

afterEach(() => {
  // A toast of one test must not be read by the next.
  act(() => notifications.clean());
  return teardown();
});

const DAY = 86_400_000;

/** The client signs in as the administrator (the UI rendered as the agent), and the tab re-reads. */
async function asAdmin(rendered: Rendered) {
  const { actor, token } = await rendered.store.send('auth.signIn', { username: ADMIN.username, password: ADMIN.password });
  rendered.host.hub.publish([{ area: 'backups', ids: ['*'] }]);
  return { actor, token };
}

/** A backup made on the store host as the administrator and saved, as another window would. */
async function backupOnHost(rendered: Rendered, session: { actor: unknown; token: string }) {
  const made = await rendered.host.dispatcher.dispatch('backup.create', {}, session as never);
  if (!made.ok) throw new Error(JSON.stringify(made.error));
  const backup = made.value as { fileName: string; blob: Blob; manifest: BackupManifest; token: string };
  const saved = await rendered.host.dispatcher.dispatch('backup.saved', { token: backup.token, path: `/b/${backup.fileName}` }, session as never);
  if (!saved.ok) throw new Error(JSON.stringify(saved.error));
  return { ...backup, data: await bytesOf(backup.blob) };
}

const bytesOf = (blob: Blob) => blobBytes(blob);
const manifestOf = (data: Uint8Array) => JSON.parse(new TextDecoder().decode(unzipSync(data)['manifest.json'])) as BackupManifest;

/**
 * The desktop on the test host: 备份到文件 chooses the file in a save dialog first and the store host
 * writes it there; 从备份恢复 chooses a file the store host reads through main. Main's files are
 * in memory (`fakeMainFiles`). (The browser's way, a Blob each way, is the end-to-end test's: Blobs
 * do not cross this test's message ports.)
 */
function asDesktop(rendered: Rendered) {
  const main = fakeMainFiles({ path: (target) => target });
  provideBackupEnvironment(rendered.host.db, {
    ...backupEnvironment(rendered.host.db)!,
    manualTarget: (target) => mainTarget(main.files, { kind: 'manual', target }),
    openSource: (source, bytes) => mainSource(main.files, source, bytes),
  });
  const choose = vi.fn(async (): Promise<ChosenBackupTarget> => ({ status: 'cancelled' }));
  rendered.platform.chooseBackupTarget = choose;
  /** The next file chosen to restore: `data`, named `name`. */
  const pick = (name: string, data: Uint8Array) => {
    main.sources.set(name, data);
    vi.spyOn(rendered.platform, 'chooseBackupFile').mockResolvedValue({ status: 'chosen', name, bytes: data.byteLength, ref: { source: name } });
  };
  return { choose, main, pick };
}

describe('备份与恢复', { timeout: 60_000 }, () => {
  it('warns when there is no backup, and when the last one is older than two days', async () => {
    const rendered = await renderWithStore(<BackupTab />);
    await asAdmin(rendered);
    expect(await screen.findByText('还没有做过备份。请立即备份到文件。')).toBeTruthy();
    await rendered.host.db.backups.add({ at: Date.now() - 3 * DAY - 60_000, kind: 'daily', fileName: 'a.cdbak', path: '/b/a.cdbak', bytes: 2048, counts: {}, actor: null });
    rendered.host.hub.publish([{ area: 'backups', ids: ['*'] }]);
    await waitFor(() =>
      expect(screen.getByTestId('backup-stale').textContent).toMatch(/^最近一次备份是 3 天前（\d{4}-\d\d-\d\d \d\d:\d\d），已超过 2 天，请尽快备份。$/),
    );
    expect(within(screen.getByRole('table', { name: '备份记录' })).getByText('每日自动备份')).toBeTruthy();
    expect(screen.getByText('浏览器中不会自动备份，自动备份由桌面版完成；请定期使用“备份到文件”。')).toBeTruthy();
  });

  it('shows no warning after a recent backup; 备份到文件 saves a .cdbak whose manifest counts the data', async () => {
    const rendered = await renderWithStore(<BackupTab />, { seed: async (_host, asAgent) => void (await registerCase(asAgent)) });
    await registerCase(rendered.asAgent, { customerName: '李四' });
    await asAdmin(rendered);
    await screen.findByText('还没有做过备份。请立即备份到文件。');
    const desktop = asDesktop(rendered);
    desktop.choose.mockResolvedValue({ status: 'chosen', target: 'D:\\备份\\desk.cdbak', path: 'D:\\备份\\desk.cdbak' });
    fireEvent.click(screen.getByRole('button', { name: '备份到文件…' }));
    // While it runs, the page says what is happening: a large desk takes a minute or two.
    expect(await screen.findByText(/^正在备份整个数据库/)).toBeTruthy();
    expect(await screen.findByText('备份已保存：D:\\备份\\desk.cdbak')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText(/^正在备份整个数据库/)).toBeNull());
    const request = desktop.choose.mock.calls[0] as unknown as [{ suggestedName: string; filters: unknown }];
    expect(request[0].suggestedName).toMatch(/^complaint-desk-\d{8}-\d{6}-manual\.cdbak$/);
    expect(request[0].filters).toEqual([{ name: '备份与恢复', extensions: ['cdbak'] }]);
    const file = desktop.main.saved[0]!;
    expect(manifestOf(file.data).counts).toMatchObject({ cases: 2, users: 2, backups: 0 });
    await waitFor(() => expect(screen.queryByTestId('backup-stale')).toBeNull());
    expect(await screen.findByText(/^最近一次备份：.*（手动备份）$/)).toBeTruthy();
    // 备份记录 names the file as the user named it.
    expect(await rendered.host.db.backups.toArray()).toMatchObject([{ kind: 'manual', fileName: 'desk.cdbak', path: 'D:\\备份\\desk.cdbak', bytes: file.data.byteLength, counts: { cases: 2 } }]);
  });

  it('a cancelled save dialog makes and logs nothing: the last backup and its warning stay as they were', async () => {
    const rendered = await renderWithStore(<BackupTab />, { seed: async (_host, asAgent) => void (await registerCase(asAgent)) });
    await asAdmin(rendered);
    await rendered.host.db.backups.add({ at: Date.now() - 3 * DAY - 60_000, kind: 'daily', fileName: 'a.cdbak', path: '/b/a.cdbak', bytes: 2048, counts: {}, actor: null });
    rendered.host.hub.publish([{ area: 'backups', ids: ['*'] }]);
    await waitFor(() => expect(screen.getByTestId('backup-stale').textContent).toMatch(/^最近一次备份是 3 天前/));
    const warning = screen.getByTestId('backup-stale').textContent;

    const desktop = asDesktop(rendered);
    fireEvent.click(screen.getByRole('button', { name: '备份到文件…' }));
    await waitFor(() => expect(desktop.choose).toHaveBeenCalledTimes(1));
    // Any change the host published would have been re-read by now.
    rendered.host.hub.publish([{ area: 'backups', ids: ['*'] }]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(desktop.main.calls).toEqual([]);
    expect(screen.getByTestId('backup-stale').textContent).toBe(warning);
    expect(screen.queryByText(/^备份已保存/)).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect((await rendered.host.db.backups.toArray()).map((row) => row.kind)).toEqual(['daily']);
    expect(await rendered.host.db.audit.where('subject').equals('backup').count()).toBe(0);
  });

  it('a file main cannot write (the disk filled up) logs nothing and says so', async () => {
    const rendered = await renderWithStore(<BackupTab />);
    await asAdmin(rendered);
    await screen.findByText('还没有做过备份。请立即备份到文件。');
    const desktop = asDesktop(rendered);
    desktop.main.refuse.write = 1;
    desktop.choose.mockResolvedValue({ status: 'chosen', target: 'E:\\desk.cdbak', path: 'E:\\desk.cdbak' });
    fireEvent.click(screen.getByRole('button', { name: '备份到文件…' }));
    expect((await screen.findByRole('alert')).textContent).toContain('磁盘空间不足');
    expect(desktop.main.open()).toEqual([]);
    expect(screen.getByText('还没有做过备份。请立即备份到文件。')).toBeTruthy();
    expect(await rendered.host.db.backups.count()).toBe(0);
  });

  it('shows why a bad file is refused and changes nothing', async () => {
    const rendered = await renderWithStore(<BackupTab />);
    const admin = await asAdmin(rendered);
    await registerCase(rendered.asAgent);
    const { data } = await backupOnHost(rendered, admin);
    asDesktop(rendered).pick('half.cdbak', data.slice(0, data.length >> 1));
    fireEvent.click(screen.getByRole('button', { name: '从备份恢复…' }));
    expect(await screen.findByText('备份文件不完整（可能复制或下载中断），未做任何更改。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '恢复此备份…' })).toBeNull();
    // A file that cannot be read at all (a USB stick pulled out) is said so.
    vi.spyOn(rendered.platform, 'chooseBackupFile').mockRejectedValue(new DeskError({ code: 'file.readFailed', params: { name: 'gone.cdbak', why: 'missing' } }));
    fireEvent.click(screen.getByRole('button', { name: '从备份恢复…' }));
    expect(await screen.findByText(/^文件“gone.cdbak”未能读取/)).toBeTruthy();
    expect(screen.queryByText('备份文件不完整（可能复制或下载中断），未做任何更改。')).toBeNull();
    expect(await rendered.host.db.cases.count()).toBe(1);
  });

  it('restores a file after the password, then asks everyone to sign in again on the restored data', async () => {
    const rendered = await renderWithStore(<BackupTab />);
    const admin = await asAdmin(rendered);
    const kept = await registerCase(rendered.asAgent, { customerName: '保留的客户' });
    const { data, manifest } = await backupOnHost(rendered, admin);
    await registerCase(rendered.asAgent, { customerName: '备份后的客户' });
    asDesktop(rendered).pick('good.cdbak', data);

    fireEvent.click(screen.getByRole('button', { name: '从备份恢复…' }));
    const summary = await screen.findByLabelText('从备份恢复', { selector: 'dl' });
    expect(within(summary).getByTestId('summary-投诉单').textContent).toBe('1');
    expect(within(summary).getByTestId('summary-用户').textContent).toBe('2');
    expect(manifest.counts.cases).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: '恢复此备份…' }));
    const dialog = await screen.findByRole('dialog', { name: '确认从备份恢复' });
    expect(within(dialog).getByText(/当前全部数据将被 .* 的备份替换/)).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText(/您的登录密码/), { target: { value: 'wrong-password1' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '恢复' }));
    expect(await within(dialog).findByText(/^当前密码不正确。还可尝试 4 次/)).toBeTruthy();
    expect(await rendered.host.db.cases.count()).toBe(2);

    // While the restore runs, reloading or closing the window asks first.
    let unloadRefused: boolean | null = null;
    const send = rendered.store.send.bind(rendered.store);
    vi.spyOn(rendered.store, 'send').mockImplementation(((name: string, args: never) => {
      if (name === 'backup.restore') unloadRefused = refusesUnload();
      return send(name as never, args);
    }) as never);
    fireEvent.change(within(dialog).getByLabelText(/您的登录密码/), { target: { value: ADMIN.password } });
    fireEvent.click(within(dialog).getByRole('button', { name: '恢复' }));
    expect(await screen.findByRole('form', { name: '登录' })).toBeTruthy();
    expect(unloadRefused).toBe(true);
    expect(refusesUnload()).toBe(false);
    await rendered.host.switched();
    expect((await rendered.host.db.cases.toArray()).map((c) => c.customerName)).toEqual([kept.customerName]);
    // The backup restored from stays in the log, with the copy made before the restore and the restore.
    expect((await rendered.host.db.backups.toArray()).map((row) => row.kind)).toEqual(['manual', 'pre-restore', 'restored']);
  });

  it('a file main no longer holds open (two hours later) closes the dialog and asks for the file again; nothing changes', async () => {
    const rendered = await renderWithStore(<BackupTab />);
    const admin = await asAdmin(rendered);
    await registerCase(rendered.asAgent);
    const { data } = await backupOnHost(rendered, admin);
    const desktop = asDesktop(rendered);
    desktop.pick('good.cdbak', data);
    fireEvent.click(screen.getByRole('button', { name: '从备份恢复…' }));
    fireEvent.click(await screen.findByRole('button', { name: '恢复此备份…' }));
    const dialog = await screen.findByRole('dialog', { name: '确认从备份恢复' });
    desktop.main.sources.clear();
    fireEvent.change(within(dialog).getByLabelText(/您的登录密码/), { target: { value: ADMIN.password } });
    fireEvent.click(within(dialog).getByRole('button', { name: '恢复' }));
    expect(await screen.findByText(/^无法继续读取所选的备份文件/)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '确认从备份恢复' })).toBeNull());
    expect(screen.queryByRole('button', { name: '恢复此备份…' })).toBeNull();
    expect(screen.queryByRole('form', { name: '登录' })).toBeNull();
    expect(await rendered.host.db.cases.count()).toBe(1);
  });
});
