import { test as base, expect } from '@playwright/test';
import { authPage, type StaffRole } from './pages/auth';
import { createDesk, type Desk } from './pages/desk';
import { TIME_ZONE } from './pages/time';

/** Every spec runs in a fresh context (its own IndexedDB), Chinese locale, China time. */
export const test = base.extend<{ desk: Desk; signedInAs: StaffRole | null }>({
  locale: 'zh-CN',
  timezoneId: TIME_ZONE,
  /** Who is signed in when a spec starts (staff of every role exist); null leaves the desk on its first-run page. */
  signedInAs: ['agent', { option: true }],
  /**
   * A page holding unsaved work (a half-typed registration) asks before it unloads; a spec that
   * reloads or leaves it goes on, as a user answering 离开 would. Any other dialog is dismissed, as
   * Playwright does when nobody listens. A spec checking the question listens for it itself.
   */
  page: async ({ page }, use) => {
    page.on('dialog', (dialog) => void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss()));
    await use(page);
  },
  desk: async ({ page, signedInAs }, use) => {
    if (signedInAs) await authPage(page).setUp(signedInAs);
    await use(createDesk(page));
  },
});

export { expect };
