import { expect, type Page } from '@playwright/test';

/**
 * Expects the toast with this text, then closes it with its close button, as
 * a user does before reaching for the header: the toasts sit at the top right,
 * over the user menu, for four seconds.
 */
export async function dismissNotice(page: Page, text: string) {
  const notice = page.getByRole('alert').filter({ hasText: text });
  await expect(notice).toBeVisible();
  // The close button is the toast's only button (it has no accessible name). On a
  // slow machine the toast may close by itself first, which is just as good.
  await notice
    .getByRole('button')
    .click({ timeout: 2_000 })
    .catch(() => undefined);
  await expect(notice).toBeHidden();
}
