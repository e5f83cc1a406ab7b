import { dialog, type BrowserWindow, type WebContents } from 'electron';
import { PrintRequest, type FileRefusal, type PrintResult } from '../core/contract';
import type { MainMessages } from '../core/messages';
import { writeFileAtomic } from '../files/atomic-write';
import { SAVE_PROPERTIES } from '../files/file-dialogs';
import { fileRefusal } from '../files/file-failure';
import { pageUrl, preloadPath, type AppLocations } from '../windows/app-url';
import { createSecureWindow } from '../windows/security';

const MM_PER_INCH = 25.4;
const CSS_PX_PER_INCH = 96;

export interface PrintService {
  /** Renders a print route in a hidden window, then prints it or saves it as PDF. */
  print(parent: BrowserWindow | null, payload: unknown, messages: MainMessages): Promise<PrintResult | FileRefusal>;
  /** The print view reports that its data is on screen. */
  markReady(contents: WebContents): void;
}

export function createPrintService(locations: AppLocations, readyTimeoutMs = 30_000): PrintService {
  const waiting = new Map<number, () => void>();

  async function renderHidden(route: string): Promise<BrowserWindow> {
    const window = createSecureWindow({ preload: preloadPath(locations, 'ui'), show: false, width: 900, height: 1200 });
    const id = window.webContents.id;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ready = new Promise<void>((resolve, reject) => {
      timer = setTimeout(() => reject(new Error('print view did not become ready')), readyTimeoutMs);
      waiting.set(id, resolve);
    });
    try {
      // Awaited together: the timeout also covers a load that never finishes, and a
      // failed load leaves no timer behind to reject unhandled later.
      await Promise.all([window.loadURL(pageUrl(locations, 'index', route)), ready]);
      return window;
    } catch (error) {
      window.destroy();
      throw error;
    } finally {
      clearTimeout(timer);
      waiting.delete(id);
    }
  }

  return {
    markReady(contents) {
      waiting.get(contents.id)?.();
    },
    async print(parent, payload, messages) {
      const request = PrintRequest.parse(payload);
      let target: string | undefined;
      if (request.mode === 'pdf') {
        const options = {
          title: messages.savePdfTitle,
          defaultPath: request.suggestedName,
          filters: [{ name: messages.pdfFilter, extensions: ['pdf'] }],
          properties: SAVE_PROPERTIES,
        };
        const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
        if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
        target = choice.filePath;
      }
      const window = await renderHidden(request.route);
      try {
        const inches = request.marginsMm / MM_PER_INCH;
        if (target) {
          const pdf = await window.webContents.printToPDF({
            pageSize: request.paper,
            // A print view's own @page (the monthly report's margins and page numbers) wins over the defaults.
            preferCSSPageSize: true,
            printBackground: true,
            margins: { top: inches, bottom: inches, left: inches, right: inches },
          });
          try {
            await writeFileAtomic(target, pdf);
          } catch (error) {
            return fileRefusal('file.writeFailed', target, error);
          }
          return { status: 'saved', path: target };
        }
        const px = Math.round(inches * CSS_PX_PER_INCH);
        const outcome = await new Promise<{ success: boolean; reason: string }>((resolve) =>
          window.webContents.print(
            {
              silent: false,
              printBackground: true,
              pageSize: request.paper,
              margins: { marginType: 'custom', top: px, bottom: px, left: px, right: px },
            },
            (success, reason) => resolve({ success, reason }),
          ),
        );
        if (outcome.success) return { status: 'printed' };
        // Electron says "Print job canceled" (older versions "cancelled"): the user closed the dialog, nothing failed.
        if (/cancel/i.test(outcome.reason)) return { status: 'cancelled' };
        throw new Error(`print failed: ${outcome.reason}`);
      } finally {
        window.destroy();
      }
    },
  };
}
