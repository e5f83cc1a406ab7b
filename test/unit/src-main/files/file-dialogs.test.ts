import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ZodError } from 'zod';
import { FakeBrowserWindow, asWindow, dialog, resetFakeElectron } from '../fake-electron';
import { chooseBackupSource, chooseBackupTarget, openWithDialog, saveWithDialog } from '../../../../src-main/files/file-dialogs';
import { createBackupSources } from '../../../../src-main/files/backup-sources';
import { createBackupTargets } from '../../../../src-main/files/backup-targets';
import { fileFailureKind } from '../../../../src-main/files/file-failure';
import { writeFileAtomic } from '../../../../src-main/files/atomic-write';
import { mainMessages } from '../../../../src-main/core/messages';

vi.mock('electron', () => import('../fake-electron'));
// Pass-throughs, to see what was read and that saving goes through the atomic writer.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fs>();
  return { ...actual, readFile: vi.fn(actual.readFile) };
});
vi.mock('../../../../src-main/files/atomic-write', async (importOriginal) => {
  const actual = await importOriginal<{ writeFileAtomic: typeof writeFileAtomic }>();
  return { writeFileAtomic: vi.fn(actual.writeFileAtomic) };
});

const messages = mainMessages('en');
let dir: string;
beforeEach(async () => {
  resetFakeElectron();
  vi.mocked(fs.readFile).mockClear();
  vi.mocked(writeFileAtomic).mockClear();
  dir = await mkdtemp(join(tmpdir(), 'file-dialogs-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('saveWithDialog', () => {
  const request = { suggestedName: 'export.csv', filters: [{ name: 'CSV', extensions: ['csv'] }], data: new TextEncoder().encode('no,title\n1,退款') };

  it('writes nothing when the dialog is cancelled', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: join(dir, 'export.csv') });
    await expect(saveWithDialog(null, request, messages)).resolves.toEqual({ status: 'cancelled' });
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '' });
    await expect(saveWithDialog(null, request, messages)).resolves.toEqual({ status: 'cancelled' });
    expect(writeFileAtomic).not.toHaveBeenCalled();
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes the data atomically to the chosen path', async () => {
    const target = join(dir, 'chosen.csv');
    await writeFile(target, 'old');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    await expect(saveWithDialog(null, request, messages)).resolves.toEqual({ status: 'saved', path: target });
    expect(writeFileAtomic).toHaveBeenCalledExactlyOnceWith(target, request.data);
    expect(await readFile(target, 'utf8')).toBe('no,title\n1,退款');
    expect(await readdir(dir)).toEqual(['chosen.csv']);
  });

  it('asks with the title, name and filters, attached to the parent window, and before replacing a file', async () => {
    const parent = new FakeBrowserWindow();
    const properties = ['showOverwriteConfirmation', 'createDirectory'];
    await saveWithDialog(asWindow(parent), request, messages);
    expect(dialog.showSaveDialog).toHaveBeenCalledExactlyOnceWith(parent, { title: 'Save file', defaultPath: 'export.csv', filters: request.filters, properties });
    await saveWithDialog(null, { suggestedName: 'a.bin', data: new Uint8Array() }, messages);
    expect(dialog.showSaveDialog).toHaveBeenLastCalledWith({ title: 'Save file', defaultPath: 'a.bin', filters: [], properties });
  });

  it('refuses an invalid request before showing a dialog', async () => {
    for (const payload of [{}, { suggestedName: 'a', data: 'text' }, { suggestedName: '', data: new Uint8Array() }, { ...request, filters: [{ name: 'x', extensions: ['../*'] }] }]) {
      await expect(saveWithDialog(null, payload, messages)).rejects.toBeInstanceOf(ZodError);
    }
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses with the file’s name and why when the write fails (not an English error), leaving no file behind', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'gone', '投诉跟踪表.csv') });
    await expect(saveWithDialog(null, request, messages)).resolves.toEqual({ status: 'refused', code: 'file.writeFailed', params: { name: '投诉跟踪表.csv', why: 'missing' } });
    expect(await readdir(dir)).toEqual([]);
  });

  it('tells a file open in another program, no permission and a full disk apart', () => {
    const kind = (code: string) => fileFailureKind(Object.assign(new Error(code), { code }));
    expect([kind('EBUSY'), kind('EPERM'), kind('EACCES'), kind('ENOSPC'), kind('ENOENT'), kind('EIO')]).toEqual(['busy', 'locked', 'denied', 'full', 'missing', 'other']);
    expect(fileFailureKind('not an error')).toBe('other');
  });
});

describe('openWithDialog', () => {
  it('returns cancelled without reading when the dialog is cancelled', async () => {
    await expect(openWithDialog(null, {}, messages)).resolves.toEqual({ status: 'cancelled' });
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [] });
    await expect(openWithDialog(null, {}, messages)).resolves.toEqual({ status: 'cancelled' });
    expect(fs.readFile).not.toHaveBeenCalled();
  });

  it('reads the chosen file', async () => {
    const path = join(dir, 'backup.json');
    await writeFile(path, '{"cases":[]}');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    const result = await openWithDialog(null, { maxBytes: 12 }, messages);
    expect(result).toMatchObject({ status: 'opened', name: 'backup.json' });
    expect(result.status === 'opened' && new TextDecoder().decode(result.data)).toBe('{"cases":[]}');
    expect(result.status === 'opened' && result.data).toBeInstanceOf(Uint8Array);
  });

  it('refuses a file above the limit before reading it', async () => {
    const path = join(dir, 'huge.json');
    await writeFile(path, 'x'.repeat(13));
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    await expect(openWithDialog(null, { maxBytes: 12 }, messages)).resolves.toEqual({ status: 'too-large', name: 'huge.json', bytes: 13 });
    expect(fs.readFile).not.toHaveBeenCalled();
  });

  it('asks for one file with the title and filters, attached to the parent window', async () => {
    const parent = new FakeBrowserWindow();
    const filters = [{ name: 'JSON', extensions: ['json'] }];
    await openWithDialog(asWindow(parent), { filters }, messages);
    expect(dialog.showOpenDialog).toHaveBeenCalledExactlyOnceWith(parent, { title: 'Open file', filters, properties: ['openFile'] });
  });

  it('refuses an invalid request before showing a dialog', async () => {
    for (const payload of [null, { maxBytes: -1 }, { maxBytes: 1024 ** 4 }, { filters: 'json' }]) {
      await expect(openWithDialog(null, payload, messages)).rejects.toBeInstanceOf(ZodError);
    }
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});

describe('chooseBackupTarget', () => {
  const request = { suggestedName: '投诉台备份-20261123.cdbak', filters: [{ name: '投诉台备份', extensions: ['cdbak'] }] };

  it('asks like every save dialog and issues a single-use target for the chosen path, writing nothing', async () => {
    const targets = createBackupTargets();
    const parent = new FakeBrowserWindow();
    const path = join(dir, 'mine.cdbak');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path });
    const result = await chooseBackupTarget(asWindow(parent), request, messages, targets);
    expect(dialog.showSaveDialog).toHaveBeenCalledExactlyOnceWith(parent, {
      title: 'Save file',
      defaultPath: request.suggestedName,
      filters: request.filters,
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
    expect(result).toEqual({ status: 'chosen', target: expect.stringMatching(/^[0-9a-f]{32}$/), path });
    expect(result.status === 'chosen' && targets.take(result.target)).toBe(path);
    expect(await readdir(dir)).toEqual([]);
  });

  it('issues nothing when cancelled, and refuses an invalid request before asking', async () => {
    const targets = { issue: vi.fn(() => 'id') };
    await expect(chooseBackupTarget(null, request, messages, targets)).resolves.toEqual({ status: 'cancelled' });
    expect(targets.issue).not.toHaveBeenCalled();
    dialog.showSaveDialog.mockClear();
    for (const payload of [undefined, {}, { suggestedName: '' }, { ...request, filters: [{ name: 'x', extensions: ['../*'] }] }]) {
      await expect(chooseBackupTarget(null, payload, messages, targets)).rejects.toBeInstanceOf(ZodError);
    }
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('chooseBackupSource', () => {
  it('asks for one file and opens it for the store host to read, without reading it here', async () => {
    const sources = createBackupSources();
    const path = join(dir, 'backup.cdbak');
    await writeFile(path, 'PK backup');
    const parent = new FakeBrowserWindow();
    const filters = [{ name: 'Backup', extensions: ['cdbak'] }];
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    const result = await chooseBackupSource(asWindow(parent), { filters }, messages, sources, 7);
    expect(dialog.showOpenDialog).toHaveBeenCalledExactlyOnceWith(parent, { title: 'Open file', filters, properties: ['openFile'] });
    expect(result).toEqual({ status: 'chosen', source: expect.any(String), name: 'backup.cdbak', bytes: 9 });
    expect(fs.readFile).not.toHaveBeenCalled();
    const source = result.status === 'chosen' ? result.source : '';
    await expect(sources.read({ source, at: 3, length: 100 })).resolves.toEqual({ status: 'read', data: new TextEncoder().encode('backup') });
    await sources.closeAll();
  });

  it('refuses a file gone since it was chosen with file.readFailed, opens nothing when cancelled', async () => {
    const sources = { choose: vi.fn(createBackupSources().choose) };
    await expect(chooseBackupSource(null, {}, messages, sources, 7)).resolves.toEqual({ status: 'cancelled' });
    expect(sources.choose).not.toHaveBeenCalled();
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [join(dir, 'pulled-out.cdbak')] });
    await expect(chooseBackupSource(null, {}, messages, sources, 7)).resolves.toEqual({ status: 'refused', code: 'file.readFailed', params: { name: 'pulled-out.cdbak', why: 'missing' } });
    for (const payload of [null, { filters: 'cdbak' }]) {
      await expect(chooseBackupSource(null, payload, messages, sources, 7)).rejects.toBeInstanceOf(ZodError);
    }
  });
});
