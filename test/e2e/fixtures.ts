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
  desk: async ({ page, signedInAs }, use) => {
    if (signedInAs) await authPage(page).setUp(signedInAs);
    await use(createDesk(page));
  },
});

export { expect };
