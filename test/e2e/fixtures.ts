import { test as base, expect } from '@playwright/test';
import { createDesk, type Desk } from './pages/desk';
import { TIME_ZONE } from './pages/time';

/** Every spec runs in a fresh context (its own IndexedDB), Chinese locale, China time. */
export const test = base.extend<{ desk: Desk }>({
  locale: 'zh-CN',
  timezoneId: TIME_ZONE,
  desk: async ({ page }, use) => {
    await use(createDesk(page));
  },
});

export { expect };
