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
  // The calendar header names the month shown (`2026年11月`, `November 2026`) between its previous and next buttons.
  const shownMonth = dropdown.locator('[class*="calendarHeaderLevel"]');
  const [year, month] = [Number(p.year), Number(p.month)];
  const target = year * 12 + month - 1;
  // Months by name, two years either side of the one wanted.
  const monthIndex = new Map<string, number>();
  for (let i = target - 24; i <= target + 24; i += 1) monthIndex.set(l.calendar.month(Math.floor(i / 12), (i % 12) + 1), i);
  for (let i = 0; i < 24; i += 1) {
    const title = (await shownMonth.textContent()) ?? '';
    const current = monthIndex.get(title);
    expect(current, `the calendar shows ${title}`).toBeDefined();
    if (current === target) break;
    await dropdown.locator(`button[data-direction="${current! < target ? 'next' : 'previous'}"]`).click();
    await expect(shownMonth).not.toHaveText(title);
  }
  // The day buttons are named as people write a date (`2026年12月2日`, `2 December 2026`); en-CA parts pad the day.
  await dropdown.getByRole('button', { name: l.calendar.day(year, month, Number(p.day)), exact: true }).click();
  const [hours, minutes] = [dropdown.getByRole('spinbutton').nth(0), dropdown.getByRole('spinbutton').nth(1)];
  // Each field is given its two digits at once: typed digit by digit, a 0 in a field holding 0 jumps to the
  // next field and a re-render can select the text between keys (so 03 or 51 came out wrong at some hours).
  for (const [field, value] of [
    [hours, p.hour],
    [minutes, p.minute],
  ] as const) {
    await field.fill(value);
    await expect(field).toHaveValue(value);
  }
  // The confirm button (a check mark) closes the dropdown and commits the time.
  await dropdown.getByRole('button').last().click();
  await expect(dropdown).toBeHidden();
}
