/**
 * The UI side of the bench: the tracking table opened in the page and
 * scrolled from the first row to the last, as a user dragging through it.
 */
import type { Page } from '@playwright/test';
import { heapMB } from './harness';

export async function scrollTableEndToEnd(page: Page): Promise<{ heapBeforeMB: number; heapAfterMB: number; rowsSeen: number; lastRowSeen: number; totalRows: number }> {
  // The whole table, archived cases included (the default view shows active ones): set as the user's last query.
  await page.evaluate(async () => {
    const status = await window.__desk!.store.send('auth.status', {});
    const query = { filter: { archived: 'all' }, sort: { key: 'receivedAt', dir: 'desc' } };
    sessionStorage.setItem(`complaint-desk:tracking-query:${status.actor!.id}`, JSON.stringify(query));
  });
  await page.goto(page.url().replace(/#.*$/, '#/tracking'));
  await page.getByRole('grid').waitFor();
  await page.getByRole('grid').getByRole('row').nth(2).waitFor();
  const heapBeforeMB = await heapMB(page);
  const scrolled = await page.evaluate(async () => {
    const grid = document.querySelector('[role="grid"]')!;
    // The scrolling element is the grid or the nearest element inside it that scrolls.
    const candidates = [grid, ...grid.querySelectorAll('*')] as HTMLElement[];
    const scroller = candidates.find((el) => el.scrollHeight > el.clientHeight + 10 && /auto|scroll/.test(getComputedStyle(el).overflowY))!;
    const seen = new Set<string>();
    // Ten screens per step: every window of the table is fetched on the way down, as when dragging the scrollbar.
    const step = scroller.clientHeight * 10;
    for (let top = 0; top <= scroller.scrollHeight; top += step) {
      scroller.scrollTop = top;
      await new Promise((resolve) => setTimeout(resolve, 40));
      for (const row of grid.querySelectorAll('[role="row"][aria-rowindex]')) seen.add(row.getAttribute('aria-rowindex')!);
    }
    scroller.scrollTop = scroller.scrollHeight;
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const row of grid.querySelectorAll('[role="row"][aria-rowindex]')) seen.add(row.getAttribute('aria-rowindex')!);
    const last = Math.max(...[...seen].map(Number));
    return { seen: seen.size, last };
  });
  // Proof it went all the way: the last case's row (header is row 1) was on screen.
  const total = Number(await page.getByRole('grid').getAttribute('aria-rowcount'));
  const heapAfterMB = await heapMB(page);
  return { heapBeforeMB, heapAfterMB, rowsSeen: scrolled.seen, lastRowSeen: scrolled.last - 1, totalRows: total - 1 };
}
