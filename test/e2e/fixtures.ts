import { test as base, expect } from '@playwright/test';
import { authPage, type StaffRole } from './pages/auth';
import { createDesk, type Desk } from './pages/desk';
import { TIME_ZONE } from './pages/time';

/** Every spec runs in a fresh context (its own IndexedDB), Chinese locale, China time. */
export const test = base.extend<{ desk: Desk; signedInAs: StaffRole | null; unloadPrompts: 'forbid' | 'allow' }>({
  locale: 'zh-CN',
  timezoneId: TIME_ZONE,
  /** Who is signed in when a spec starts (staff of every role exist); null leaves the desk on its first-run page. */
  signedInAs: ['agent', { option: true }],
  /**
   * Whether a page of the spec may ask before it unloads (a reload with a half-typed registration).
   * Answered 离开 either way, so nothing hangs; a question nobody expected fails the spec at its end.
   */
  unloadPrompts: ['forbid', { option: true }],
  page: async ({ page, unloadPrompts }, use) => {
    const asked: string[] = [];
    page.on('dialog', (dialog) => {
      if (dialog.type() !== 'beforeunload') return void dialog.dismiss();
      asked.push(page.url());
      void dialog.accept();
    });
    await use(page);
    if (unloadPrompts === 'forbid') expect(asked, 'a page asked before unloading, which this spec does not expect').toEqual([]);
  },
  desk: async ({ page, signedInAs }, use) => {
    if (signedInAs) await authPage(page).setUp(signedInAs);
    await use(createDesk(page));
  },
});

export { expect };
