import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ZodError } from 'zod';
import { expectLockedDown } from '../expect-secure';
import { FakeBrowserWindow, asContents, asWindow, dialog, resetFakeElectron } from '../fake-electron';
import { createPrintService } from '../../../../src-main/print/print-service';
import { mainMessages } from '../../../../src-main/core/messages';

vi.mock('electron', () => import('../fake-electron'));

const locations = { rendererDir: '/app/out/renderer', preloadDir: '/app/out/preload' };
const messages = mainMessages('en');
const route = '/print/case/7/registration';

let dir: string;
beforeEach(async () => {
  resetFakeElectron();
  dir = await mkdtemp(join(tmpdir(), 'print-'));
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(dir, { recursive: true, force: true });
});

/** The hidden print window, once the service has created it. */
async function printWindow(): Promise<FakeBrowserWindow> {
  await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
  return FakeBrowserWindow.instances[0]!;
}
function choosePdfPath(path: string) {
  dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path });
}

describe('print to PDF', () => {
  it('does nothing when the save dialog is cancelled', async () => {
    const service = createPrintService(locations);
    await expect(service.print(null, { route, mode: 'pdf' }, messages)).resolves.toEqual({ status: 'cancelled' });
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(await readdir(dir)).toEqual([]);
  });

  it('asks where to save, attached to the parent, suggesting the name and PDF filter', async () => {
    const parent = new FakeBrowserWindow();
    await createPrintService(locations).print(asWindow(parent), { route, mode: 'pdf', suggestedName: 'TS-1.pdf' }, messages);
    expect(dialog.showSaveDialog).toHaveBeenCalledExactlyOnceWith(parent, {
      title: 'Save as PDF',
      defaultPath: 'TS-1.pdf',
      filters: [{ name: 'PDF files', extensions: ['pdf'] }],
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
  });

  it('renders the route in a hidden locked-down window, waits for markReady, then writes the PDF', async () => {
    const target = join(dir, 'case.pdf');
    choosePdfPath(target);
    const service = createPrintService(locations);
    const result = service.print(null, { route, mode: 'pdf', paper: 'Letter', marginsMm: 25.4 }, messages);
    const window = await printWindow();
    expectLockedDown(window);
    expect(window.options.show).toBe(false);
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith(`file:///app/out/renderer/index.html#${route}`);

    // Nothing is printed before the view reports that its data is on screen.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
    service.markReady(asContents(new FakeBrowserWindow().webContents));
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();

    service.markReady(asContents(window.webContents));
    await expect(result).resolves.toEqual({ status: 'saved', path: target });
    expect(window.webContents.printToPDF).toHaveBeenCalledExactlyOnceWith({
      pageSize: 'Letter',
      preferCSSPageSize: true,
      printBackground: true,
      margins: { top: 1, bottom: 1, left: 1, right: 1 },
    });
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 fake');
    expect(await readdir(dir)).toEqual(['case.pdf']);
    expect(window.isDestroyed()).toBe(true);
  });

  it('refuses with the file’s name and why when the PDF cannot be written, leaving no partial file', async () => {
    const target = join(dir, 'taken');
    await mkdir(join(target, 'child'), { recursive: true });
    choosePdfPath(target);
    const service = createPrintService(locations);
    const result = service.print(null, { route, mode: 'pdf' }, messages);
    const window = await printWindow();
    service.markReady(asContents(window.webContents));
    await expect(result).resolves.toMatchObject({ status: 'refused', code: 'file.writeFailed', params: { name: 'taken' } });
    expect(await readdir(dir)).toEqual(['taken']);
    expect(window.isDestroyed()).toBe(true);
  });

  it('rejects when rendering the PDF fails and destroys the window', async () => {
    choosePdfPath(join(dir, 'x.pdf'));
    const service = createPrintService(locations);
    const result = service.print(null, { route, mode: 'pdf' }, messages);
    const window = await printWindow();
    window.webContents.printToPDF.mockRejectedValueOnce(new Error('render failed'));
    service.markReady(asContents(window.webContents));
    await expect(result).rejects.toThrow('render failed');
    expect(window.isDestroyed()).toBe(true);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('the print view', () => {
  it('rejects after the timeout when it never becomes ready, and destroys its window', async () => {
    vi.useFakeTimers();
    const service = createPrintService(locations, 5000);
    const result = service.print(null, { route, mode: 'dialog' }, messages);
    const rejected = expect(result).rejects.toThrow('did not become ready');
    const window = await printWindow();
    await vi.advanceTimersByTimeAsync(5000);
    await rejected;
    expect(window.isDestroyed()).toBe(true);
    expect(window.webContents.print).not.toHaveBeenCalled();
    // A late ready signal is harmless.
    expect(() => service.markReady(asContents(window.webContents))).not.toThrow();
  });

  it('rejects at once and destroys its window when the page fails to load', async () => {
    vi.useFakeTimers();
    FakeBrowserWindow.load.mockRejectedValueOnce(new Error('ERR_FILE_NOT_FOUND'));
    const service = createPrintService(locations, 5000);
    await expect(service.print(null, { route, mode: 'dialog' }, messages)).rejects.toThrow('ERR_FILE_NOT_FOUND');
    expect(FakeBrowserWindow.instances[0]?.isDestroyed()).toBe(true);
    // The ready timeout must not fire later as an unhandled rejection.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('times out even when the page never finishes loading', async () => {
    vi.useFakeTimers();
    FakeBrowserWindow.load.mockReturnValueOnce(new Promise(() => undefined));
    const service = createPrintService(locations, 5000);
    const result = service.print(null, { route, mode: 'dialog' }, messages);
    const rejected = expect(result).rejects.toThrow('did not become ready');
    const window = await printWindow();
    await vi.advanceTimersByTimeAsync(5000);
    await rejected;
    expect(window.isDestroyed()).toBe(true);
  });

  it('accepts a ready signal that arrives before the load has finished', async () => {
    let finishLoad = () => undefined as void;
    FakeBrowserWindow.load.mockReturnValueOnce(new Promise<void>((resolve) => (finishLoad = resolve)));
    const service = createPrintService(locations, 5000);
    const result = service.print(null, { route, mode: 'dialog' }, messages);
    const window = await printWindow();
    service.markReady(asContents(window.webContents));
    finishLoad();
    await expect(result).resolves.toEqual({ status: 'printed' });
  });
});

describe('print dialog', () => {
  async function printWith(success: boolean, reason: string) {
    const service = createPrintService(locations);
    const result = service.print(null, { route, mode: 'dialog', marginsMm: 10 }, messages);
    const window = await printWindow();
    window.webContents.print.mockImplementationOnce((_options, callback) => callback?.(success, reason));
    service.markReady(asContents(window.webContents));
    return { result, window };
  }

  it('maps success to printed and sends the page setup', async () => {
    const { result, window } = await printWith(true, '');
    await expect(result).resolves.toEqual({ status: 'printed' });
    expect(window.webContents.print).toHaveBeenCalledWith(
      { silent: false, printBackground: true, pageSize: 'A4', margins: { marginType: 'custom', top: 38, bottom: 38, left: 38, right: 38 } },
      expect.any(Function),
    );
    expect(window.isDestroyed()).toBe(true);
  });

  // As Electron words it now, and did before.
  it.each(['Print job canceled', 'cancelled'])('maps a cancelled dialog (%s) to cancelled', async (reason) => {
    const { result, window } = await printWith(false, reason);
    await expect(result).resolves.toEqual({ status: 'cancelled' });
    expect(window.isDestroyed()).toBe(true);
  });

  it('rejects on a print failure', async () => {
    const { result, window } = await printWith(false, 'failed');
    await expect(result).rejects.toThrow('print failed: failed');
    expect(window.isDestroyed()).toBe(true);
  });

  it('shows no save dialog', async () => {
    const { result } = await printWith(true, '');
    await result;
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('requests', () => {
  it('refuses a route outside /print/ and other invalid requests before doing anything', async () => {
    const service = createPrintService(locations);
    for (const payload of [{ route: '/cases/1', mode: 'pdf' }, { route: 'https://evil.example/print/x', mode: 'dialog' }, { route, mode: 'fax' }, { route, mode: 'pdf', marginsMm: 99 }]) {
      await expect(service.print(null, payload, messages)).rejects.toBeInstanceOf(ZodError);
    }
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });
});
