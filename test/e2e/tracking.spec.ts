import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { CaseRecord } from '../../src-renderer/domain/cases/case';
import { TrackingQuerySchema, type TrackingQueryInput } from '../../src-renderer/domain/tracking/query';
import { answerByScan, type Asker } from '../../src-renderer/domain/tracking/reference';
import { loadComplaintTexts } from '../fixtures/reviews';
import { expect, test } from './fixtures';
import { PASSWORD } from './pages/auth';
import { en } from './pages/labels';
import { securityPage } from './pages/security';
import { DAY } from './pages/time';
import { gridPlace, showsWholeText, trackingWords } from './pages/tracking-place';

const IDLE_LOCK_MS = 15 * 60_000;

/** A few thousand demo cases: enough for many windows of rows, quick to seed. */
const CASES = 2_000;
const TEXTS = loadComplaintTexts().slice(0, 5_000);

// The administrator loads the demo data; an administrator may not see contact details, so phones come masked.
test.use({ signedInAs: 'admin' });

async function seed(page: Page, count = CASES): Promise<void> {
  const result = await page.evaluate(
    ({ count, texts }) => window.__desk!.store.send('demo.seed', { count, startIndex: 0, seed: 4, texts }),
    { count, texts: TEXTS },
  );
  expect(result.created).toBe(count);
}

/** Every case as stored, and who asks: the input of the brute-force reference. */
async function everything(page: Page): Promise<{ records: CaseRecord[]; asker: Asker }> {
  return page.evaluate(async () => {
    const { store } = window.__desk!;
    const { actor } = await store.send('auth.status', {});
    const ids: string[] = [];
    for (let start = 0; ; start += 1000) {
      const answer = await store.send('tracking.rows', { query: { filter: { archived: 'all' } }, start, count: 1000 });
      ids.push(...answer.rows.map((row) => row.id));
      if (start + 1000 >= answer.total) break;
    }
    const records = await Promise.all(ids.map((id) => store.send('cases.get', { id })));
    return { records, asker: { id: actor!.id, role: actor!.role } };
  });
}

const expected = (data: { records: CaseRecord[]; asker: Asker }, query: TrackingQueryInput) =>
  answerByScan(data.records, TrackingQuerySchema.parse(query), data.asker, Date.now()).map((record) => record.no);

test.describe('the tracking table with a few thousand cases', () => {
  test.slow();

  test('filter, search and sort together give the count and the rows a brute-force scan gives', async ({ desk, page }) => {
    const { tracking, shell, labels: l } = desk;
    await seed(page);
    const data = await everything(page);
    await shell.visit('tracking');
    await tracking.expectLoaded();
    const active = expected(data, {});
    await expect(tracking.count(active.length)).toBeVisible();
    await expect(tracking.caseRows.first().getByRole('link')).toHaveText(active[0]!);
    // With the table full, the views above it keep their height (they were squeezed to a 3 px strip).
    // What shows of them: the scrolling strip they sit in, not their own box (clipped, it keeps its size).
    const shown = await page.getByRole('group', { name: '视图' }).evaluate((group) => {
      let strip = group.getBoundingClientRect().height;
      for (let parent: HTMLElement | null = group.parentElement; parent && parent.tagName !== 'MAIN'; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflow !== 'visible') strip = Math.min(strip, parent.getBoundingClientRect().height);
      }
      return { strip, views: group.getBoundingClientRect().height };
    });
    expect(shown.views).toBeGreaterThan(20);
    expect(shown.strip).toBeGreaterThanOrEqual(shown.views);

    await tracking.openFilters();
    await tracking.filterChoice('severities', l.severity.serious).click();
    await tracking.filterChoice('archived', l.tracking.archive.all).click();
    await tracking.searchBox.fill('服务');
    await tracking.sortBy('responseDueAt');
    await expect(tracking.sortState('responseDueAt')).toHaveAttribute('aria-sort', 'ascending');
    const query = { filter: { severities: ['serious'], archived: 'all', text: '服务' }, sort: { key: 'responseDueAt', dir: 'asc' } } satisfies TrackingQueryInput;
    const ascending = expected(data, query);
    // The combination narrows the table, and not to nothing.
    expect(ascending.length).toBeGreaterThan(10);
    expect(ascending.length).toBeLessThan(CASES / 2);
    await expect(tracking.count(ascending.length)).toBeVisible();
    await expect(tracking.caseRows.getByRole('link').first()).toHaveText(ascending[0]!);
    const firstShown = (await tracking.caseRows.getByRole('link').allTextContents()).slice(0, 10);
    expect(firstShown).toEqual(ascending.slice(0, 10));

    // The same header again: descending.
    await tracking.sortBy('responseDueAt');
    await expect(tracking.sortState('responseDueAt')).toHaveAttribute('aria-sort', 'descending');
    const descending = expected(data, { ...query, sort: { key: 'responseDueAt', dir: 'desc' } });
    await expect(tracking.caseRows.getByRole('link').first()).toHaveText(descending[0]!);
    expect((await tracking.caseRows.getByRole('link').allTextContents()).slice(0, 10)).toEqual(descending.slice(0, 10));

    // Back to every case, newest first, and to the very end with the keyboard: the last window loads.
    await tracking.searchBox.fill('');
    await tracking.filterChoice('severities', l.severity.serious).click();
    await tracking.sortBy('receivedAt');
    await expect(tracking.sortState('receivedAt')).toHaveAttribute('aria-sort', 'descending');
    const all = expected(data, { filter: { archived: 'all' } });
    expect(all).toHaveLength(CASES);
    await expect(tracking.count(CASES)).toBeVisible();
    await expect(tracking.table).toHaveAttribute('aria-rowcount', String(CASES + 1));
    await tracking.table.focus();
    await page.keyboard.press('End');
    await expect(tracking.row(all.at(-1)!)).toHaveCount(1);
    await expect(tracking.row(all.at(-1)!)).toHaveAttribute('aria-rowindex', String(CASES + 1));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/cases\/[^/]+$/);
    await expect(desk.casePage.heading(all.at(-1)!)).toBeVisible();
  });

  test('an overdue mark appears on a row when its deadline passes, without a reload', async ({ desk, page }) => {
    const { tracking, shell } = desk;
    // The page's clock from now on is the test's; a reload puts the app's timers on it too.
    await page.clock.install();
    await page.reload();
    await seed(page);
    await shell.visit('tracking');
    // The open case whose next deadline comes soonest but is still more than a minute away.
    const soonest = await page.evaluate(async () => {
      const now = Date.now();
      const answer = await window.__desk!.store.send('tracking.rows', {
        query: { filter: { open: true, clock: ['dueSoon'], dueSoonHours: 720 }, sort: { key: 'nextDueAt', dir: 'asc' } },
        count: 1000,
      });
      return answer.rows.find((row) => row.nextDueAt !== null && row.nextDueAt > now + 60_000) ?? null;
    });
    expect(soonest).not.toBeNull();
    await tracking.searchBox.fill(soonest!.no);
    await expect(tracking.count(1)).toBeVisible();
    await expect(tracking.row(soonest!.no)).toHaveCount(1);
    await expect(tracking.overdueMark(soonest!.no)).toHaveCount(0);
    await expect(tracking.row(soonest!.no)).not.toHaveAttribute('data-overdue');

    const now = await page.evaluate(() => Date.now());
    const jump = soonest!.nextDueAt! - now + 60_000;
    await page.clock.fastForward(jump);
    // A jump longer than the idle time (15 minutes by default) locks the screen, like a desk left alone.
    if (jump > IDLE_LOCK_MS) {
      const lock = securityPage(page);
      await expect(lock.lockForm).toBeVisible();
      await lock.unlockWith(PASSWORD);
      await expect(lock.lockForm).toHaveCount(0);
    }
    await expect(tracking.overdueMark(soonest!.no)).toBeVisible();
    await expect(tracking.row(soonest!.no)).toHaveAttribute('data-overdue');
  });

  test('exports the view to CSV and XLSX: the rows of the view, in its order, with its columns', async ({ desk, page }) => {
    const { tracking, shell, labels: l } = desk;
    await seed(page);
    await shell.visit('tracking');
    await tracking.openFilters();
    await tracking.filterChoice('archived', l.tracking.archive.all).click();
    await tracking.sortBy('severity');
    await expect(tracking.count(CASES)).toBeVisible();
    await expect(tracking.sortState('severity')).toHaveAttribute('aria-sort', 'descending');
    // The view as the store host answers it, window by window.
    const numbers = await page.evaluate(async () => {
      const out: string[] = [];
      for (let start = 0; start < 2000; start += 1000) {
        const answer = await window.__desk!.store.send('tracking.rows', {
          query: { filter: { archived: 'all' }, sort: { key: 'severity', dir: 'desc' } },
          start,
          count: 1000,
        });
        out.push(...answer.rows.map((row) => row.no));
      }
      return out;
    });
    const header = l.tracking.defaultColumns.flatMap((column) =>
      column === 'customer' ? [l.tracking.columns.customer, l.tracking.phoneColumn] : [l.tracking.columns[column]],
    );

    const csvDownload = await tracking.exportView('csv');
    expect(csvDownload.suggestedFilename()).toMatch(new RegExp(`^${l.tracking.fileName}-\\d{8}-\\d{4}\\.csv$`));
    const csv = readFileSync(await csvDownload.path());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(csv.subarray(3).toString('utf8'), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual(header);
    const rows = parsed.data.slice(1);
    expect(rows.map((row) => row[0])).toEqual(numbers);
    // Severity column: 重大 first; phones as the administrator sees them, masked.
    const severityAt = header.indexOf(l.tracking.columns.severity);
    expect(rows[0]![severityAt]).toBe(l.severity.major);
    expect(rows.at(-1)![severityAt]).toBe(l.severity.general);
    const phones = rows.map((row) => row[header.indexOf(l.tracking.phoneColumn)]!).filter((phone) => phone !== '');
    expect(phones.length).toBeGreaterThan(CASES / 2);
    expect(phones.every((phone) => phone.includes('****') || /^\*+\d{2}$/.test(phone))).toBe(true);

    const xlsxDownload = await tracking.exportView('xlsx');
    expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/);
    const files = unzipSync(readFileSync(await xlsxDownload.path()));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect([...sheet.matchAll(/<row r="\d+"/g)]).toHaveLength(CASES + 1);
    const firstCells = [...sheet.matchAll(/<c r="A(\d+)"[^>]*><is><t[^>]*>([^<]*)<\/t>/g)].map((m) => m[2]);
    expect(firstCells[0]).toBe(l.tracking.columns.no);
    expect(firstCells.slice(1)).toEqual(numbers);
  });

  test('a supervisor hands the selected cases to an agent and is told which were skipped and why', async ({ desk, page }) => {
    const { tracking, shell, auth, labels: l } = desk;
    await seed(page);
    await auth.switchTo('supervisor');
    await shell.visit('tracking');
    await tracking.openFilters();
    await tracking.filterChoice('archived', l.tracking.archive.all).click();
    await expect(tracking.count(CASES)).toBeVisible();

    /** Selects the first rows of the view, assigns them to 李客服 and checks the outcome against the rows' state. */
    async function assignFirst(count: number, sort: { key: 'receivedAt' | 'status'; dir: 'asc' | 'desc' }) {
      const first = await page.evaluate(
        async ({ count, sort }) => {
          const answer = await window.__desk!.store.send('tracking.rows', { query: { filter: { archived: 'all' }, sort }, count });
          return answer.rows.map((row) => ({ no: row.no, status: row.status, owner: row.ownerName, archived: row.archived }));
        },
        { count, sort },
      );
      for (const row of first) await tracking.select(row.no);
      await expect(tracking.bulkBar.getByText(l.tracking.bulk.selected(count))).toBeVisible();
      const dialog = await tracking.assignSelected(count, '李客服');
      const reason = (row: (typeof first)[number]) =>
        row.archived ? 'archived' : row.status === 'closed' || row.status === 'redirected' ? 'final' : row.owner === '李客服' ? 'sameOwner' : null;
      const moved = first.filter((row) => reason(row) === null);
      const outcome = dialog.getByRole('status');
      await expect(outcome).toContainText(l.tracking.assign.assigned(moved.length, '李客服'));
      for (const row of first) {
        const why = reason(row);
        if (why) await expect(outcome).toContainText(l.tracking.assign.skippedCase(row.no, l.tracking.assign.reasons[why]));
      }
      await dialog.getByRole('button', { name: l.tracking.assign.close, exact: true }).click();
      await expect(tracking.bulkBar).toHaveCount(0);
      // The table follows: the cases moved show their new owner.
      for (const row of moved) await expect(tracking.cell(row.no, 'owner')).toHaveText('李客服');
      return { moved: moved.length, skipped: first.length - moved.length };
    }

    // The newest cases are still open: they change hands.
    expect((await assignFirst(4, { key: 'receivedAt', dir: 'desc' })).moved).toBeGreaterThan(0);
    // Sorted by status, closed cases come first: finished or archived, they are skipped, each with its reason.
    await tracking.sortBy('status');
    await expect(tracking.sortState('status')).toHaveAttribute('aria-sort', 'descending');
    expect((await assignFirst(5, { key: 'status', dir: 'desc' })).skipped).toBe(5);
  });
});

test.describe('the 转办反馈 filter', () => {
  test.use({ signedInAs: 'agent' });

  test('lists the 12315 referrals owing their reply, and those past the reply deadline', async ({ desk }) => {
    const { intake, tracking, shell, labels: l } = desk;
    await shell.visit('intake');
    await intake.expectLoaded();
    // Each comes with the centre's default reply deadline, seven working days from receipt.
    const referral = { channel: l.channel.regulator_12315, description: '12315 转办：空调安装后漏水，商家不予处理。' };
    const late = await intake.register({ ...referral, referralNo: 'GS-2026-0021', receivedAt: Date.now() - 30 * DAY, customerName: '钱女士', phone: '13900000021' });
    const recent = await intake.register({ ...referral, referralNo: 'GS-2026-0022', customerName: '孙先生', phone: '13900000022' });
    // The form keeps the last channel chosen: this one came by phone.
    await intake.register({ channel: l.channel.phone, customerName: '周先生', phone: '13900000023', description: '快递三天未到。' });

    await shell.visit('tracking');
    await tracking.expectLoaded();
    await expect(tracking.count(3)).toBeVisible();
    await tracking.openFilters();
    await tracking.filterChoice('referral', l.tracking.referral.owed).click();
    await tracking.expectCases([recent, late]);
    await tracking.filterChoice('referral', l.tracking.referral.owed).click();
    await tracking.filterChoice('referral', l.tracking.referral.overdue).click();
    await tracking.expectCases([late]);
  });
});

test.describe('working down the tracking table case by case', () => {
  test.slow();

  test('after opening a case, Back and the 跟踪 link return to the same place and active row; a new query starts at the top', async ({ desk, page }) => {
    const { tracking, shell, casePage, labels: l } = desk;
    await seed(page);
    await shell.visit('tracking');
    await tracking.expectLoaded();
    // Most demo cases are archived: the table of every case is the long one.
    await tracking.openFilters();
    await tracking.filterChoice('archived', l.tracking.archive.all).click();
    await expect(tracking.count(CASES)).toBeVisible();
    const place = gridPlace(page, tracking.table);

    // Far down the list: around the 900th row, in a window the table had not loaded.
    await place.scrollTo(900 * 40);
    await expect(place.loadingRows).toHaveCount(0);
    await tracking.table.focus();
    for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowDown');
    const first = await place.activeCase();
    expect(first).toMatch(/^TS-/);
    const top = await place.scrollTop();
    expect(top).toBeGreaterThan(800 * 40);
    const row = await place.rowIndexOf(first!);
    const next = await place.caseAtRow(row + 1);

    await page.keyboard.press('Enter');
    await expect(casePage.heading(first!)).toBeVisible();
    await page.goBack();
    await tracking.expectLoaded();
    await expect.poll(place.scrollTop).toBe(top);
    // The active row is the case just opened, and its window is loaded (the row shows its number).
    await expect.poll(place.activeCase).toBe(first);
    await expect(place.loadingRows).toHaveCount(0);
    // The keyboard goes on from there: the next case down, opened, and back through the navigation.
    await expect(tracking.table).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect.poll(place.activeCase).toBe(next);
    const nextTop = await place.scrollTop();
    await page.keyboard.press('Enter');
    await expect(casePage.heading(next!)).toBeVisible();
    await shell.open('tracking');
    await expect.poll(place.scrollTop).toBe(nextTop);
    await expect.poll(place.activeCase).toBe(next);
    await expect(tracking.table).toBeFocused();

    // Another query starts at its top, with no active row; so does going back to the first query.
    await tracking.sortBy('severity');
    await expect(tracking.sortState('severity')).toHaveAttribute('aria-sort', 'descending');
    await expect.poll(place.scrollTop).toBe(0);
    await expect.poll(place.activeCase).toBeNull();
    await tracking.sortBy('receivedAt');
    await expect(tracking.sortState('receivedAt')).toHaveAttribute('aria-sort', 'descending');
    await expect.poll(place.scrollTop).toBe(0);
    // A case opened with the mouse becomes the active row to come back to.
    const top1 = await tracking.caseRows.first().getByRole('link').textContent();
    await tracking.openCase(top1!);
    await expect(casePage.heading(top1!)).toBeVisible();
    await page.goBack();
    await tracking.expectLoaded();
    await expect.poll(place.activeCase).toBe(top1);
    expect(await place.scrollTop()).toBe(0);
  });
});

test.describe('the views bar with saved views', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('no view button is squeezed: every name shows whole and the bar scrolls sideways', async ({ desk, page }) => {
    const { tracking, shell } = desk;
    const words = trackingWords.zh;
    await shell.visit('tracking');
    await tracking.expectLoaded();
    const saved = ['华东区重大投诉', '物流超时跟进', '本周待回访', '退款类投诉', '大客户投诉', '12315 转办'];
    await page.evaluate(async (names) => {
      for (const [n, name] of names.entries()) {
        const view = { id: `v${n}`, name, filter: { severities: ['major' as const], open: n % 2 === 0 }, sort: { key: 'receivedAt' as const, dir: 'desc' as const } };
        await window.__desk!.store.send('tracking.saveView', { view });
      }
    }, saved);
    const bar = page.getByRole('main').getByRole('group', { name: words.viewBar, exact: true });
    await expect(bar.getByRole('button', { name: saved.at(-1), exact: true })).toBeAttached();
    for (const name of [...words.builtInViews, ...saved, words.saveView]) {
      const button = bar.getByRole('button', { name, exact: true });
      expect(await showsWholeText(button), name).toBe(true);
    }
    // Six saved views are more than the width: the bar scrolls instead of squeezing the buttons.
    const overflows = await bar.evaluate((group) => group.getBoundingClientRect().width > group.parentElement!.parentElement!.getBoundingClientRect().width);
    expect(overflows).toBe(true);
    // The last one is reached by scrolling the bar, whole.
    const save = bar.getByRole('button', { name: words.saveView, exact: true });
    await save.scrollIntoViewIfNeeded();
    // (Less a fraction of a pixel: the bar scrolls by whole pixels.)
    await expect(save).toBeInViewport({ ratio: 0.98 });

    // A view cannot take a built-in view's name, in either language.
    await save.click();
    const form = page.getByRole('form', { name: words.saveView });
    for (const name of ['全部', 'all']) {
      await form.getByRole('textbox').fill(name);
      await form.getByRole('button', { name: '保存', exact: true }).click();
      await expect(form.getByText('这是内置视图的名称（如“全部”“已超时”），请换一个名称。', { exact: true })).toBeVisible();
    }
    await expect(bar.getByRole('button', { name: '全部', exact: true })).toHaveCount(1);
    const kept = await page.evaluate(async () => (await window.__desk!.store.send('tracking.prefs', {})).views.map((view) => view.name));
    expect(kept).toEqual(saved);
  });
});

test.describe('switching the language on the tracking table', () => {
  test('in English the columns are as wide as after a reload in English, dates and badges whole', async ({ desk, page }) => {
    const { tracking, shell } = desk;
    await shell.visit('tracking');
    await seed(page, 40);
    await tracking.expectLoaded();
    await expect(tracking.caseRows.first()).toBeVisible();
    await shell.switchLanguage('English');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const english = desk.in(en).tracking;
    await expect(english.headers.first()).toHaveText(en.tracking.columns.no);
    const widths = () => english.headers.evaluateAll((headers) => headers.map((header) => `${header.textContent}: ${(header as HTMLElement).style.width}`));
    const whole = (no: string) =>
      Promise.all(
        (['receivedAt', 'responseDueAt', 'severity', 'status'] as const).map((column) =>
          english.cell(no, column).evaluate((cell) => [...cell.querySelectorAll<HTMLElement>('*'), cell].every((box) => box.scrollWidth <= box.clientWidth || box.clientWidth === 0)),
        ),
      );
    const no = (await english.caseRows.first().getByRole('link').textContent())!;
    const switched = await widths();
    const wholeSwitched = await whole(no);

    await page.reload();
    await expect(english.caseRows.first()).toBeVisible();
    expect(switched).toEqual(await widths());
    expect(wholeSwitched).toEqual([true, true, true, true]);
  });
});
