import { expect, type Locator, type Page } from '@playwright/test';
import type { Labels } from './labels';
import { TIME_ZONE } from './time';

const partsOf = (instant: number) =>
  Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute', string>;

/**
 * Picks a moment in a date-time picker as a person does: opens it, pages the
 * calendar to the month, clicks the day, types hour and minute, confirms.
 * `trigger` is the picker's button (its accessible name is the field label).
 */
export async function pickDateTime(page: Page, l: Labels, trigger: Locator, instant: number) {
  const p = partsOf(instant);
  await trigger.click();
  const dropdown = page.getByRole('dialog').filter({ has: page.getByRole('spinbutton') });
  await expect(dropdown).toBeVisible();
  // The calendar header names the month shown (`十一月 2026`) between its previous and next buttons.
  const shownMonth = dropdown.getByRole('button', { name: /^\S+ \d{4}$/ });
  const target = Number(p.year) * 12 + Number(p.month) - 1;
  for (let i = 0; i < 24; i += 1) {
    const [name = '', year = ''] = ((await shownMonth.textContent()) ?? '').split(' ');
    const current = Number(year) * 12 + l.months.indexOf(name);
    if (current === target) break;
    const title = await shownMonth.textContent();
    await dropdown.locator(`button[data-direction="${current < target ? 'next' : 'previous'}"]`).click();
    await expect(shownMonth).not.toHaveText(title ?? '');
  }
  await dropdown.getByRole('button', { name: `${p.day} ${l.months[Number(p.month) - 1]} ${p.year}`, exact: true }).click();
  const [hours, minutes] = [dropdown.getByRole('spinbutton').nth(0), dropdown.getByRole('spinbutton').nth(1)];
  // Typing into the hour field: a cleared field takes two digits, then moves on to the minutes.
  await hours.click();
  await page.keyboard.press('Backspace');
  await page.keyboard.type(`${p.hour}${p.minute}`);
  await expect(hours).toHaveValue(p.hour);
  await expect(minutes).toHaveValue(p.minute);
  // The confirm button (a check mark) closes the dropdown and commits the time.
  await dropdown.getByRole('button').last().click();
  await expect(dropdown).toBeHidden();
}
