import { expect, type Locator, type Page } from '@playwright/test';

/** Files chosen from the disk (Chromium gives them the system's types) or made up with the types a browser reported; one kind at a time. */
export type EvidenceFiles = string[] | Array<{ name: string; mimeType: string; buffer: Buffer }>;

/** A few bytes standing for a photo or a recording: the desk keeps them, it does not decode them. */
export const someBytes = (size = 256) => Buffer.alloc(size, 7);

/** Clicks `button`, which opens the system's file chooser, and chooses `files` in it. */
export async function chooseFiles(page: Page, button: Locator, files: EvidenceFiles) {
  const chooser = page.waitForEvent('filechooser');
  await button.click();
  await (await chooser).setFiles(files);
}

/**
 * Puts files into a file input as Chromium hands over ones it has no type for (`type: ''`, an
 * iPhone's .HEIC), which Playwright cannot: it fills an empty type in from the name.
 */
export async function pickUntyped(input: Locator, files: Array<{ name: string; size: number }>) {
  await input.evaluate((element, list) => {
    const transfer = new DataTransfer();
    for (const { name, size } of list) transfer.items.add(new File([new Uint8Array(size).fill(7)], name, { type: '' }));
    (element as HTMLInputElement).files = transfer.files;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  }, files);
}

export interface StoredAttachment {
  name: string;
  /** The type the store host recorded. */
  type: string;
  /** The type the stored bytes carry, as a Blob read back gets it. */
  blobType: string;
  size: number;
}

/**
 * The attachments as the store host wrote them into IndexedDB (its worker and the page share the
 * origin), so a test sees what was kept, not only what the page said.
 */
export async function storedAttachments(page: Page): Promise<StoredAttachment[]> {
  const rows = await page.evaluate(async () => {
    const rows: StoredAttachment[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      if (db.objectStoreNames.contains('attachments')) {
        const all = await new Promise<Array<{ name: string; type: string; data: Blob }>>((resolve, reject) => {
          const request = db.transaction('attachments').objectStore('attachments').getAll();
          request.onsuccess = () => resolve(request.result as Array<{ name: string; type: string; data: Blob }>);
          request.onerror = () => reject(request.error);
        });
        rows.push(...all.map((row) => ({ name: row.name, type: row.type, blobType: row.data.type, size: row.data.size })));
      }
      db.close();
    }
    return rows;
  });
  return rows.sort(byName);
}

// By code unit, the same in Node and in the page (localeCompare is not).
const byName = (a: StoredAttachment, b: StoredAttachment) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Waits until the store host holds exactly these attachments. */
export async function expectStored(page: Page, expected: StoredAttachment[]) {
  const sorted = [...expected].sort(byName);
  await expect.poll(() => storedAttachments(page)).toEqual(sorted);
}
