import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { journeys } from './pages/journeys';
import { en, zh } from './pages/labels';

/**
 * A date picker used with the keyboard alone (English UI): focus never falls to the page, where
 * the next Tab would leave a dialog for the skip link and the header. Closing the dropdown gives
 * focus back to the picker's field; a change of calendar level keeps it in the calendar.
 */

/** The names the English UI gives Mantine's time fields and ✓ (the theme's control labels). */
const CONTROLS = { hours: 'Hours', confirm: 'Confirm' };
/** The case dialog's date field (flow.form.contactedAt). */
const CONTACTED_AT = 'Contacted at';

/** The open dropdown of a date picker (the calendar, the time and ✓). */
const dropdownOf = (page: Page) => page.locator('[data-dates-dropdown]');

/** Presses Tab until `target` has focus (the way a keyboard user reaches it), at most `max` times. */
async function tabTo(page: Page, target: Locator, max = 12) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused({ timeout: 1_000 });
}

/** What has focus, for a failure message: body means focus was lost. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active === document.body || !active ? 'body' : `${active.tagName} ${active.getAttribute('aria-label') ?? active.textContent?.trim() ?? ''}`;
  });

/**
 * Enter on the field, Tab to the calendar's day (the chosen one), the day before with ←, Enter
 * (focus goes to the hours), the hour changed with ↓, Tab to ✓, Enter: the dropdown closes with
 * the new moment in the field.
 */
async function pickDayBeforeByKeyboard(page: Page, field: Locator) {
  const before = await field.textContent();
  await field.focus();
  await page.keyboard.press('Enter');
  const dropdown = dropdownOf(page);
  await expect(dropdown).toBeVisible();
  await tabTo(page, dropdown.locator('table button[tabindex="0"]'));
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  const hours = dropdown.getByRole('spinbutton', { name: CONTROLS.hours, exact: true });
  await expect(hours).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await tabTo(page, dropdown.getByRole('button', { name: CONTROLS.confirm, exact: true }));
  await page.keyboard.press('Enter');
  await expect(dropdown).toBeHidden();
  await expect(field).not.toHaveText(before ?? '');
}

test.describe('date pickers and the keyboard', () => {
  test('the intake page’s Received at: focus goes back to the field after ✓, and stays in the calendar on a change of level', async ({ desk, page }) => {
    await desk.shell.visit('intake');
    await desk.shell.switchLanguage('English');
    const intake = desk.in(en).intake;
    await intake.expectLoaded();
    const field = intake.receivedAt;

    await pickDayBeforeByKeyboard(page, field);
    await expect(field, `focus is on ${await focusedName(page)}`).toBeFocused();

    // The month in the header opens the year view; the month in tab order there takes focus,
    // and choosing it goes back to the days with the chosen day focused.
    await page.keyboard.press('Enter');
    const dropdown = dropdownOf(page);
    await expect(dropdown).toBeVisible();
    await tabTo(page, dropdown.locator('[class*="calendarHeaderLevel"]'));
    const monthShown = await dropdown.locator('[class*="calendarHeaderLevel"]').textContent();
    await page.keyboard.press('Enter');
    await expect(dropdown.locator('[class*="calendarHeaderLevel"]')).not.toHaveText(monthShown ?? '');
    await expect(dropdown.locator('table button[tabindex="0"]'), `focus is on ${await focusedName(page)}`).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dropdown.locator('[class*="calendarHeaderLevel"]')).toHaveText(monthShown ?? '');
    await expect(dropdown.locator('table button[tabindex="0"]'), `focus is on ${await focusedName(page)}`).toBeFocused();
    // Escape closes it: focus back on the field too.
    await page.keyboard.press('Escape');
    await expect(dropdown).toBeHidden();
    await expect(field).toBeFocused();
  });

  test('a case dialog’s Contacted at: focus goes back to the field after ✓, and Tab stays in the dialog', async ({ desk, page }) => {
    const english = desk.in(en);
    await desk.shell.visit('intake');
    await desk.shell.switchLanguage('English');
    await journeys(english).register({ customerName: 'Chen Jie', description: 'Wrong size delivered.' });
    await english.flow.accept();
    const dialog = await english.casePage.open(en.flow.command.addContact);
    const field = dialog.button(CONTACTED_AT);

    await pickDayBeforeByKeyboard(page, field);
    await expect(field, `focus is on ${await focusedName(page)}`).toBeFocused();
    // The next Tab goes to the dialog's next field, not out of the dialog.
    await page.keyboard.press('Tab');
    await expect(dialog.text(en.flow.form.contactSummary)).toBeFocused();
    await expect(dialog.root.locator(':focus')).toHaveCount(1);
  });
});

test.describe('a narrow window (a small screen, or zoomed to 200 %)', () => {
  test('folds the navigation under ☰: open, it says so and keeps Tab out of the page behind it; Esc folds it back onto ☰', async ({ desk, page }) => {
    await page.setViewportSize({ width: 640, height: 720 });
    await desk.shell.visit('tracking');
    const burger = page.getByRole('banner').getByRole('button', { name: '主导航' });
    const nav = page.getByRole('navigation', { name: '主导航' });
    const main = page.locator('#main');
    await expect(burger).toHaveAttribute('aria-expanded', 'false');
    await burger.focus();
    await page.keyboard.press('Enter');
    await expect(burger).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('link', { name: '设置' })).toBeVisible();
    await expect(main).toHaveAttribute('inert', '');
    // Tab goes through the menu, never to the page's controls hidden under it.
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      expect(await main.evaluate((element) => element.contains(document.activeElement))).toBe(false);
    }
    await page.keyboard.press('Escape');
    await expect(burger).toHaveAttribute('aria-expanded', 'false');
    await expect(burger).toBeFocused();
    await expect(main).not.toHaveAttribute('inert', '');
  });
});

test.describe('the focus sign', () => {
  test('a text field with focus has a border of twice the width in the focus colour, and a field in error keeps its red', async ({ desk, page }) => {
    await desk.shell.visit('intake');
    const intake = desk.in(zh).intake;
    await intake.expectLoaded();
    const name = intake.field('customerName');
    const ring = (field: Locator) => field.evaluate((element) => getComputedStyle(element).boxShadow);
    expect(await ring(name)).toBe('none');
    await tabTo(page, name, 40);
    // The theme's teal, shade 9 (#077653), as a 1 px ring outside the 1 px border.
    expect(await ring(name)).toMatch(/^rgb\(7, 118, 83\) 0px 0px 0px 1px$/);
    // A field refused keeps its error colour, not the focus colour, while it has focus.
    await intake.submit();
    await intake.expectFieldError('customerName', zh.errors.required);
    await name.focus();
    expect(await ring(name)).toMatch(/^rgb\((?!7, 118, 83\))\d+, \d+, \d+\) 0px 0px 0px 1px$/);
  });
});
